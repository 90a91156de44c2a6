import { describe, expect, it } from "vitest";
import { forecastInRange } from "../../src/report/_lib/forecastInRange.js";

describe("forecastInRange", () => {
  it("matches the documented example", () => {
    expect([forecastInRange({ value: 97.3, lower: 67.7, upper: 127 }, { min: 0, max: 100 }), forecastInRange({ value: 104, lower: null, upper: null }, { max: 100 })]).toEqual([
      { value: 97.3, lower: 67.7, upper: 100, cut: true },
      { value: 100, lower: null, upper: null, cut: true },
    ]);
  });
  it("cuts a forecast of two points, which has no interval, and says so", () => {
    // Two points give a value without bounds: -3 applications is cut to the range's 0.
    expect(forecastInRange({ value: -3, lower: null, upper: null }, { min: 0 })).toEqual({ value: 0, lower: null, upper: null, cut: true });
  });
  it("leaves a forecast within the range, or without one, as it is", () => {
    expect(forecastInRange({ value: 5, lower: 0, upper: 10 }, { min: 0, max: 10 })).toEqual({ value: 5, lower: 0, upper: 10, cut: false });
    expect(forecastInRange({ value: -40.12, lower: -80, upper: 1 }, undefined)).toEqual({ value: -40.12, lower: -80, upper: 1, cut: false });
  });
});
