import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { holtLinear } from "./holtLinear.js";
import { fitLinear } from "./linearFit.js";
import { prepareSeries } from "./prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

/**
 * The forecast method of {@link forecastTargetReach}.
 *
 * - `linear` — the least-squares line of {@link linearTrend} (needs 3 points).
 * - `holt` — Holt's linear method of {@link holtLinear} (contiguous series only).
 *
 * @category Trend
 */
export type ForecastMethod = "linear" | "holt";

/**
 * The target to reach, in {@link forecastTargetReach}.
 *
 * @category Trend
 */
export interface ForecastGoal {
  /** The target value. */
  readonly target: number;
  /** `higher_is_better`: reached when value ≥ target; `lower_is_better`: when value ≤ target. */
  readonly direction: "higher_is_better" | "lower_is_better";
  /** The last period index by which the target should be reached (after the last observed index). */
  readonly byIndex: number;
}

/** Options for {@link forecastTargetReach}. */
export interface ForecastTargetReachOptions {
  /**
   * The forecast method.
   * @defaultValue "linear"
   */
  readonly method?: ForecastMethod | undefined;
  /**
   * Holt's α, for `method: "holt"` (fitted when omitted).
   * @defaultValue fitted
   */
  readonly alpha?: number | undefined;
  /**
   * Holt's β, for `method: "holt"` (fitted when omitted).
   * @defaultValue fitted
   */
  readonly beta?: number | undefined;
}

/**
 * Whether, and when, a forecast reaches a target.
 *
 * @category Trend
 */
export interface ForecastTargetReach {
  /** The method used. */
  readonly method: ForecastMethod;
  /** The last observed period index; the search starts at the next one. */
  readonly lastIndex: number;
  /** Whether the last observed value already meets the target. */
  readonly metAtLastObservation: boolean;
  /** Whether the forecast meets the target at some index in `lastIndex + 1 … byIndex`. */
  readonly reached: boolean;
  /** The first such index, or `null`. */
  readonly firstIndex: number | null;
  /** The forecast value at `byIndex`. */
  readonly valueAtByIndex: number;
  /** The forecast's change per period (the line's slope or Holt's final trend). */
  readonly slopePerPeriod: number;
}

/**
 * Returns whether a series' forecast reaches a target by a given period index, and the first index at which it does.
 *
 * @remarks
 * Both methods forecast on a straight line, value(i) = base + slope·(i − anchor): the least-squares line, or Holt's
 * L + h·T after the last observed index. The first index in `lastIndex + 1 … byIndex` where the forecast meets the
 * target (≥ for `higher_is_better`, ≤ for `lower_is_better`) is found in closed form and checked against the
 * forecast values on both sides, so no loop runs over the horizon.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param goal - The target, its direction and the index to reach it by.
 * @param options - See {@link ForecastTargetReachOptions}.
 * @returns The answer, or `null` with the forecast method's reason (`too_few_points`, `not_contiguous`).
 * @throws {@link KpiError} `invalid_argument` for a `byIndex` that is not an integer after the last observed index,
 *   an unknown direction or method, or a bad series index; `non_finite` for a non-finite target or value.
 *
 * @example
 * ```ts
 * const series = [0, 1, 2, 3].map((index) => ({ index, value: 10 + 2 * index }));
 * const out = forecastTargetReach(series, { target: 25, direction: "higher_is_better", byIndex: 12 });
 * // The line is 10 + 2·i: 24 at i = 7, 26 at i = 8.
 * out.result?.firstIndex;
 * //=> 8
 * ```
 *
 * @category Trend
 */
export function forecastTargetReach(
  series: readonly SeriesPoint[],
  goal: ForecastGoal,
  options: ForecastTargetReachOptions = {},
): TrendOutcome<ForecastTargetReach> {
  const method = options.method ?? "linear";
  const { target, direction, byIndex } = goal;
  if (typeof target !== "number" || !Number.isFinite(target)) {
    throw new KpiError("non_finite", "forecastTargetReach: target must be a finite number", { path: ["target"] });
  }
  if (direction !== "higher_is_better" && direction !== "lower_is_better") {
    throw new KpiError(
      "invalid_argument",
      "forecastTargetReach: direction must be higher_is_better or lower_is_better",
      { path: ["direction"] },
    );
  }
  if (typeof byIndex !== "number" || !Number.isInteger(byIndex)) {
    throw new KpiError("invalid_argument", "forecastTargetReach: byIndex must be an integer period index", {
      path: ["byIndex"],
    });
  }
  let base: number;
  let slope: number;
  let anchor: number;
  let lastIndex: number;
  let lastValue: number;
  switch (method) {
    case "linear": {
      const prepared = prepareSeries(series, "forecastTargetReach");
      if (prepared.n < 3) return { result: null, reason: "too_few_points", needed: 3 };
      const fit = fitLinear(prepared);
      base = fit.intercept;
      slope = fit.slope;
      anchor = fit.firstIndex;
      lastIndex = prepared.index[prepared.n - 1] as number;
      lastValue = prepared.value[prepared.n - 1] as number;
      break;
    }
    case "holt": {
      const outcome = holtLinear(series, { alpha: options.alpha, beta: options.beta, horizon: 0 });
      if (outcome.result === null) return outcome;
      const prepared = prepareSeries(series, "forecastTargetReach");
      base = outcome.result.level;
      slope = outcome.result.trendPerPeriod;
      anchor = outcome.result.lastIndex;
      lastIndex = outcome.result.lastIndex;
      lastValue = prepared.value[prepared.n - 1] as number;
      break;
    }
    default:
      return assertNever(method, "forecastTargetReach: method");
  }
  if (byIndex <= lastIndex) {
    throw new KpiError(
      "invalid_argument",
      `forecastTargetReach: byIndex ${byIndex} is not after the last observed index ${lastIndex}`,
      { path: ["byIndex"] },
    );
  }
  const sign = direction === "higher_is_better" ? 1 : -1;
  const meets = (value: number): boolean => sign * (value - target) >= 0;
  const at = (index: number): number => base + slope * (index - anchor);
  const start = lastIndex + 1;
  let firstIndex: number | null = null;
  if (meets(at(start))) {
    firstIndex = start;
  } else if (sign * slope > 0) {
    // Moving toward the target: solve base + slope·(i − anchor) = target, then settle on integers.
    let candidate = Math.max(start, Math.ceil(anchor + (target - base) / slope));
    while (candidate > start && meets(at(candidate - 1))) candidate--;
    while (candidate <= byIndex && !meets(at(candidate))) candidate++;
    if (candidate <= byIndex) firstIndex = candidate;
  }
  return {
    result: {
      method,
      lastIndex,
      metAtLastObservation: meets(lastValue),
      reached: firstIndex !== null,
      firstIndex,
      valueAtByIndex: at(byIndex),
      slopePerPeriod: slope,
    },
    reason: null,
  };
}
