import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { fitLinear } from "./_lib/fitLinear.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import { resolveConfidenceLevel } from "./_lib/resolveConfidenceLevel.js";
import type { SeriesPoint } from "./seriesPoint.js";
import { studentTQuantile } from "./_lib/studentTQuantile.js";
import type { TrendOutcome } from "./trendOutcome.js";

/** Options for {@link linearForecast}. */
export interface LinearForecastOptions {
  /**
   * The confidence level of the prediction interval, strictly between 0 and 1.
   * @defaultValue 0.95
   */
  readonly confidenceLevel?: number | undefined;
}

/**
 * A point forecast with its prediction interval.
 *
 * @category Trend
 */
export interface LinearForecast {
  /** The period index forecast. */
  readonly index: number;
  /** The point forecast on the least-squares line. */
  readonly value: number;
  /** The standard error of a new observation at `index`, s·√(1 + 1/n + (x₀ − x̄)²/Sxx); `null` with 2 points. */
  readonly standardError: number | null;
  /** The confidence level of the interval. */
  readonly level: number;
  /** The lower prediction bound; `null` with 2 points. */
  readonly lower: number | null;
  /** The upper prediction bound; `null` with 2 points. */
  readonly upper: number | null;
}

/**
 * Returns the least-squares forecast of a series at a period index, with its prediction interval.
 *
 * @remarks
 * Fits the line of {@link linearTrend} and evaluates it at `atIndex`. The prediction interval for a new observation
 * is value ± t·s·√(1 + 1/n + (x₀ − x̄)²/Sxx), with the two-sided Student t quantile for n − 2 degrees of freedom and
 * s the residual standard error. Any integer index is accepted (a past index gives the fitted value). Needs at least
 * 2 observed points for the value; with exactly 2 the residual error has no degree of freedom, so the standard
 * error and the bounds are `null` (docs/conventions.md#trends-and-control-charts).
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param atIndex - The integer period index to forecast, on the series' index scale.
 * @param options - See {@link LinearForecastOptions}.
 * @returns The forecast, or `null` with reason `too_few_points` (needed 2).
 * @throws {@link KpiError} `invalid_argument` for a non-integer `atIndex`, a non-integer or duplicate index or a bad
 *   `confidenceLevel`, and for missing or wrong-shaped arguments: a series that is not an array (path `[]`) or has a
 *   point that is not an object (path `[i]`), `options` that is not an object (path `[]`); `non_finite` for a value
 *   that is not a finite number.
 *
 * @example
 * ```ts
 * const out = linearForecast(
 *   [
 *     { index: 0, value: 1 },
 *     { index: 1, value: 3 },
 *     { index: 2, value: 2 },
 *     { index: 3, value: 5 },
 *   ],
 *   5,
 * );
 * out.result?.value;
 * //=> 6.6
 * ```
 *
 * @category Trend
 */
export function linearForecast(
  series: readonly SeriesPoint[],
  atIndex: number,
  options: LinearForecastOptions = {},
): TrendOutcome<LinearForecast> {
  requireObject(options, "linearForecast", "options");
  const level = resolveConfidenceLevel(options.confidenceLevel, "linearForecast");
  if (typeof atIndex !== "number" || !Number.isInteger(atIndex)) {
    throw new KpiError("invalid_argument", "linearForecast: atIndex must be an integer period index", {
      path: ["atIndex"],
    });
  }
  const prepared = prepareSeries(series, "linearForecast");
  if (prepared.n < 2) return { result: null, reason: "too_few_points", needed: 2 };
  const fit = fitLinear(prepared);
  const x0 = atIndex - fit.firstIndex;
  const value = fit.intercept + fit.slope * x0;
  if (fit.n === 2) {
    return { result: { index: atIndex, value, standardError: null, level, lower: null, upper: null }, reason: null };
  }
  const s = Math.sqrt(fit.sse / (fit.n - 2));
  const dx = x0 - fit.meanX;
  const standardError = s * Math.sqrt(1 + 1 / fit.n + (dx * dx) / fit.sxx);
  const halfWidth = studentTQuantile(level, fit.n - 2) * standardError;
  return {
    result: { index: atIndex, value, standardError, level, lower: value - halfWidth, upper: value + halfWidth },
    reason: null,
  };
}
