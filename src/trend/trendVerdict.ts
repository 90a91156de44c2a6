import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import { mannKendall } from "./mannKendall.js";
import { sensSlope } from "./sensSlope.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

const SEN_SLOPE_MAX_POINTS = 5000;

/**
 * Which way a KPI is better, as in a KPI definition.
 *
 * @category Trend
 */
export type TrendDirection = "higher_is_better" | "lower_is_better" | "target_band";

/**
 * The verdict of {@link trendVerdict}.
 *
 * - `improving` / `worsening` — a significant trend, good or bad for the KPI's direction.
 * - `changing` — a significant trend of a `target_band` KPI, where up or down is not good or bad by itself.
 * - `no_significant_trend` — p ≥ the significance level (or S = 0).
 *
 * @category Trend
 */
export type TrendVerdictValue = "improving" | "worsening" | "changing" | "no_significant_trend";

/** Options for {@link trendVerdict}. */
export interface TrendVerdictOptions {
  /**
   * The significance level α: a trend is significant when the Mann–Kendall p-value is below it.
   * @defaultValue 0.05
   */
  readonly significanceLevel?: number | undefined;
  /**
   * The fewest observed points for a verdict, an integer ≥ 2. Below it there is no verdict (`too_few_points`), even
   * though {@link mannKendall} gives S, Z and p from 2 points: with so few points "no significant trend" would say
   * more than the data can. The same option name as the minimum of {@link laggedCorrelation}.
   * @defaultValue 3
   */
  readonly minPoints?: number | undefined;
}

/**
 * The evidence behind a {@link TrendVerdict}.
 *
 * @category Trend
 */
export interface TrendEvidence {
  /** Observed points tested. */
  readonly n: number;
  /** Mann–Kendall S. */
  readonly s: number;
  /** The continuity-corrected Z. */
  readonly z: number;
  /** The two-sided p-value. */
  readonly pValue: number;
  /** Sen's slope per period (period index, gaps keep their distance); `null` above 5000 observed points. */
  readonly senSlopePerPeriod: number | null;
  /** The significance level used. */
  readonly significanceLevel: number;
}

/**
 * A trend verdict with its evidence.
 *
 * @category Trend
 */
export interface TrendVerdict {
  /** Improving, worsening, changing (target band) or no significant trend. */
  readonly verdict: TrendVerdictValue;
  /** The direction of a significant trend in value terms, or `none`. */
  readonly trend: "increasing" | "decreasing" | "none";
  /** The statistics behind the verdict. */
  readonly evidence: TrendEvidence;
}

/**
 * Returns whether a KPI's series is improving, worsening or shows no significant trend, from the Mann–Kendall test
 * and the KPI's direction.
 *
 * @remarks
 * The trend is significant when the two-sided Mann–Kendall p-value (see {@link mannKendall}) is strictly below the
 * significance level and S ≠ 0; its sign is the sign of S. `higher_is_better` turns increasing into `improving`,
 * `lower_is_better` into `worsening`. For `target_band` KPIs a rise or a fall is good or bad only relative to the
 * band and the current value, which this function does not take, so a significant trend gives `changing` (with
 * `trend` saying which way) — compare the forecast with the band when a judgement is needed. Sen's slope is
 * reported as the size of the change (`null` above 5000 observed points, the limit of {@link sensSlope}). Gives a
 * verdict only from `minPoints` observed points on, 3 by default (docs/conventions.md#trends-and-control-charts);
 * for fewer, {@link mannKendall} still gives the statistics.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param direction - Which way the KPI is better.
 * @param options - See {@link TrendVerdictOptions}.
 * @returns The verdict, or `null` with reason `too_few_points` (needed: `minPoints`).
 * @throws {@link KpiError} `invalid_argument` for an unknown direction (path `["direction"]`), a significance level outside (0, 1), a
 *   `minPoints` that is not an integer ≥ 2, or a bad series index, and for missing or wrong-shaped arguments: a series
 *   that is not an array (path `[]`) or has a point that is not an object (path `[i]`), `options` that is not an
 *   object (path `[]`); `non_finite` for a value that is not a finite number.
 *
 * @example
 * ```ts
 * const series = [5, 4, 4, 3, 2, 2, 1, 0].map((value, index) => ({ index, value }));
 * trendVerdict(series, "lower_is_better").result?.verdict;
 * //=> "improving"
 * trendVerdict(series.slice(0, 2), "lower_is_better");
 * //=> { result: null, reason: "too_few_points", needed: 3 }
 * ```
 *
 * @category Trend
 */
export function trendVerdict(
  series: readonly SeriesPoint[],
  direction: TrendDirection,
  options: TrendVerdictOptions = {},
): TrendOutcome<TrendVerdict> {
  requireArray(series, "trendVerdict", "series");
  for (let i = 0; i < series.length; i++) {
    const point: unknown = series[i];
    if (typeof point !== "object" || point === null) requireObject(point, "trendVerdict", `series[${i}]`, [i]);
  }
  requireObject(options, "trendVerdict", "options");
  const significanceLevel = options.significanceLevel ?? 0.05;
  if (typeof significanceLevel !== "number" || !(significanceLevel > 0 && significanceLevel < 1)) {
    throw new KpiError("invalid_argument", "trendVerdict: significanceLevel must be strictly between 0 and 1", {
      path: ["significanceLevel"],
    });
  }
  const minPoints = options.minPoints ?? 3;
  if (typeof minPoints !== "number" || !Number.isInteger(minPoints) || minPoints < 2) {
    throw new KpiError("invalid_argument", "trendVerdict: minPoints must be an integer of at least 2", {
      path: ["minPoints"],
    });
  }
  requireOneOf(direction, ["higher_is_better", "lower_is_better", "target_band"], "trendVerdict", "direction", ["direction"]);
  const test = mannKendall(series);
  if (test.result === null || test.result.n < minPoints) {
    return { result: null, reason: "too_few_points", needed: minPoints };
  }
  const { n, s, z, pValue } = test.result;
  // Sen's slope holds n(n−1)/2 slopes; above its size limit the verdict goes without it.
  const senSlopePerPeriod = n <= SEN_SLOPE_MAX_POINTS ? (sensSlope(series).result?.slopePerPeriod ?? null) : null;
  const significant = s !== 0 && pValue < significanceLevel;
  const trend = !significant ? "none" : s > 0 ? "increasing" : "decreasing";
  let verdict: TrendVerdictValue;
  if (trend === "none") {
    verdict = "no_significant_trend";
  } else {
    switch (direction) {
      case "higher_is_better":
        verdict = trend === "increasing" ? "improving" : "worsening";
        break;
      case "lower_is_better":
        verdict = trend === "increasing" ? "worsening" : "improving";
        break;
      case "target_band":
        verdict = "changing";
        break;
      default:
        return assertNever(direction, "trendVerdict: direction");
    }
  }
  return {
    result: { verdict, trend, evidence: { n, s, z, pValue, senSlopePerPeriod, significanceLevel } },
    reason: null,
  };
}
