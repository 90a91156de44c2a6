import { describe, expect, it } from "vitest";
import { checkFiniteValues } from "../../src/aggregate/_lib/checkFiniteValues.js";
import { quantileOfSorted } from "../../src/aggregate/_lib/quantileOfSorted.js";
import { scratchArray } from "../../src/aggregate/_lib/scratchArray.js";

describe("checkFiniteValues", () => {
  it("matches the documented example", () => {
    expect(checkFiniteValues([1, 2], "quantile")).toBeUndefined();
  });
  it("throws non_finite with the index when a value is infinite", () => {
    expect(() => checkFiniteValues([1, -Infinity], "f")).toThrowError(expect.objectContaining({ code: "non_finite", path: [1] }));
  });
});

describe("quantileOfSorted", () => {
  it("matches the documented example", () => {
    // h = 3·0.5 = 1.5 → 2 + 0.5·(3 − 2) = 2.5
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
  it("returns null when empty", () => {
    expect(quantileOfSorted([], 0.5)).toBeNull();
  });
});

describe("scratchArray", () => {
  it("matches the documented example", () => {
    expect(scratchArray("example", "f64", 3).length).toBe(3);
  });
  it("reuses its buffer when asked again for no more elements", () => {
    const a = scratchArray("test.reuse", "i32", 100);
    const b = scratchArray("test.reuse", "i32", 50);
    expect(b.buffer).toBe(a.buffer);
  });
});
