// Expected values: worked by hand where stated, otherwise from scipy.stats.linregress and stats.t.ppf (an
// independent implementation, run once by hand).
import { describe, expect, it } from "vitest";
import { linearTrend } from "../../src/trend/linearTrend.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("linearTrend", () => {
  const series = [
    { index: 0, value: 1 },
    { index: 1, value: 3 },
    { index: 2, value: 2 },
    { index: 3, value: 5 },
  ];

  it("matches the documented example", () => {
    const out = linearTrend(series);
    expect(out.result?.slopePerPeriod).toBeCloseTo(1.1, 12);
    expect(out.result?.intercept).toBeCloseTo(1.1, 12);
    const two = linearTrend([{ index: 0, value: 1 }, { index: 2, value: 5 }]).result;
    expect([two?.slopePerPeriod, two?.rSquared, two?.slopeConfidenceInterval]).toEqual([2, null, null]);
  });

  it("agrees with a hand computation of the least-squares fit", () => {
    // x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 2.625 − 0.125 − 0.375 + 3.375 = 5.5 → slope 1.1, intercept 2.75 − 1.65.
    // Syy = 3.0625 + 0.0625 + 0.5625 + 5.0625 = 8.75, r² = 5.5²/(5·8.75) = 0.6914285714…; SSE = 8.75 − 1.1·5.5 = 2.7.
    const r = linearTrend(series).result;
    expect(r?.rSquared).toBeCloseTo(30.25 / 43.75, 12);
    expect(r?.residualStandardError).toBeCloseTo(Math.sqrt(2.7 / 2), 12);
    expect(r?.slopeStandardError).toBeCloseTo(Math.sqrt(2.7 / 2 / 5), 12);
    expect(r?.degreesOfFreedom).toBe(2);
  });

  it("gives the Student t confidence interval of scipy when the level is 0.95", () => {
    const ci = linearTrend(series).result?.slopeConfidenceInterval;
    expect(ci?.level).toBe(0.95);
    expect(ci?.lower).toBeCloseTo(-1.1357239405752972, 12);
    expect(ci?.upper).toBeCloseTo(3.3357239405752974, 12);
  });

  it("keeps the distance of gaps and sorts unsorted input when indices skip", () => {
    // scipy linregress on x = [0, 2, 3, 7], y = [2, 3, 5, 6] (indices 3, 5, 6, 10 shifted by the first, 3).
    const r = linearTrend([
      { index: 10, value: 6 },
      { index: 5, value: 3 },
      { index: 4, value: null },
      { index: 3, value: 2 },
      { index: 6, value: 5 },
    ]).result;
    expect(r?.firstIndex).toBe(3);
    expect(r?.n).toBe(4);
    expect(r?.slopePerPeriod).toBeCloseTo(0.5769230769230769, 12);
    expect(r?.intercept).toBeCloseTo(2.269230769230769, 12);
    expect(r?.rSquared).toBeCloseTo(0.8653846153846154, 12);
    expect(r?.slopeStandardError).toBeCloseTo(0.16089615894886067, 12);
  });

  it("returns r² null and a zero-width interval when all values are equal", () => {
    const r = linearTrend([0, 1, 2, 3].map((index) => ({ index, value: 7 }))).result;
    expect(r?.slopePerPeriod).toBe(0);
    expect(r?.rSquared).toBeNull();
    expect(r?.slopeConfidenceInterval?.lower).toBe(0);
    expect(r?.slopeConfidenceInterval?.upper).toBe(0);
  });

  it("fits three points exactly when they lie on a line", () => {
    const r = linearTrend([0, 1, 2].map((index) => ({ index, value: 4 - 2 * index }))).result;
    expect(r?.slopePerPeriod).toBeCloseTo(-2, 12);
    expect(r?.rSquared).toBeCloseTo(1, 12);
  });

  it("gives slope and intercept but no r², errors or interval when there are exactly 2 observed points", () => {
    // The line through (3, 7) and (7, 5): slope (5 − 7)/(7 − 3) = −0.5, intercept 7 at the first index 3.
    const r = linearTrend([{ index: 7, value: 5 }, { index: 5, value: null }, { index: 3, value: 7 }]).result;
    expect(r).toEqual({
      n: 2,
      firstIndex: 3,
      slopePerPeriod: -0.5,
      intercept: 7,
      rSquared: null,
      slopeStandardError: null,
      slopeConfidenceInterval: null,
      residualStandardError: null,
      degreesOfFreedom: 0,
    });
  });

  it("returns null with too_few_points (needed 2) when there is 1 observed point", () => {
    expect(linearTrend([{ index: 0, value: 1 }, { index: 1, value: null }])).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 2,
    });
  });

  it("does not mutate a frozen input", () => {
    const frozen = Object.freeze([{ index: 2, value: 1 }, { index: 0, value: 3 }, { index: 1, value: 2 }].map((p) => Object.freeze(p)));
    expect(linearTrend(frozen).result?.slopePerPeriod).toBeCloseTo(-1, 12);
  });

  it("throws invalid_argument with the path when two points share an index", () => {
    expect(() => linearTrend([{ index: 0, value: 1 }, { index: 1, value: 2 }, { index: 0, value: 3 }])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [2, "index"] }),
    );
  });

  it("throws invalid_argument with the path when an index is not an integer", () => {
    expect(() => linearTrend([{ index: 0, value: 1 }, { index: 1.5, value: 2 }])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [1, "index"] }),
    );
  });

  it("throws non_finite with the path when a value is NaN or infinite", () => {
    expect(() => linearTrend([{ index: 0, value: 1 }, { index: 1, value: 2 }, { index: 2, value: 3 }, { index: 3, value: Number.NaN }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [3, "value"] }),
    );
    expect(() => linearTrend([{ index: 0, value: Infinity }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "value"] }),
    );
  });

  it("throws invalid_argument when the confidence level is outside (0, 1)", () => {
    expect(() => linearTrend(series, { confidenceLevel: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["confidenceLevel"] }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => linearTrend(series, null as never), [], "linearTrend: options must be an object, not null"],
      [() => linearTrend(series, 0.9 as never), [], "linearTrend: options must be an object, not number"],
      [() => linearTrend(undefined as never), [], "linearTrend: the series must be an array of { index, value } points"],
      [() => linearTrend([null] as never), [0], "linearTrend: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
