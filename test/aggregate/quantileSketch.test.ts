import { describe, expect, it } from "vitest";
import { addToSketchBins } from "../../src/aggregate/_lib/addToSketchBins.js";
import { createQuantileSketch } from "../../src/aggregate/createQuantileSketch.js";
import { mergeSketches } from "../../src/aggregate/mergeSketches.js";
import { quantileOfSketch } from "../../src/aggregate/quantileOfSketch.js";

describe("createQuantileSketch", () => {
  it("matches the documented example", () => {
    // γ = 1.01/0.99; bucket of 1 = ⌈ln 1 / ln γ⌉ = 0; of |−2| = ⌈0.693147 / 0.0200027⌉ = ⌈34.65⌉ = 35
    expect(createQuantileSketch([0, 1, 1, -2])).toEqual({
      relativeAccuracy: 0.01,
      count: 4,
      zeroCount: 1,
      positive: { "0": 2 },
      negative: { "35": 1 },
    });
  });
  it("survives a JSON round trip", () => {
    const s = createQuantileSketch([0.5, 3, 1000, -7]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it("throws invalid_argument when the accuracy is outside (0, 1)", () => {
    expect(() => createQuantileSketch([1], { relativeAccuracy: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["relativeAccuracy"] }),
    );
  });
  it("throws non_finite when a value is infinite", () => {
    expect(() => createQuantileSketch([1, Infinity])).toThrowError(expect.objectContaining({ code: "non_finite", path: [1] }));
  });
});

describe("addToSketchBins", () => {
  it("matches the documented example", () => {
    const bins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
    addToSketchBins(bins, 1, 1 / Math.log(1.01 / 0.99), 2);
    expect(bins.positive).toEqual({ "0": 2 });
  });
});

describe("mergeSketches", () => {
  it("matches the documented example", () => {
    const merged = mergeSketches(createQuantileSketch([1, 2]), createQuantileSketch([2, 0]));
    expect([merged.count, merged.zeroCount]).toEqual([4, 1]);
  });
  it("equals the sketch of all values", () => {
    expect(mergeSketches(createQuantileSketch([1, 5, -3]), createQuantileSketch([5, 0.2]))).toEqual(
      createQuantileSketch([1, 5, -3, 5, 0.2]),
    );
  });
  it("throws invalid_argument when the accuracies differ", () => {
    expect(() => mergeSketches(createQuantileSketch([1]), createQuantileSketch([1], { relativeAccuracy: 0.02 }))).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["relativeAccuracy"] }),
    );
  });
});

describe("quantileOfSketch", () => {
  it("matches the documented example", () => {
    const estimate = quantileOfSketch(createQuantileSketch([10, 20, 30]), 0.5) ?? 0;
    expect(Math.abs(estimate - 20) <= 0.01 * 20).toBe(true);
  });
  it("returns null when the sketch is empty", () => {
    expect(quantileOfSketch(createQuantileSketch([]), 0.5)).toBeNull();
  });
  it("orders negatives, zeros and positives when the data has both signs", () => {
    const s = createQuantileSketch([-100, -1, 0, 0, 1, 100]);
    expect(quantileOfSketch(s, 0)).toBeCloseTo(-100, -1);
    expect(Math.abs((quantileOfSketch(s, 0) ?? 0) + 100)).toBeLessThanOrEqual(1);
    expect(quantileOfSketch(s, 0.4)).toBe(0); // h = 5·0.4 = 2 → the first zero
    expect(Math.abs((quantileOfSketch(s, 1) ?? 0) - 100)).toBeLessThanOrEqual(1);
  });
  it("throws invalid_argument when p is outside [0, 1]", () => {
    expect(() => quantileOfSketch(createQuantileSketch([1]), -0.1)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["p"] }),
    );
  });
});
