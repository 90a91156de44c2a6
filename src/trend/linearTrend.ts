import { requireObject } from "../internal/requireObject.js";
import { fitLinear } from "./_lib/fitLinear.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import { resolveConfidenceLevel } from "./_lib/resolveConfidenceLevel.js";
import type { SeriesPoint } from "./seriesPoint.js";
import { studentTQuantile } from "./_lib/studentTQuantile.js";
import type { TrendOutcome } from "./trendOutcome.js";

/** Options for {@link linearTrend}. */
export interface LinearTrendOptions {
  /**
   * The confidence level of the slope's interval, strictly between 0 and 1.
   * @defaultValue 0.95
   */
  readonly confidenceLevel?: number | undefined;
}

/**
 * A confidence interval.
 *
 * @category Trend
 */
export interface ConfidenceInterval {
  /** The confidence level, e.g. `0.95`. */
  readonly level: number;
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
}

/**
 * The ordinary least-squares trend line of a series.
 *
 * @category Trend
 */
export interface LinearTrend {
  /** How many observed points were fitted. */
  readonly n: number;
  /** The period index of the first observed point, where {@link LinearTrend.intercept} is. */
  readonly firstIndex: number;
  /** Change in value per period. */
  readonly slopePerPeriod: number;
  /** The fitted value at the first observed period. */
  readonly intercept: number;
  /**
   * Coefficient of determination in [0, 1]; `null` when all values are equal or with 2 points (a line through two
   * points fits them exactly whatever they are, so r² says nothing).
   */
  readonly rSquared: number | null;
  /** The standard error of the slope, √(SSE/(n−2)/Sxx); `null` with 2 points (no degree of freedom). */
  readonly slopeStandardError: number | null;
  /**
   * The slope's confidence interval, slope ± t·SE with the Student t quantile for n − 2 degrees of freedom; `null`
   * with 2 points.
   */
  readonly slopeConfidenceInterval: ConfidenceInterval | null;
  /** The residual standard error, √(SSE/(n−2)); `null` with 2 points. */
  readonly residualStandardError: number | null;
  /** n − 2 (0 with 2 points). */
  readonly degreesOfFreedom: number;
}

/**
 * Returns the ordinary least-squares line of a series on its period index, with r², the slope's standard error and
 * confidence interval.
 *
 * @remarks
 * x is the period index minus the first observed index (docs/conventions.md#trends-and-control-charts), so the intercept is the fitted value at the
 * first observed period and gaps keep their distance. Sums are centred (two-pass) for accuracy. r² = Sxy²/(Sxx·Syy),
 * `null` when all values are equal (Syy = 0). The interval uses the two-sided Student t quantile with n − 2 degrees
 * of freedom, computed to about 1e-13 relative (exact series of Abramowitz & Stegun 26.7.3–4 with Newton's method).
 * Needs at least 2 observed points for the slope and intercept (docs/conventions.md#trends-and-control-charts); with
 * exactly 2 the error has no degree of freedom, so r², the standard errors and the interval are `null`.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param options - See {@link LinearTrendOptions}.
 * @returns The fit, or `null` with reason `too_few_points` (needed 2).
 * @throws {@link KpiError} `invalid_argument` for a non-integer or duplicate index or a bad `confidenceLevel`, and for
 *   missing or wrong-shaped arguments: a series that is not an array (path `[]`) or has a point that is not an
 *   object (path `[i]`), `options` that is not an object (path `[]`); `non_finite` for a value that is not a finite
 *   number.
 *
 * @example
 * ```ts
 * const out = linearTrend([
 *   { index: 0, value: 1 },
 *   { index: 1, value: 3 },
 *   { index: 2, value: 2 },
 *   { index: 3, value: 5 },
 * ]);
 * out.result?.slopePerPeriod;
 * //=> 1.1
 * out.result?.intercept;
 * //=> 1.1
 * const two = linearTrend([{ index: 0, value: 1 }, { index: 2, value: 5 }]).result;
 * [two?.slopePerPeriod, two?.rSquared, two?.slopeConfidenceInterval];
 * //=> [2, null, null]
 * ```
 *
 * @category Trend
 */
export function linearTrend(
  series: readonly SeriesPoint[],
  options: LinearTrendOptions = {},
): TrendOutcome<LinearTrend> {
  requireObject(options, "linearTrend", "options");
  const level = resolveConfidenceLevel(options.confidenceLevel, "linearTrend");
  const prepared = prepareSeries(series, "linearTrend");
  if (prepared.n < 2) return { result: null, reason: "too_few_points", needed: 2 };
  const fit = fitLinear(prepared);
  const df = fit.n - 2;
  if (df === 0) {
    return {
      result: {
        n: fit.n,
        firstIndex: fit.firstIndex,
        slopePerPeriod: fit.slope,
        intercept: fit.intercept,
        rSquared: null,
        slopeStandardError: null,
        slopeConfidenceInterval: null,
        residualStandardError: null,
        degreesOfFreedom: 0,
      },
      reason: null,
    };
  }
  const rSquared = fit.syy > 0 ? Math.min(1, (fit.sxy * fit.sxy) / (fit.sxx * fit.syy)) : null;
  const residualStandardError = Math.sqrt(fit.sse / df);
  const slopeStandardError = residualStandardError / Math.sqrt(fit.sxx);
  const halfWidth = studentTQuantile(level, df) * slopeStandardError;
  return {
    result: {
      n: fit.n,
      firstIndex: fit.firstIndex,
      slopePerPeriod: fit.slope,
      intercept: fit.intercept,
      rSquared,
      slopeStandardError,
      slopeConfidenceInterval: { level, lower: fit.slope - halfWidth, upper: fit.slope + halfWidth },
      residualStandardError,
      degreesOfFreedom: df,
    },
    reason: null,
  };
}
