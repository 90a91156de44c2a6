import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { prepareSeries, type PreparedSeries } from "./_lib/prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendNoResultReason } from "./trendOutcome.js";

/** Options for {@link laggedCorrelation}. */
export interface LaggedCorrelationOptions {
  /**
   * The largest lag k in periods; lags 0..k are computed. An integer ≥ 0.
   * @defaultValue 6
   */
  readonly maxLag?: number | undefined;
  /**
   * The fewest pairs (periods with a value in both series) a lag needs for its r, an integer ≥ 2. The same option
   * name as the minimum of {@link trendVerdict}.
   * @defaultValue 3
   */
  readonly minPoints?: number | undefined;
}

/**
 * The correlation at one lag.
 *
 * @category Trend
 */
export interface LagCorrelation {
  /** The lag k in periods: leading[p] is paired with lagging[p + k]. */
  readonly lag: number;
  /** How many pairs had both values. */
  readonly n: number;
  /** Pearson's r in [−1, 1], or `null` (see `reason`). */
  readonly r: number | null;
  /** `too_few_points` (fewer than `minPoints` pairs) or `zero_variance` when `r` is `null`, else `null`. */
  readonly reason: TrendNoResultReason | null;
}

/**
 * Correlations of a leading and a lagging series over a range of lags.
 *
 * @category Trend
 */
export interface LaggedCorrelation {
  /** The fewest pairs a lag needed for its r (the `minPoints` option). */
  readonly minPoints: number;
  /** One entry per lag 0..maxLag, each with its pair count, also when no lag reaches `minPoints`. */
  readonly lags: readonly LagCorrelation[];
  /** The lag with the largest r (`null` when no lag has an r). */
  readonly bestLagByR: LagCorrelation | null;
  /** The lag with the largest |r| (`null` when no lag has an r). */
  readonly bestLagByAbsR: LagCorrelation | null;
}

/**
 * Returns Pearson's r between a leading series at period p and a lagging series at period p + k, for k = 0..maxLag.
 *
 * @remarks
 * docs/conventions.md#trends-and-control-charts: pairs are matched by period index, with pairwise deletion of missing values (a period missing or
 * `null` in either series drops the pair). r needs at least `minPoints` pairs, 3 by default (else `null`,
 * `too_few_points`), and is `null` for zero variance in either side (`zero_variance`). r is computed with centred
 * sums and clamped to [−1, 1]. The best lag by r and by |r| is the smallest lag among equals. Every lag is listed with
 * its pair count `n`, also when no lag has enough pairs (then both best lags are `null`).
 *
 * @param leading - The leading (driving) series.
 * @param lagging - The lagging (outcome) series, on the same period index scale.
 * @param options - See {@link LaggedCorrelationOptions}.
 * @returns The correlations, one per lag.
 * @throws {@link KpiError} `invalid_argument` for a bad `maxLag` or `minPoints`, or a non-integer or duplicate index (path
 *   `["leading", i, "index"]` or `["lagging", …]`), and for missing or wrong-shaped arguments: `leading` or `lagging`
 *   not an array (path `["leading"]` or `["lagging"]`) or with a point that is not an object (path `["leading", i]`
 *   or `["lagging", i]`), `options` that is not an object (path `[]`); `non_finite` for a non-finite value.
 *
 * @example
 * ```ts
 * const leading = [1, 3, 2, 5, 4, 6].map((value, index) => ({ index, value }));
 * const lagging = [10, 30, 20, 50, 40, 60].map((value, index) => ({ index: index + 1, value }));
 * // lagging[p + 1] = 10·leading[p]: a perfect correlation at lag 1 only.
 * const out = laggedCorrelation(leading, lagging, { maxLag: 2 });
 * out.bestLagByR?.lag;
 * //=> 1
 * out.lags.map((entry) => entry.n);
 * //=> [5, 6, 5]
 * ```
 *
 * @category Trend
 */
export function laggedCorrelation(
  leading: readonly SeriesPoint[],
  lagging: readonly SeriesPoint[],
  options: LaggedCorrelationOptions = {},
): LaggedCorrelation {
  requireObject(options, "laggedCorrelation", "options");
  const maxLag = options.maxLag ?? 6;
  if (typeof maxLag !== "number" || !Number.isInteger(maxLag) || maxLag < 0) {
    throw new KpiError("invalid_argument", "laggedCorrelation: maxLag must be an integer of at least 0", {
      path: ["maxLag"],
    });
  }
  const minPoints = options.minPoints ?? 3;
  if (typeof minPoints !== "number" || !Number.isInteger(minPoints) || minPoints < 2) {
    throw new KpiError("invalid_argument", "laggedCorrelation: minPoints must be an integer of at least 2", {
      path: ["minPoints"],
    });
  }
  const lead = prepareSeries(leading, "laggedCorrelation", ["leading"]);
  const lag = prepareSeries(lagging, "laggedCorrelation", ["lagging"]);
  const lags: LagCorrelation[] = [];
  let bestLagByR: LagCorrelation | null = null;
  let bestLagByAbsR: LagCorrelation | null = null;
  for (let k = 0; k <= maxLag; k++) {
    const entry = correlationAtLag(lead, lag, k, minPoints);
    lags.push(entry);
    if (entry.r === null) continue;
    if (bestLagByR === null || entry.r > (bestLagByR.r as number)) bestLagByR = entry;
    if (bestLagByAbsR === null || Math.abs(entry.r) > Math.abs(bestLagByAbsR.r as number)) bestLagByAbsR = entry;
  }
  return { minPoints, lags, bestLagByR, bestLagByAbsR };
}

// Pearson's r of leading[p] with lagging[p + k], matched by index (both inputs sorted by index).
function correlationAtLag(lead: PreparedSeries, lag: PreparedSeries, k: number, minPoints: number): LagCorrelation {
  // Merge the two sorted index lists: pairs where lead.index + k === lag.index.
  const xs: number[] = [];
  const ys: number[] = [];
  let j = 0;
  for (let i = 0; i < lead.n; i++) {
    const wanted = (lead.index[i] as number) + k;
    while (j < lag.n && (lag.index[j] as number) < wanted) j++;
    if (j < lag.n && lag.index[j] === wanted) {
      xs.push(lead.value[i] as number);
      ys.push(lag.value[j] as number);
    }
  }
  const n = xs.length;
  if (n < minPoints) return { lag: k, n, r: null, reason: "too_few_points" };
  let sumX = 0;
  let sumY = 0;
  let constantX = true;
  let constantY = true;
  for (let i = 0; i < n; i++) {
    if (xs[i] !== xs[0]) constantX = false;
    if (ys[i] !== ys[0]) constantY = false;
    sumX += xs[i] as number;
    sumY += ys[i] as number;
  }
  if (constantX || constantY) return { lag: k, n, r: null, reason: "zero_variance" };
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - meanX;
    const dy = (ys[i] as number) - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return { lag: k, n, r: null, reason: "zero_variance" };
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { lag: k, n, r, reason: null };
}
