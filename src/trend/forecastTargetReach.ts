import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import { holtLinear } from "./holtLinear.js";
import { fitLinear } from "./_lib/fitLinear.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

/**
 * The forecast method of {@link forecastTargetReach}.
 *
 * - `linear` — the least-squares line of {@link linearTrend} (needs 2 points).
 * - `holt` — Holt's linear method of {@link holtLinear} (contiguous series only).
 *
 * @category Trend
 */
export type ForecastMethod = "linear" | "holt";

/**
 * The target a forecast is checked against, in the shape of a KPI target's `kind` and values (a `Target` from the
 * model can be passed as it is).
 *
 * - `at_least` — met when the value is ≥ `value`.
 * - `at_most` — met when the value is ≤ `value`.
 * - `between` — met when `lo` ≤ value ≤ `hi` (the band itself; a tolerance does not widen it).
 *
 * @category Trend
 */
export type ForecastTarget =
  | { readonly kind: "at_least"; readonly value: number }
  | { readonly kind: "at_most"; readonly value: number }
  | { readonly kind: "between"; readonly lo: number; readonly hi: number };

/**
 * The target to reach and the horizon, in {@link forecastTargetReach}.
 *
 * @category Trend
 */
export interface ForecastGoal {
  /** The target. */
  readonly target: ForecastTarget;
  /** The period index the question is asked for: reached by it, and met at it (after the last observed index). */
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
 * Whether, and when, a forecast reaches a target, and whether it still meets it at the horizon.
 *
 * @category Trend
 */
export interface ForecastTargetReach {
  /** The method used. */
  readonly method: ForecastMethod;
  /** The last observed period index; the forecast periods are `lastIndex + 1 … byIndex`. */
  readonly lastIndex: number;
  /** Whether the last observed value already meets the target. */
  readonly metAtLastObservation: boolean;
  /** "Reached by": whether the forecast meets the target at some period in `lastIndex + 1 … byIndex`. */
  readonly reached: boolean;
  /** The first forecast period that meets the target, or `null` when none up to `byIndex` does. */
  readonly firstMetIndex: number | null;
  /**
   * The last forecast period up to `byIndex` that meets the target, or `null`. The forecast is a straight line, so
   * the periods that meet the target are exactly `firstMetIndex … lastMetIndex`.
   */
  readonly lastMetIndex: number | null;
  /** "Met at": whether the forecast meets the target at `byIndex` itself. */
  readonly metAtByIndex: boolean;
  /** The forecast value at `byIndex`. */
  readonly valueAtByIndex: number;
  /** The forecast's change per period (the line's slope or Holt's final trend). */
  readonly slopePerPeriod: number;
}

/**
 * Returns whether a series' forecast reaches a target by a period index ("reached by"), the first and last forecast
 * periods that meet it, and whether it meets it at that index ("met at").
 *
 * @remarks
 * Both methods forecast on a straight line, value(i) = base + slope·(i − anchor): the least-squares line (from 2
 * observed points), or Holt's L + h·T after the last observed index. On a line the periods that meet a target form
 * one run, so "reached by" and "met at" differ only when the line leaves the target again before `byIndex`: a line
 * that starts above an `at_least` target and falls, or one that crosses a `between` band. The run's ends are found
 * in closed form, from the real crossing points, and checked against the forecast values on both sides, so no loop
 * runs over the horizon.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param goal - The target and the period index to ask about.
 * @param options - See {@link ForecastTargetReachOptions}.
 * @returns The answer, or `null` with the forecast method's reason (`too_few_points`, `not_contiguous`).
 * @throws {@link KpiError} `invalid_argument` for a `byIndex` that is not an integer after the last observed index,
 *   an unknown target kind (path `["target", "kind"]`) or method (path `["method"]`), a band with `lo > hi` (path `["target", "hi"]`), or a bad series index, and for
 *   missing or wrong-shaped arguments: a series that is not an array (path `[]`) or has a point that is not an object
 *   (path `[i]`), a `goal` or `options` that is not an object (path `[]`), a target that is not an object (path
 *   `["target"]`); `non_finite` for a non-finite target value (path `["target", "value"]`, `["target", "lo"]` or
 *   `["target", "hi"]`) or series value.
 *
 * @example
 * ```ts
 * const series = [0, 1, 2, 3].map((index) => ({ index, value: 10 + 2 * index }));
 * // The line is 10 + 2·i: 24 at i = 7, 26 at i = 8, 30 at i = 10, 32 at i = 11.
 * const atLeast = forecastTargetReach(series, { target: { kind: "at_least", value: 25 }, byIndex: 12 });
 * [atLeast.result?.firstMetIndex, atLeast.result?.metAtByIndex];
 * //=> [8, true]
 * // A band is entered at 8 and left after 10: reached by 12, but not met at 12.
 * const band = forecastTargetReach(series, { target: { kind: "between", lo: 25, hi: 30 }, byIndex: 12 });
 * [band.result?.reached, band.result?.firstMetIndex, band.result?.lastMetIndex, band.result?.metAtByIndex];
 * //=> [true, 8, 10, false]
 * ```
 *
 * @category Trend
 */
export function forecastTargetReach(
  series: readonly SeriesPoint[],
  goal: ForecastGoal,
  options: ForecastTargetReachOptions = {},
): TrendOutcome<ForecastTargetReach> {
  requireObject(goal, "forecastTargetReach", "goal");
  requireObject(options, "forecastTargetReach", "options");
  const method = options.method ?? "linear";
  requireOneOf(method, ["linear", "holt"], "forecastTargetReach", "method", ["method"]);
  const { low, high } = targetBounds(goal.target);
  const byIndex = goal.byIndex;
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
      if (prepared.n < 2) return { result: null, reason: "too_few_points", needed: 2 };
      const fit = fitLinear(prepared);
      base = fit.intercept;
      slope = fit.slope;
      anchor = fit.firstIndex;
      lastIndex = prepared.index[prepared.n - 1] as number;
      lastValue = prepared.value[prepared.n - 1] as number;
      break;
    }
    case "holt": {
      // Checked here first, so that a bad series is reported as forecastTargetReach's, not holtLinear's.
      const prepared = prepareSeries(series, "forecastTargetReach");
      const outcome = holtLinear(series, { alpha: options.alpha, beta: options.beta, horizon: 0 });
      if (outcome.result === null) return outcome;
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
  const meets = (value: number): boolean => value >= low && value <= high;
  const at = (index: number): number => base + slope * (index - anchor);
  const start = lastIndex + 1;
  let firstMetIndex: number | null = null;
  let lastMetIndex: number | null = null;
  if (slope === 0) {
    if (meets(base)) {
      firstMetIndex = start;
      lastMetIndex = byIndex;
    }
  } else {
    // The real indices where the line is within [low, high]; an infinite bound stays infinite.
    const a = anchor + (low - base) / slope;
    const b = anchor + (high - base) / slope;
    const realFirst = slope > 0 ? a : b;
    const realLast = slope > 0 ? b : a;
    let first = clampIndex(Math.ceil(realFirst), start, byIndex);
    let last = clampIndex(Math.floor(realLast), start, byIndex);
    // Settle rounding: the met periods are one run, so step each end until the values on both sides agree.
    while (first > start && meets(at(first - 1))) first--;
    while (first <= byIndex && !meets(at(first)) && first <= last) first++;
    while (last < byIndex && meets(at(last + 1))) last++;
    while (last >= first && !meets(at(last))) last--;
    if (first <= last && meets(at(first))) {
      firstMetIndex = first;
      lastMetIndex = last;
    }
  }
  const valueAtByIndex = at(byIndex);
  return {
    result: {
      method,
      lastIndex,
      metAtLastObservation: meets(lastValue),
      reached: firstMetIndex !== null,
      firstMetIndex,
      lastMetIndex,
      metAtByIndex: meets(valueAtByIndex),
      valueAtByIndex,
      slopePerPeriod: slope,
    },
    reason: null,
  };
}

function clampIndex(i: number, start: number, end: number): number {
  if (Number.isNaN(i)) return start;
  return Math.min(end, Math.max(start, i));
}

// The closed interval [low, high] of values that meet the target.
function targetBounds(target: ForecastTarget): { low: number; high: number } {
  if (typeof target !== "object" || target === null) {
    throw new KpiError("invalid_argument", "forecastTargetReach: target must be an at_least, at_most or between target", {
      path: ["target"],
    });
  }
  const finite = (value: unknown, field: string): number => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new KpiError("non_finite", `forecastTargetReach: target.${field} must be a finite number`, {
        path: ["target", field],
      });
    }
    return value;
  };
  const kind = target.kind;
  requireOneOf(kind, ["at_least", "at_most", "between"], "forecastTargetReach", "target.kind", ["target", "kind"]);
  switch (kind) {
    case "at_least":
      return { low: finite(target.value, "value"), high: Infinity };
    case "at_most":
      return { low: -Infinity, high: finite(target.value, "value") };
    case "between": {
      const lo = finite(target.lo, "lo");
      const hi = finite(target.hi, "hi");
      if (lo > hi) {
        throw new KpiError("invalid_argument", "forecastTargetReach: a band's lo must not exceed its hi", {
          path: ["target", "hi"],
        });
      }
      return { low: lo, high: hi };
    }
    default:
      throw new KpiError("invalid_argument", "forecastTargetReach: target.kind must be at_least, at_most or between", {
        path: ["target", "kind"],
      });
  }
}
