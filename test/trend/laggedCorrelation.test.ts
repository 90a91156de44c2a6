// Expected values: by construction (exact linear relations) and scipy.stats.pearsonr for a general pair.
import { describe, expect, it } from "vitest";
import { assessDriverLink } from "../../src/trend/assessDriverLink.js";
import { laggedCorrelation } from "../../src/trend/laggedCorrelation.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

function points(values: readonly (number | null)[], start = 0) {
  return values.map((value, i) => ({ index: start + i, value }));
}

const pts = [1, 2, 3].map((value, index) => ({ index, value }));

describe("laggedCorrelation", () => {
  it("matches the documented example", () => {
    const leading = points([1, 3, 2, 5, 4, 6]);
    const lagging = points([10, 30, 20, 50, 40, 60], 1);
    const out = laggedCorrelation(leading, lagging, { maxLag: 2 });
    expect(out.bestLagByR?.lag).toBe(1);
    // Leading at 0–5, lagging at 1–6: lag 0 pairs p = 1…5, lag 1 pairs p = 0…5, lag 2 pairs p = 0…4.
    expect(out.lags.map((entry) => entry.n)).toEqual([5, 6, 5]);
  });

  it("agrees with scipy pearsonr when the lag is 0", () => {
    // scipy.stats.pearsonr([1..6], [3, 1, 4, 1, 5, 9]).statistic = 0.6961696279091429.
    const lag0 = laggedCorrelation(points([1, 2, 3, 4, 5, 6]), points([3, 1, 4, 1, 5, 9]), { maxLag: 0 }).lags[0];
    expect(lag0?.n).toBe(6);
    expect(lag0?.r).toBeCloseTo(0.6961696279091429, 14);
  });

  it("drops pairs with a missing value on either side", () => {
    const r = laggedCorrelation(points([1, 2, null, 4, 5]), points([2, 4, 6, null, 10]), { maxLag: 0 });
    expect(r.lags[0]).toEqual({ lag: 0, n: 3, r: 1, reason: null });
  });

  it("reports too_few_points and zero_variance per lag", () => {
    const r = laggedCorrelation(points([1, 2, 3, 4]), points([5, 5, 5, 5]), { maxLag: 2 });
    expect(r.lags.map((l) => l.reason)).toEqual(["zero_variance", "zero_variance", "too_few_points"]);
    expect(r.bestLagByR).toBeNull();
  });

  it("picks the best lag by |r| when the strongest relation is negative", () => {
    const leading = points([1, 2, 3, 4, 5, 6, 7]);
    const lagging = points([9, 1, 7, 6, 5, 4, 3, 2, 1]);
    // Lag 2 pairs leading[p] with lagging[p + 2] = 7 − p + … : exactly −1.
    const r = laggedCorrelation(leading, lagging, { maxLag: 3 });
    expect(r.bestLagByAbsR?.lag).toBe(2);
    expect(r.bestLagByAbsR?.r).toBe(-1);
  });

  it("reports every lag's pair count when no lag has 3 pairs", () => {
    // Two points each at 0 and 1: lag 0 pairs both periods, lag 1 only leading[0] with lagging[1].
    const out = laggedCorrelation(points([1, 2]), points([1, 2]), { maxLag: 1 });
    expect(out.lags).toEqual([
      { lag: 0, n: 2, r: null, reason: "too_few_points" },
      { lag: 1, n: 1, r: null, reason: "too_few_points" },
    ]);
    expect([out.bestLagByR, out.bestLagByAbsR, out.minPoints]).toEqual([null, null, 3]);
  });

  it("computes r from fewer pairs when minPoints allows it", () => {
    // Two pairs (1, 1) and (2, 2) lie on a line: r = 1.
    const out = laggedCorrelation(points([1, 2]), points([1, 2]), { maxLag: 1, minPoints: 2 });
    expect(out.lags.map((entry) => entry.r)).toEqual([1, null]);
    expect(out.bestLagByR?.lag).toBe(0);
  });

  it("withholds r below a larger minPoints", () => {
    // Six pairs at lag 0; with minPoints 7 the lag keeps its count but has no r.
    const out = laggedCorrelation(points([1, 2, 3, 4, 5, 6]), points([3, 1, 4, 1, 5, 9]), { maxLag: 0, minPoints: 7 });
    expect(out.lags[0]).toEqual({ lag: 0, n: 6, r: null, reason: "too_few_points" });
  });

  it("throws invalid_argument when minPoints is not an integer of at least 2", () => {
    for (const minPoints of [1, 2.5]) {
      expect(() => laggedCorrelation(points([1, 2, 3]), points([1, 2, 3]), { minPoints })).toThrowError(
        expect.objectContaining({ code: "invalid_argument", path: ["minPoints"] }),
      );
    }
  });

  it("throws with a path into the leading series when it has a duplicate index", () => {
    expect(() => laggedCorrelation([{ index: 0, value: 1 }, { index: 0, value: 2 }], [])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["leading", 1, "index"] }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => laggedCorrelation(pts, pts, null as never), [], "laggedCorrelation: options must be an object, not null"],
      [() => laggedCorrelation(pts, pts, 6 as never), [], "laggedCorrelation: options must be an object, not number"],
      [() => laggedCorrelation(undefined as never, pts), ["leading"], "laggedCorrelation: the series must be an array of { index, value } points"],
      [() => laggedCorrelation(pts, [null] as never), ["lagging", 0], "laggedCorrelation: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("assessDriverLink", () => {
  it("matches the documented example", () => {
    const leading = points([1, 2, 3, 4, 5, 6]);
    const lagging = points([9, 8, 6, 5, 3, 2], 1);
    const out = assessDriverLink(leading, lagging, { sign: "negative", lagPeriods: 1, laggingDirection: "lower_is_better" });
    expect([out.supported, out.movement]).toEqual([true, "helps"]);
  });

  it("is not supported when r has the wrong sign or is too weak", () => {
    const leading = points([1, 2, 3, 4, 5, 6]);
    const lagging = points([9, 8, 6, 5, 3, 2], 1);
    const wrongSign = assessDriverLink(leading, lagging, { sign: "positive", lagPeriods: 1, laggingDirection: "higher_is_better" });
    expect(wrongSign.supported).toBe(false);
    // Driver rising × positive × higher_is_better → helps, even though the data do not support the link.
    expect(wrongSign.movement).toBe("helps");
    const weak = assessDriverLink(points([1, 2, 3, 4, 5, 6]), points([3, 1, 4, 1, 5, 9]), {
      sign: "positive",
      lagPeriods: 0,
      laggingDirection: "higher_is_better",
    }, { minAbsR: 0.7 });
    expect(weak.r).toBeCloseTo(0.6961696279091429, 14);
    expect(weak.supported).toBe(false);
  });

  it("says hurts when the driver moves the wrong way, flat when it does not move", () => {
    const falling = points([6, 5, 4, 3, 2, 1]);
    const lagging = points([1, 2, 3, 4, 5, 6]);
    expect(assessDriverLink(falling, lagging, { sign: "positive", lagPeriods: 0, laggingDirection: "higher_is_better" }).movement).toBe("hurts");
    const still = points([1, 5, 1, 5, 1, 5, 1]);
    // Recent 4 periods 5, 1, 5, 1 → pairwise slopes −4, 0, −4/3, 4, 0, −4 → median (−4/3 + 0)/2 ≠ 0; use 3 periods.
    expect(assessDriverLink(still, lagging, { sign: "positive", lagPeriods: 0, laggingDirection: "higher_is_better" }, { recentPeriods: 3 }).movement).toBe("flat");
  });

  it("gives no movement for a target_band lagging KPI", () => {
    const out = assessDriverLink(points([1, 2, 3]), points([1, 2, 3]), { sign: "positive", lagPeriods: 0, laggingDirection: "target_band" });
    expect(out.movement).toBeNull();
    expect(out.supported).toBe(true);
  });

  it("reports the pairs at the declared lag when no lag has enough for r", () => {
    const out = assessDriverLink(points([1, 2]), points([1, 2]), { sign: "positive", lagPeriods: 0, laggingDirection: "higher_is_better" });
    expect([out.n, out.r, out.reason, out.supported]).toEqual([2, null, "too_few_points", null]);
    const loose = assessDriverLink(points([1, 2]), points([1, 2]), { sign: "positive", lagPeriods: 0, laggingDirection: "higher_is_better" }, { minPoints: 2 });
    expect([loose.n, loose.r, loose.supported]).toEqual([2, 1, true]);
  });

  it("throws invalid_argument for a negative lag", () => {
    expect(() =>
      assessDriverLink([], [], { sign: "positive", lagPeriods: -1, laggingDirection: "higher_is_better" }),
    ).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["lagPeriods"] }));
  });
});
