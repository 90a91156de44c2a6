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
  const atLeast = (value: number) => ({ kind: "at_least" as const, value });
  const atMost = (value: number) => ({ kind: "at_most" as const, value });

  it("matches the documented example", () => {
    // The line is 10 + 2·i: 24 at 7, 26 at 8, 30 at 10, 32 at 11.
    const out = forecastTargetReach(line, { target: atLeast(25), byIndex: 12 });
    expect([out.result?.firstMetIndex, out.result?.metAtByIndex]).toEqual([8, true]);
    const band = forecastTargetReach(line, { target: { kind: "between", lo: 25, hi: 30 }, byIndex: 12 });
    expect([band.result?.reached, band.result?.firstMetIndex, band.result?.lastMetIndex, band.result?.metAtByIndex]).toEqual([
      true,
      8,
      10,
      false,
    ]);
  });

  it("reports not reached when the target lies beyond byIndex", () => {
    // 10 + 2·i ≥ 40 first at i = 15 > 12.
    const r = forecastTargetReach(line, { target: atLeast(40), byIndex: 12 }).result;
    expect(r?.reached).toBe(false);
    expect([r?.firstMetIndex, r?.lastMetIndex, r?.metAtByIndex]).toEqual([null, null, false]);
    expect(r?.valueAtByIndex).toBeCloseTo(34, 12);
  });

  it("never reaches an at_most target below the line when the trend rises", () => {
    const r = forecastTargetReach(line, { target: atMost(5), byIndex: 100 }).result;
    expect(r?.reached).toBe(false);
  });

  it("finds the first index exactly on the target when the trend falls", () => {
    // 20 − 2·i ≤ 6 first at i = 7, and stays below: met from 7 to byIndex 9.
    const falling = [0, 1, 2, 3].map((index) => ({ index, value: 20 - 2 * index }));
    const r = forecastTargetReach(falling, { target: atMost(6), byIndex: 9 }).result;
    expect([r?.firstMetIndex, r?.lastMetIndex, r?.metAtByIndex]).toEqual([7, 9, true]);
    expect(r?.metAtLastObservation).toBe(false);
  });

  it("says reached but not met at byIndex when the line moves away from an at_least target", () => {
    // 20 − 2·i: 12 at 4, 10 at 5, 8 at 6. ≥ 10 holds at 4 and 5 only; byIndex 8 gives 4.
    const falling = [0, 1, 2, 3].map((index) => ({ index, value: 20 - 2 * index }));
    const r = forecastTargetReach(falling, { target: atLeast(10), byIndex: 8 }).result;
    expect([r?.reached, r?.firstMetIndex, r?.lastMetIndex, r?.metAtByIndex, r?.metAtLastObservation]).toEqual([
      true,
      4,
      5,
      false,
      true,
    ]);
  });

  it("meets a band at every forecast period or none when the line is flat", () => {
    const flat = [0, 1, 2].map((index) => ({ index, value: 5 }));
    const inside = forecastTargetReach(flat, { target: { kind: "between", lo: 4, hi: 6 }, byIndex: 9 }).result;
    expect([inside?.firstMetIndex, inside?.lastMetIndex, inside?.metAtByIndex]).toEqual([3, 9, true]);
    const outside = forecastTargetReach(flat, { target: { kind: "between", lo: 6, hi: 7 }, byIndex: 9 }).result;
    expect([outside?.reached, outside?.firstMetIndex, outside?.metAtByIndex]).toEqual([false, null, false]);
  });

  it("counts a band's ends as inside", () => {
    // 10 + 2·i is 26 at 8 and 28 at 9: the band [26, 28] holds exactly 8 and 9.
    const r = forecastTargetReach(line, { target: { kind: "between", lo: 26, hi: 28 }, byIndex: 20 }).result;
    expect([r?.firstMetIndex, r?.lastMetIndex]).toEqual([8, 9]);
  });

  it("uses Holt's final level and trend when the method is holt, and sees Holt leave a band", () => {
    // α = β = 1 on a line: L = 16, T = 2 at index 3 → 16 + 2h ≥ 25 first at h = 5 (index 8).
    const r = forecastTargetReach(line, { target: atLeast(25), byIndex: 12 }, { method: "holt", alpha: 1, beta: 1 }).result;
    expect(r?.firstMetIndex).toBe(8);
    // Band [20, 22]: 16 + 2h is 20 at h = 2, 22 at h = 3 → indices 5 and 6; at 12 it is 34.
    const band = forecastTargetReach(line, { target: { kind: "between", lo: 20, hi: 22 }, byIndex: 12 }, { method: "holt", alpha: 1, beta: 1 }).result;
    expect([band?.firstMetIndex, band?.lastMetIndex, band?.metAtByIndex]).toEqual([5, 6, false]);
  });

  it("forecasts the line from 2 points", () => {
    // Through (0, 10) and (1, 12): 10 + 2·i ≥ 25 first at 8.
    expect(forecastTargetReach(line.slice(0, 2), { target: atLeast(25), byIndex: 12 }).result?.firstMetIndex).toBe(8);
  });

  it("returns the forecast method's reason when the series is too short", () => {
    expect(forecastTargetReach(line.slice(0, 1), { target: atLeast(1), byIndex: 5 })).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 2,
    });
  });

  it("throws invalid_argument when byIndex is not after the last observed index", () => {
    expect(() => forecastTargetReach(line, { target: atLeast(1), byIndex: 3 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["byIndex"] }),
    );
  });

  it("throws for a bad target with the path of the bad field", () => {
    expect(() => forecastTargetReach(line, { target: atLeast(Number.NaN), byIndex: 9 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["target", "value"] }),
    );
    expect(() => forecastTargetReach(line, { target: { kind: "between", lo: 3, hi: 2 }, byIndex: 9 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["target", "hi"] }),
    );
    expect(() => forecastTargetReach(line, { target: { kind: "sideways" } as never, byIndex: 9 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["target", "kind"] }),
    );
  });
});
