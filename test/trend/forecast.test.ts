// Expected values: worked by hand in the comments, and scipy (t.ppf, linregress) for the prediction interval.
import { describe, expect, it } from "vitest";
import { forecastTargetReach } from "../../src/trend/forecastTargetReach.js";
import { holtLinear } from "../../src/trend/holtLinear.js";
import { linearForecast } from "../../src/trend/linearForecast.js";

const series = [
  { index: 0, value: 1 },
  { index: 1, value: 3 },
  { index: 2, value: 2 },
  { index: 3, value: 5 },
];

describe("linearForecast", () => {
  it("matches the documented example", () => {
    expect(linearForecast(series, 5).result?.value).toBeCloseTo(6.6, 12);
  });

  it("gives the prediction interval of a hand computation with scipy's t quantile", () => {
    // s = √(2.7/2); SE = s·√(1 + 1/4 + (5 − 1.5)²/5) = 2.2349496638627; t(0.975, 2) = 4.302652729749462.
    const r = linearForecast(series, 5).result;
    expect(r?.standardError).toBeCloseTo(2.2349496638627, 12);
    expect(r?.lower).toBeCloseTo(-3.01621227207149, 11);
    expect(r?.upper).toBeCloseTo(16.216212272071488, 11);
  });

  it("gives the value on the line but no interval when there are 2 points", () => {
    // The line through (0, 1) and (1, 3): 1 + 2·5 = 11 at index 5.
    expect(linearForecast(series.slice(0, 2), 5).result).toEqual({
      index: 5,
      value: 11,
      standardError: null,
      level: 0.95,
      lower: null,
      upper: null,
    });
  });

  it("returns null with too_few_points (needed 2) when there is 1 point", () => {
    expect(linearForecast(series.slice(0, 1), 5)).toEqual({ result: null, reason: "too_few_points", needed: 2 });
  });

  it("throws invalid_argument when atIndex is not an integer", () => {
    expect(() => linearForecast(series, 4.5)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["atIndex"] }),
    );
  });
});

describe("holtLinear", () => {
  it("matches the documented example", () => {
    const out = holtLinear(
      [
        { index: 0, value: 10 },
        { index: 1, value: 12 },
        { index: 2, value: 13 },
      ],
      { alpha: 0.5, beta: 0.5, horizon: 2 },
    );
    expect(out.result?.forecasts).toEqual([
      { index: 3, value: 15.25 },
      { index: 4, value: 17 },
    ]);
  });

  it("sums the squared one-step errors when the parameters are given", () => {
    // α = β = 0.5 on 10, 12, 13: one-step forecasts 12 (error 0) and 14 (error −1) → SSE 1.
    const r = holtLinear(
      [10, 12, 13].map((value, index) => ({ index, value })),
      { alpha: 0.5, beta: 0.5 },
    ).result;
    expect(r?.sse).toBe(1);
    expect(r?.alphaSource).toBe("given");
  });

  it("fits α and β no worse than any grid point and deterministically when they are omitted", () => {
    const values = [12, 15, 14, 18, 21, 19, 24, 26, 25, 30, 29, 33];
    const points = values.map((value, index) => ({ index, value }));
    const fitted = holtLinear(points).result;
    expect(fitted?.alphaSource).toBe("fitted");
    expect(holtLinear(points).result).toEqual(fitted);
    for (const alpha of [0, 0.2, 0.5, 0.8, 1]) {
      for (const beta of [0, 0.1, 0.5, 1]) {
        const sse = holtLinear(points, { alpha, beta }).result?.sse ?? -1;
        expect(fitted?.sse).toBeLessThanOrEqual(sse + 1e-12);
      }
    }
  });

  it("returns null with not_contiguous when a period is missing", () => {
    expect(
      holtLinear([
        { index: 0, value: 1 },
        { index: 1, value: null },
        { index: 2, value: 3 },
        { index: 3, value: 4 },
      ]),
    ).toEqual({ result: null, reason: "not_contiguous", needed: null });
  });

  it("returns null with too_few_points when fitting with 2 points", () => {
    expect(holtLinear([{ index: 0, value: 1 }, { index: 1, value: 2 }])).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 3,
    });
  });

  it("throws invalid_argument when alpha is outside [0, 1]", () => {
    expect(() => holtLinear(series, { alpha: 1.5 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["alpha"] }),
    );
  });
});

describe("forecastTargetReach", () => {
  const line = [0, 1, 2, 3].map((index) => ({ index, value: 10 + 2 * index }));

  it("matches the documented example", () => {
    const out = forecastTargetReach(line, { target: 25, direction: "higher_is_better", byIndex: 12 });
    expect(out.result?.firstIndex).toBe(8);
    expect(out.result?.reached).toBe(true);
  });

  it("reports not reached when the target lies beyond byIndex", () => {
    // 10 + 2·i ≥ 40 first at i = 15 > 12.
    const r = forecastTargetReach(line, { target: 40, direction: "higher_is_better", byIndex: 12 }).result;
    expect(r?.reached).toBe(false);
    expect(r?.firstIndex).toBeNull();
    expect(r?.valueAtByIndex).toBeCloseTo(34, 12);
  });

  it("never reaches a lower_is_better target when the trend rises", () => {
    const r = forecastTargetReach(line, { target: 5, direction: "lower_is_better", byIndex: 100 }).result;
    expect(r?.reached).toBe(false);
  });

  it("finds the first index exactly on the target when the trend falls", () => {
    // 20 − 2·i ≤ 6 first at i = 7.
    const falling = [0, 1, 2, 3].map((index) => ({ index, value: 20 - 2 * index }));
    const r = forecastTargetReach(falling, { target: 6, direction: "lower_is_better", byIndex: 9 }).result;
    expect(r?.firstIndex).toBe(7);
    expect(r?.metAtLastObservation).toBe(false);
  });

  it("uses Holt's final level and trend when the method is holt", () => {
    // α = β = 1 on a line: L = 16, T = 2 at index 3 → 16 + 2h ≥ 25 first at h = 5 (index 8).
    const r = forecastTargetReach(
      line,
      { target: 25, direction: "higher_is_better", byIndex: 12 },
      { method: "holt", alpha: 1, beta: 1 },
    ).result;
    expect(r?.firstIndex).toBe(8);
  });

  it("returns the forecast method's reason when the series is too short", () => {
    expect(forecastTargetReach(line.slice(0, 2), { target: 1, direction: "higher_is_better", byIndex: 5 }).reason).toBe(
      "too_few_points",
    );
  });

  it("throws invalid_argument when byIndex is not after the last observed index", () => {
    expect(() => forecastTargetReach(line, { target: 1, direction: "higher_is_better", byIndex: 3 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["byIndex"] }),
    );
  });
});
