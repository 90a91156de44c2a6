import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import { mannKendallStatistic } from "./_lib/mannKendallStatistic.js";
import { normalQuantile } from "./_lib/normalQuantile.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import { resolveConfidenceLevel } from "./_lib/resolveConfidenceLevel.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

/** The largest series {@link sensSlope} accepts: its n(n−1)/2 pairwise slopes are held in memory. */
const MAX_POINTS = 5000;

/**
 * Which time index the pairwise slopes of {@link sensSlope} use.
 *
 * - `period` — the period index, so gaps keep their distance (docs/conventions.md#trends-and-control-charts; the default).
 * - `observation` — the position among the observed points, gaps collapsed (as pyMannKendall does).
 *
 * @category Trend
 */
export type SensSlopeTimeIndex = "period" | "observation";

/** Options for {@link sensSlope}. */
export interface SensSlopeOptions {
  /**
   * The confidence level of the slope's interval, strictly between 0 and 1.
   * @defaultValue 0.95
   */
  readonly confidenceLevel?: number | undefined;
  /**
   * The time index of the pairwise slopes.
   * @defaultValue "period"
   */
  readonly timeIndex?: SensSlopeTimeIndex | undefined;
}

/**
 * A confidence interval whose bounds can be missing when the series is too short to bound the estimate.
 *
 * @category Trend
 */
export interface OpenConfidenceInterval {
  /** The confidence level, e.g. `0.95`. */
  readonly level: number;
  /** The lower bound, or `null` when its rank falls below the first slope. */
  readonly lower: number | null;
  /** The upper bound, or `null` when its rank falls above the last slope. */
  readonly upper: number | null;
}

/**
 * Sen's slope of a series: the median pairwise slope, with its rank-based confidence interval.
 *
 * @category Trend
 */
export interface SensSlope {
  /** How many observed points. */
  readonly n: number;
  /** How many pairwise slopes, n(n−1)/2. */
  readonly pairs: number;
  /** The median pairwise slope, per period (or per observation with `timeIndex: "observation"`). */
  readonly slopePerPeriod: number;
  /** The rank-based confidence interval of the slope. */
  readonly confidenceInterval: OpenConfidenceInterval;
}

/**
 * Returns Sen's slope of a series — the median of the pairwise slopes (x_j − x_i)/(t_j − t_i) — with its
 * confidence interval.
 *
 * @remarks
 * docs/conventions.md#trends-and-control-charts: t is the period index by default, so gaps keep their distance; `timeIndex: "observation"` collapses
 * gaps as pyMannKendall does. The median of an even number of slopes is the mean of the two middle ones (type 7).
 * The interval is the standard rank-based one (Gilbert 1987; as R's `trend::sens.slope`): with N slopes sorted
 * ascending and C = z_{1−α/2}·√Var(S) (Var(S) the tie-corrected Mann–Kendall variance), the bounds are the slopes
 * of rank round((N − C)/2) and round((N + C)/2) + 1 (1-based); a rank outside 1..N gives a `null` bound. Holds
 * all N = n(n−1)/2 slopes in memory: O(n²) time and memory, so at most 5000 observed points. Needs at least
 * 2 observed points.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param options - See {@link SensSlopeOptions}.
 * @returns The slope, or `null` with reason `too_few_points` (needed 2).
 * @throws {@link KpiError} `invalid_argument` for a non-integer or duplicate index or a bad option (an unknown
 *   `timeIndex`: path `["timeIndex"]`), and for missing or
 *   wrong-shaped arguments: a series that is not an array (path `[]`) or has a point that is not an object (path
 *   `[i]`), `options` that is not an object (path `[]`); `non_finite` for a value that is not a finite number;
 *   `input_too_large` above 5000 observed points.
 *
 * @example
 * ```ts
 * const out = sensSlope([
 *   { index: 0, value: 1 },
 *   { index: 1, value: 3 },
 *   { index: 3, value: 4 },
 * ]);
 * out.result?.slopePerPeriod;
 * //=> 1
 * ```
 *
 * @category Trend
 */
export function sensSlope(series: readonly SeriesPoint[], options: SensSlopeOptions = {}): TrendOutcome<SensSlope> {
  requireObject(options, "sensSlope", "options");
  const level = resolveConfidenceLevel(options.confidenceLevel, "sensSlope");
  const timeIndex = options.timeIndex ?? "period";
  requireOneOf(timeIndex, ["period", "observation"], "sensSlope", "timeIndex", ["timeIndex"]);
  const prepared = prepareSeries(series, "sensSlope");
  const n = prepared.n;
  if (n > MAX_POINTS) {
    throw new KpiError("input_too_large", `sensSlope: ${n} observed points is more than the limit of ${MAX_POINTS}`);
  }
  if (n < 2) return { result: null, reason: "too_few_points", needed: 2 };
  const value = prepared.value;
  let time: readonly number[];
  switch (timeIndex) {
    case "period":
      time = prepared.index;
      break;
    case "observation":
      time = Array.from({ length: n }, (_, i) => i);
      break;
    default:
      return assertNever(timeIndex, "sensSlope: timeIndex");
  }
  const pairs = (n * (n - 1)) / 2;
  const slopes = new Float64Array(pairs);
  let k = 0;
  for (let i = 0; i < n - 1; i++) {
    const xi = value[i] as number;
    const ti = time[i] as number;
    for (let j = i + 1; j < n; j++) slopes[k++] = ((value[j] as number) - xi) / ((time[j] as number) - ti);
  }
  slopes.sort();
  const middle = (pairs - 1) / 2;
  const below = Math.floor(middle);
  const median = ((slopes[below] as number) + (slopes[Math.ceil(middle)] as number)) / 2;
  const { varianceS } = mannKendallStatistic(value, n);
  const c = normalQuantile(1 - (1 - level) / 2) * Math.sqrt(varianceS);
  const rankLower = Math.round((pairs - c) / 2);
  const rankUpper = Math.round((pairs + c) / 2) + 1;
  return {
    result: {
      n,
      pairs,
      slopePerPeriod: median,
      confidenceInterval: {
        level,
        lower: rankLower >= 1 && rankLower <= pairs ? (slopes[rankLower - 1] as number) : null,
        upper: rankUpper >= 1 && rankUpper <= pairs ? (slopes[rankUpper - 1] as number) : null,
      },
    },
    reason: null,
  };
}
