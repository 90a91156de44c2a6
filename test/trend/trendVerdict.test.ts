// Expected values: Mann–Kendall S by hand (pairs in comments), p-values from python3's math.erfc.
import { describe, expect, it } from "vitest";
import { trendVerdict } from "../../src/trend/trendVerdict.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const falling = [5, 4, 4, 3, 2, 2, 1, 0].map((value, index) => ({ index, value }));

describe("trendVerdict", () => {
  it("matches the documented example", () => {
    expect(trendVerdict(falling, "lower_is_better").result?.verdict).toBe("improving");
    expect(trendVerdict(falling.slice(0, 2), "lower_is_better")).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 3,
    });
  });

  it("reports the evidence when the trend is significant", () => {
    // 28 pairs, 2 tied (4,4) and (2,2), none concordant → S = −26; Var = (8·7·21 − 2·18)/18 = 63.33…;
    // Z = −25/√63.33 = −3.1414; p = erfc(3.1414/√2) = 0.001681397414412641 (python3). Sen slope: median −0.75… .
    const r = trendVerdict(falling, "higher_is_better").result;
    expect(r?.verdict).toBe("worsening");
    expect(r?.trend).toBe("decreasing");
    expect(r?.evidence.s).toBe(-26);
    expect(r?.evidence.pValue).toBeCloseTo(0.001681397414412641, 14);
    expect(r?.evidence.senSlopePerPeriod).toBeLessThan(0);
    expect(r?.evidence.significanceLevel).toBe(0.05);
  });

  it("says changing, not good or bad, for a target_band KPI", () => {
    expect(trendVerdict(falling, "target_band").result?.verdict).toBe("changing");
  });

  it("finds no significant trend when p is not below the significance level", () => {
    expect(trendVerdict(falling, "higher_is_better", { significanceLevel: 0.001 }).result?.verdict).toBe(
      "no_significant_trend",
    );
    const flat = [1, 3, 2, 3, 1, 2].map((value, index) => ({ index, value }));
    expect(trendVerdict(flat, "higher_is_better").result?.trend).toBe("none");
  });

  it("returns null with too_few_points when there are 2 points, though mannKendall has S from them", () => {
    expect(trendVerdict(falling.slice(0, 2), "higher_is_better")).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 3,
    });
  });

  it("gives a verdict from 2 points when minPoints is 2", () => {
    // 5, 4: S = −1, Var = 1, Z = 0, p = 1 → no significant trend.
    const r = trendVerdict(falling.slice(0, 2), "higher_is_better", { minPoints: 2 }).result;
    expect(r?.verdict).toBe("no_significant_trend");
    expect([r?.evidence.n, r?.evidence.s, r?.evidence.pValue]).toEqual([2, -1, 1]);
  });

  it("withholds the verdict below a larger minPoints", () => {
    // The 8-point falling series is significant at 0.05, but minPoints 10 asks for more points.
    expect(trendVerdict(falling, "higher_is_better", { minPoints: 10 })).toEqual({
      result: null,
      reason: "too_few_points",
      needed: 10,
    });
  });

  it("throws invalid_argument when minPoints is not an integer of at least 2", () => {
    for (const minPoints of [1, 3.5]) {
      expect(() => trendVerdict(falling, "higher_is_better", { minPoints })).toThrowError(
        expect.objectContaining({ code: "invalid_argument", path: ["minPoints"] }),
      );
    }
  });

  it("throws invalid_argument for a significance level outside (0, 1) or an unknown direction", () => {
    expect(() => trendVerdict(falling, "higher_is_better", { significanceLevel: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["significanceLevel"] }),
    );
    expect(() => trendVerdict(falling, "sideways" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => trendVerdict(undefined as never, "higher_is_better"), [], "trendVerdict: series must be an array, not undefined"],
      [() => trendVerdict({} as never, "higher_is_better"), [], "trendVerdict: series must be an array, not an object"],
      [() => trendVerdict([falling[0], null] as never, "higher_is_better"), [1], "trendVerdict: series[1] must be an object, not null"],
      [() => trendVerdict(falling, "higher_is_better", null as never), [], "trendVerdict: options must be an object, not null"],
      [() => trendVerdict(falling, "higher_is_better", 0.05 as never), [], "trendVerdict: options must be an object, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("trendVerdict: the direction", () => {
  it("refuses an unknown direction on the path of direction, listing the directions", () => {
    const expected = (shown: string) => ({
      code: "invalid_argument",
      path: ["direction"],
      message: `trendVerdict: direction must be "higher_is_better", "lower_is_better" or "target_band", not ${shown}`,
    });
    expect(kpiErrorOf(() => trendVerdict(falling, "down" as never))).toEqual(expected('"down"'));
    expect(kpiErrorOf(() => trendVerdict(falling.slice(0, 1), undefined as never))).toEqual(expected("undefined"));
  });
});
