// Expected values: Mann–Kendall S by hand (pairs in comments), p-values from python3's math.erfc.
import { describe, expect, it } from "vitest";
import { trendVerdict } from "../../src/trend/trendVerdict.js";

const falling = [5, 4, 4, 3, 2, 2, 1, 0].map((value, index) => ({ index, value }));

describe("trendVerdict", () => {
  it("matches the documented example", () => {
    expect(trendVerdict(falling, "lower_is_better").result?.verdict).toBe("improving");
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

  it("returns null with too_few_points when there are 2 points", () => {
    expect(trendVerdict(falling.slice(0, 2), "higher_is_better").reason).toBe("too_few_points");
  });

  it("throws invalid_argument for a significance level outside (0, 1) or an unknown direction", () => {
    expect(() => trendVerdict(falling, "higher_is_better", { significanceLevel: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["significanceLevel"] }),
    );
    expect(() => trendVerdict(falling, "sideways" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
