import { describe, expect, it } from "vitest";
import { requireArray } from "../../src/internal/requireArray.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("requireArray", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => requireArray(undefined, "mergePartials", "partials"))?.message).toBe(
      "mergePartials: partials must be an array, not undefined",
    );
  });

  it("takes arrays, and typed arrays only when asked", () => {
    expect(kpiErrorOf(() => requireArray([], "f", "x"))).toBeNull();
    expect(kpiErrorOf(() => requireArray([1, 2], "f", "x"))).toBeNull();
    expect(kpiErrorOf(() => requireArray(new Float64Array(2), "f", "x", [], true))).toBeNull();
    expect(kpiErrorOf(() => requireArray(new Float64Array(2), "f", "x"))).toEqual({
      code: "invalid_argument",
      path: [],
      message: "f: x must be an array, not Float64Array",
    });
  });

  it("names what it was given instead, with the path asked for", () => {
    expect(kpiErrorOf(() => requireArray(null, "f", "x", ["x"]))).toEqual({ code: "invalid_argument", path: ["x"], message: "f: x must be an array, not null" });
    expect(kpiErrorOf(() => requireArray({}, "f", "x"))?.message).toBe("f: x must be an array, not an object");
    expect(kpiErrorOf(() => requireArray(Object.create(null), "f", "x"))?.message).toBe("f: x must be an array, not an object");
    expect(kpiErrorOf(() => requireArray("ab", "f", "x", [], true))?.message).toBe("f: x must be an array or a typed array, not string");
    expect(kpiErrorOf(() => requireArray(new DataView(new ArrayBuffer(8)), "f", "x", [], true))?.message).toBe(
      "f: x must be an array or a typed array, not DataView",
    );
  });
});
