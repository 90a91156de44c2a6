// Expected values worked by hand (pair counts written out in comments) and p-values from python3's math.erfc.
import { describe, expect, it } from "vitest";
import { mannKendall } from "../../src/trend/mannKendall.js";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { mannKendallStatistic } from "../../src/trend/_lib/mannKendallStatistic.js";

describe("mannKendall", () => {
  it("matches the documented example", () => {
    const out = mannKendall([
      { index: 0, value: 1 },
      { index: 1, value: 3 },
      { index: 2, value: 2 },
      { index: 3, value: 4 },
    ]);
    expect(out.result?.s).toBe(4);
    // Z = 3/√(26/3); p = math.erfc(Z/√2) = 0.308179547467054.
    expect(out.result?.pValue).toBeCloseTo(0.308179547467054, 14);
    const two = mannKendall([{ index: 0, value: 1 }, { index: 1, value: 3 }]).result;
    expect([two?.s, two?.varianceS, two?.z, two?.pValue]).toEqual([1, 1, 0, 1]);
  });

  it("corrects the variance for ties when values repeat", () => {
    // 1,2,2,3,1: pairs + (1,2)(1,2)(1,3)(2,3)(2,3) = 5, − (2,1)(2,1)(3,1) = 3, ties (1,1)(2,2) → S = 2.
    // Var = [5·4·15 − 2·(2·1·9)]/18 = 264/18; Z = 1/√(264/18); p = erfc(Z/√2) = 0.794002680192762 (python3).
    const r = mannKendall([1, 2, 2, 3, 1].map((value, index) => ({ index, value }))).result;
    expect(r?.s).toBe(2);
    expect(r?.varianceS).toBeCloseTo(264 / 18, 12);
    expect(r?.z).toBeCloseTo(1 / Math.sqrt(264 / 18), 14);
    expect(r?.pValue).toBeCloseTo(0.794002680192762, 14);
    expect(r?.tau).toBeCloseTo(2 / 10, 14);
  });

  it("gives S = 0, Z = 0 and p = 1 when the series is constant", () => {
    const r = mannKendall([0, 1, 2, 3, 4].map((index) => ({ index, value: 5 }))).result;
    expect(r).toEqual({ n: 5, s: 0, varianceS: 0, z: 0, pValue: 1, tau: 0 });
  });

  it("skips gaps and sorts the input when points come out of order", () => {
    const ordered = mannKendall([
      { index: 0, value: 1 },
      { index: 2, value: 3 },
      { index: 5, value: 2 },
      { index: 6, value: 4 },
    ]).result;
    const shuffled = mannKendall([
      { index: 6, value: 4 },
      { index: 3, value: null },
      { index: 0, value: 1 },
      { index: 5, value: 2 },
      { index: 2, value: 3 },
    ]).result;
    expect(shuffled).toEqual(ordered);
    expect(ordered?.s).toBe(4);
  });

  it("computes S for n = 3", () => {
    // 3, 1, 2: (3,1) −, (3,2) −, (1,2) + → S = −1; Var = 3·2·11/18 = 11/3; Z = 0 since S + 1 = 0.
    const r = mannKendall([3, 1, 2].map((value, index) => ({ index, value }))).result;
    expect(r?.s).toBe(-1);
    expect(r?.varianceS).toBeCloseTo(11 / 3, 12);
    expect(r?.z).toBe(0);
    expect(r?.pValue).toBe(1);
  });

  it("gives S, its variance, Z and p from 2 points", () => {
    // One pair, falling: S = −1, Var = 2·1·9/18 = 1, Z = (S + 1)/1 = 0, p = 1, tau = −1/1.
    expect(mannKendall([{ index: 0, value: 3 }, { index: 4, value: 1 }]).result).toEqual({
      n: 2,
      s: -1,
      varianceS: 1,
      z: 0,
      pValue: 1,
      tau: -1,
    });
    // A tie: S = 0, Var = (18 − 2·1·9)/18 = 0.
    expect(mannKendall([{ index: 0, value: 2 }, { index: 1, value: 2 }]).result?.varianceS).toBe(0);
  });

  it("returns null with too_few_points (needed 2) when n = 1", () => {
    expect(mannKendall([{ index: 0, value: 1 }, { index: 1, value: null }])).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 2,
    });
  });

  it("throws non_finite with the path when a value is not finite", () => {
    expect(() => mannKendall([{ index: 0, value: 1 }, { index: 1, value: Number.NEGATIVE_INFINITY }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1, "value"] }),
    );
  });
});

describe("mannKendallStatistic", () => {
  it("matches the documented example", () => {
    const r = mannKendallStatistic([1, 3, 2, 4], 4);
    expect(r.s).toBe(4);
    expect(r.varianceS).toBeCloseTo(156 / 18, 12);
  });

  it("counts a strictly decreasing long series as all discordant when the merge path runs", () => {
    // n = 100 > the direct-count threshold: S = −n(n−1)/2, Var = n(n−1)(2n+5)/18.
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    const r = mannKendallStatistic(values, 100);
    expect(r.s).toBe(-4950);
    expect(r.varianceS).toBeCloseTo((100 * 99 * 205) / 18, 8);
  });
});

describe("mannKendall: points without an index", () => {
  it("says the index is missing when a point has none, and non-integer when it has a wrong one", () => {
    const noIndex = [{ at: 0, value: 1 }, { at: 1, value: 2 }];
    expect(kpiErrorOf(() => mannKendall(noIndex as never))).toEqual({
      code: "invalid_argument",
      path: [0, "index"],
      message: "mannKendall: point 0 has no index: each point is { index, value }, with index the integer number of its period",
    });
    expect(kpiErrorOf(() => mannKendall([{ index: 0, value: 1 }, { index: 1.5, value: 2 }]))).toEqual({
      code: "invalid_argument",
      path: [1, "index"],
      message: "mannKendall: point 1 has a non-integer index",
    });
  });
});
