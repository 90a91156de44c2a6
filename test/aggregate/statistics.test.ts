import { describe, expect, it } from "vitest";
import { quantileSorted, standardDeviation as ssPopulationSd, sampleStandardDeviation } from "simple-statistics";
import { quantile } from "../../src/aggregate/quantile.js";
import { median } from "../../src/aggregate/median.js";
import { standardDeviation } from "../../src/aggregate/standardDeviation.js";
import { summarize } from "../../src/aggregate/summarize.js";

describe("quantile", () => {
  it("matches the documented example", () => {
    // h = (10 − 1)·0.95 = 8.55 → x[8] + 0.55·(x[9] − x[8]) = 9 + 0.55 = 9.55
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBeCloseTo(9.55, 12);
  });
  it("interpolates linearly when h falls between ranks (hand-worked)", () => {
    // sorted [1, 3, 7, 15]; p = 0.3 → h = 3·0.3 = 0.9 → 1 + 0.9·(3 − 1) = 2.8
    expect(quantile([15, 1, 7, 3], 0.3)).toBeCloseTo(2.8, 12);
    // p = 0.75 → h = 2.25 → 7 + 0.25·8 = 9
    expect(quantile([15, 1, 7, 3], 0.75)).toBeCloseTo(9, 12);
  });
  it("agrees with simple-statistics quantileSorted (type 7) when values are random", () => {
    const xs = Array.from({ length: 37 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 100);
    const sorted = [...xs].sort((a, b) => a - b);
    for (const p of [0, 0.01, 0.1, 0.25, 0.5, 0.9, 0.95, 0.99, 1]) {
      expect(quantile(xs, p)).toBeCloseTo(quantileSorted(sorted, p), 10);
    }
  });
  it("returns the extremes when p is 0 or 1", () => {
    expect(quantile([4, 2, 9], 0)).toBe(2);
    expect(quantile([4, 2, 9], 1)).toBe(9);
  });
  it("returns null when the list is empty", () => {
    expect(quantile([], 0.5)).toBeNull();
  });
  it("does not mutate its input", () => {
    const xs = Object.freeze([3, 1, 2]);
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
  it("throws non_finite when a value is NaN", () => {
    expect(() => quantile([1, Number.NaN], 0.5)).toThrowError(expect.objectContaining({ code: "non_finite", path: [1] }));
  });
  it("throws invalid_argument when p is outside [0, 1]", () => {
    expect(() => quantile([1], 1.5)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["p"] }));
  });
});

describe("median", () => {
  it("matches the documented example", () => {
    // sorted [1, 3, 7, 10] → (3 + 7) / 2 = 5
    expect(median([7, 1, 3, 10])).toBe(5);
  });
  it("returns the middle value when the count is odd", () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it("returns null when empty", () => {
    expect(median([])).toBeNull();
  });
});

describe("standardDeviation", () => {
  it("matches the documented example", () => {
    // mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32/8 = 4 → 2
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { kind: "population" })).toBe(2);
    expect(standardDeviation({ count: 8, m2: 32 }, { kind: "population" })).toBe(2);
  });
  it("reads a partial's count and second moment: null below the minimum, refusal of a bad partial", () => {
    // sample: √(32 / 7); one value: sample null, population 0; no values: null.
    expect(standardDeviation({ count: 8, m2: 32 })).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([standardDeviation({ count: 1, m2: 0 }), standardDeviation({ count: 1, m2: 0 }, { kind: "population" }), standardDeviation({ count: 0, m2: 0 })]).toEqual([null, 0, null]);
    expect(() => standardDeviation({ count: 2, m2: Number.NaN })).toThrowError(expect.objectContaining({ code: "non_finite", path: ["m2"] }));
    expect(() => standardDeviation({ count: 1.5, m2: 1 })).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["count"] }));
  });
  it("divides by n − 1 by default (sample)", () => {
    // 32 / 7 → √4.571428… = 2.13808993…
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 12);
  });
  it("returns null for the sample kind when n is 1, and 0 for the population kind", () => {
    expect(standardDeviation([3])).toBeNull();
    expect(standardDeviation([3], { kind: "population" })).toBe(0);
  });
  it("returns null when empty", () => {
    expect(standardDeviation([], { kind: "population" })).toBeNull();
  });
  it("agrees with simple-statistics when values are spread", () => {
    const xs = [1.5, 2.25, 9, -4, 0.125, 7];
    expect(standardDeviation(xs, { kind: "population" })).toBeCloseTo(ssPopulationSd(xs), 12);
  });
  it("throws invalid_argument when the kind is unknown", () => {
    expect(() => standardDeviation([1], { kind: "other" as "sample" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["kind"] }),
    );
  });
});

describe("summarize", () => {
  it("matches the documented example", () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).not.toBeNull();
    expect(s?.count).toBe(8);
    expect(s?.sum).toBe(40);
    expect(s?.mean).toBe(5);
    expect(s?.min).toBe(2);
    expect(s?.max).toBe(9);
    expect(s?.median).toBe(4.5); // (4 + 5) / 2
    expect(s?.populationSd).toBe(2);
    expect(s?.sampleSd).toBeCloseTo(2.138089935299395, 12); // √(32/7)
  });
  it("returns null when empty", () => {
    expect(summarize([])).toBeNull();
  });
  it("reports a null sample deviation when there is one value", () => {
    expect(summarize([4])?.sampleSd).toBeNull();
    expect(summarize([4])?.populationSd).toBe(0);
  });
});
