import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { mannKendallStatistic, mannKendallZ } from "./_lib/mannKendallStatistic.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

/** Options for {@link seasonalMannKendall}. */
export interface SeasonalMannKendallOptions {
  /**
   * The length of the seasonal cycle in periods (12 for months in a year, 4 for quarters), an integer ≥ 2.
   * @defaultValue 12
   */
  readonly period?: number | undefined;
}

/**
 * One season's share of a {@link SeasonalMannKendall} test.
 *
 * @category Trend
 */
export interface SeasonalMannKendallSeason {
  /** The season, `index mod period` (0 is the season of index 0). */
  readonly season: number;
  /** Observed points in this season. */
  readonly n: number;
  /** This season's S. */
  readonly s: number;
  /** This season's tie-corrected Var(S). */
  readonly varianceS: number;
}

/**
 * The seasonal Mann–Kendall test (Hirsch, Slack & Smith 1982) of a series.
 *
 * @category Trend
 */
export interface SeasonalMannKendall {
  /** Observed points in all seasons. */
  readonly n: number;
  /** The cycle length used. */
  readonly period: number;
  /** S summed over the seasons. */
  readonly s: number;
  /** Var(S) summed over the seasons. */
  readonly varianceS: number;
  /** The continuity-corrected normal score of the summed S. */
  readonly z: number;
  /** The two-sided p-value from the normal distribution. */
  readonly pValue: number;
  /** S / Σ nᵢ(nᵢ−1)/2 over the seasons. */
  readonly tau: number;
  /** Each season's S and variance, by season number (seasons with no observation included, with n = 0). */
  readonly seasons: readonly SeasonalMannKendallSeason[];
}

/**
 * Returns the seasonal Mann–Kendall test of a series with a yearly (or other) cycle: S and Var(S) summed over the
 * seasons, Z, the two-sided p-value and tau.
 *
 * @remarks
 * Hirsch, Slack & Smith (1982). A point's season is `index mod period`; each season's observations, in index order,
 * get their own S and tie-corrected variance (as in {@link mannKendall}); the sums give Z with the continuity
 * correction and p = erfc(|Z|/√2). tau = S / Σ nᵢ(nᵢ−1)/2, as pyMannKendall's `seasonal_test`. Gaps are skipped
 * within each season. A season with fewer than 2 observations adds nothing. Needs some season with at least 2
 * observations, the minimum of {@link mannKendall} (docs/conventions.md#trends-and-control-charts).
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param options - See {@link SeasonalMannKendallOptions}.
 * @returns The test, or `null` with reason `too_few_points` (needed 2, in one season).
 * @throws {@link KpiError} `invalid_argument` for a non-integer or duplicate index or a `period` that is not an integer
 *   ≥ 2, and for missing or wrong-shaped arguments: a series that is not an array (path `[]`) or has a point that is
 *   not an object (path `[i]`), `options` that is not an object (path `[]`); `non_finite` for a value that is not a
 *   finite number.
 *
 * @example
 * ```ts
 * // Quarters of three years; every quarter rises from year to year.
 * const values = [1, 5, 9, 3, 2, 6, 10, 4, 3, 7, 11, 5];
 * const out = seasonalMannKendall(values.map((value, index) => ({ index, value })), { period: 4 });
 * out.result?.s;
 * //=> 12
 * out.result?.varianceS;
 * //=> 14.666666666666666
 * ```
 *
 * @category Trend
 */
export function seasonalMannKendall(
  series: readonly SeriesPoint[],
  options: SeasonalMannKendallOptions = {},
): TrendOutcome<SeasonalMannKendall> {
  requireObject(options, "seasonalMannKendall", "options");
  const period = options.period ?? 12;
  if (typeof period !== "number" || !Number.isInteger(period) || period < 2) {
    throw new KpiError("invalid_argument", "seasonalMannKendall: period must be an integer of at least 2", {
      path: ["period"],
    });
  }
  const prepared = prepareSeries(series, "seasonalMannKendall");
  const n = prepared.n;
  const counts = new Int32Array(period);
  const seasonOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const season = (((prepared.index[i] as number) % period) + period) % period;
    seasonOf[i] = season;
    counts[season] = (counts[season] as number) + 1;
  }
  const offsets = new Int32Array(period + 1);
  for (let season = 0; season < period; season++) offsets[season + 1] = (offsets[season] as number) + (counts[season] as number);
  const grouped: number[] = new Array<number>(n).fill(0);
  const fill = offsets.slice(0, period);
  for (let i = 0; i < n; i++) {
    const season = seasonOf[i] as number;
    const slot = fill[season] as number;
    grouped[slot] = prepared.value[i] as number;
    fill[season] = slot + 1;
  }
  let s = 0;
  let varianceS = 0;
  let pairs = 0;
  let largest = 0;
  const seasons: SeasonalMannKendallSeason[] = [];
  for (let season = 0; season < period; season++) {
    const count = counts[season] as number;
    largest = Math.max(largest, count);
    const start = offsets[season] as number;
    const statistic = mannKendallStatistic(grouped.slice(start, start + count), count);
    s += statistic.s;
    varianceS += statistic.varianceS;
    pairs += (count * (count - 1)) / 2;
    seasons.push({ season, n: count, s: statistic.s, varianceS: statistic.varianceS });
  }
  if (largest < 2) return { result: null, reason: "too_few_points", needed: 2 };
  const { z, pValue } = mannKendallZ(s, varianceS);
  return { result: { n, period, s, varianceS, z, pValue, tau: s / pairs, seasons }, reason: null };
}
