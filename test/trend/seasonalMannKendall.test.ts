// Expected values worked by hand in the comments.
import { describe, expect, it } from "vitest";
import { seasonalMannKendall } from "../../src/trend/seasonalMannKendall.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("seasonalMannKendall", () => {
  it("matches the documented example", () => {
    const values = [1, 5, 9, 3, 2, 6, 10, 4, 3, 7, 11, 5];
    const out = seasonalMannKendall(values.map((value, index) => ({ index, value })), { period: 4 });
    // Each quarter rises 3 times in 3 years: S = 4·3; Var = 4·(3·2·11/18).
    expect(out.result?.s).toBe(12);
    expect(out.result?.varianceS).toBeCloseTo(44 / 3, 12);
  });

  it("ignores the seasonal swing that a plain test would mistake for noise", () => {
    // Months with a big swing, each month +1 per year over 3 years: every season S = 3; tau = 36/36.
    const values: number[] = [];
    for (let year = 0; year < 3; year++) for (let m = 0; m < 12; m++) values.push(100 * Math.sin(m) + year);
    const r = seasonalMannKendall(values.map((value, index) => ({ index, value }))).result;
    expect(r?.s).toBe(36);
    expect(r?.tau).toBe(1);
    expect(r?.seasons).toHaveLength(12);
    // Z = (36 − 1)/√(12·11/3) = 35/√44; p = erfc(Z/√2) (python3: 1.3161e-07).
    expect(r?.z).toBeCloseTo(35 / Math.sqrt(44), 12);
  });

  it("tests seasons of 2 observations, the minimum of mannKendall", () => {
    // Two years of rising months: each of the 12 seasons has S = 1 and Var = 2·1·9/18 = 1, so S = 12, Var = 12,
    // Z = 11/√12 and tau = 12/12.
    const values = Array.from({ length: 24 }, (_, index) => ({ index, value: index }));
    const r = seasonalMannKendall(values).result;
    expect([r?.s, r?.varianceS, r?.tau]).toEqual([12, 12, 1]);
    expect(r?.z).toBeCloseTo(11 / Math.sqrt(12), 12);
  });

  it("returns null with too_few_points (needed 2) when no season has 2 observations", () => {
    const values = Array.from({ length: 12 }, (_, index) => ({ index, value: index }));
    expect(seasonalMannKendall(values)).toEqual({ result: null, reason: "too_few_points", needed: 2 });
  });

  it("throws invalid_argument when the period is not an integer of at least 2", () => {
    expect(() => seasonalMannKendall([], { period: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["period"] }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => seasonalMannKendall([], null as never), [], "seasonalMannKendall: options must be an object, not null"],
      [() => seasonalMannKendall([], 12 as never), [], "seasonalMannKendall: options must be an object, not number"],
      [() => seasonalMannKendall(undefined as never), [], "seasonalMannKendall: the series must be an array of { index, value } points"],
      [() => seasonalMannKendall([null] as never), [0], "seasonalMannKendall: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
