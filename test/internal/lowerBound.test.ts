import { describe, expect, it } from "vitest";
import { lowerBound } from "../../src/internal/lowerBound.js";

describe("lowerBound", () => {
  it("matches the documented example", () => {
    // 0 < 10, then 10 ≥ 10: index 1, the first of the equal values.
    expect(lowerBound(new Float64Array([0, 10, 10, 20]), 10)).toBe(1);
  });
  it("gives 0 below every value and the length above every value", () => {
    expect([lowerBound([1, 2], 0), lowerBound([1, 2], 3), lowerBound([], 5)]).toEqual([0, 2, 0]);
  });
});
