import { describe, expect, it } from "vitest";
import { requireOneOf } from "../../src/internal/requireOneOf.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("requireOneOf", () => {
  it("matches the documented example, and passes an allowed value", () => {
    expect(kpiErrorOf(() => requireOneOf("atleast", ["at_least", "at_most", "between"], "scoreAttainment", "target.kind", ["target", "kind"]))).toEqual({
      code: "invalid_argument",
      path: ["target", "kind"],
      message: 'scoreAttainment: target.kind must be "at_least", "at_most" or "between", not "atleast"',
    });
    expect(requireOneOf("between", ["at_least", "at_most", "between"], "f", "kind", ["kind"])).toBeUndefined();
  });

  it("names what a non-string was, cuts a long string, and words a list of two", () => {
    expect(kpiErrorOf(() => requireOneOf(null, ["a", "b"], "f", "x", ["x"]))?.message).toBe('f: x must be "a" or "b", not null');
    expect(kpiErrorOf(() => requireOneOf({ kind: "a" }, ["a", "b"], "f", "x", ["x"]))?.message).toBe('f: x must be "a" or "b", not an object');
    expect(kpiErrorOf(() => requireOneOf("y".repeat(50), ["a", "b"], "f", "x", ["x"]))?.message).toBe(`f: x must be "a" or "b", not "${"y".repeat(40)}…"`);
    // An inherited name is not an allowed value.
    expect(kpiErrorOf(() => requireOneOf("toString", ["a"], "f", "x", []))).toMatchObject({ path: [] });
  });
});
