import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";

/** Options for {@link holtLinear}. */
export interface HoltLinearOptions {
  /**
   * The level smoothing parameter α in [0, 1]; when omitted it is fitted.
   * @defaultValue fitted by least one-step squared error
   */
  readonly alpha?: number | undefined;
  /**
   * The trend smoothing parameter β in [0, 1]; when omitted it is fitted.
   * @defaultValue fitted by least one-step squared error
   */
  readonly beta?: number | undefined;
  /**
   * How many periods after the last observed one to forecast, an integer ≥ 0.
   * @defaultValue 1
   */
  readonly horizon?: number | undefined;
}

/**
 * A forecast value at a period index.
 *
 * @category Trend
 */
export interface ForecastPoint {
  /** The period index. */
  readonly index: number;
  /** The forecast value. */
  readonly value: number;
}

/**
 * Holt's linear exponential smoothing of a series, with its forecasts.
 *
 * @category Trend
 */
export interface HoltLinear {
  /** Observed points smoothed. */
  readonly n: number;
  /** The level smoothing parameter used. */
  readonly alpha: number;
  /** The trend smoothing parameter used. */
  readonly beta: number;
  /** Whether α was given or fitted. */
  readonly alphaSource: "given" | "fitted";
  /** Whether β was given or fitted. */
  readonly betaSource: "given" | "fitted";
  /** The smoothed level at the last observed period. */
  readonly level: number;
  /** The smoothed trend per period at the last observed period. */
  readonly trendPerPeriod: number;
  /** The last observed period index; forecast h is at `lastIndex + h`. */
  readonly lastIndex: number;
  /** The sum of squared one-step-ahead errors over periods 1..n−1. */
  readonly sse: number;
  /** Forecasts for `lastIndex + 1` … `lastIndex + horizon`: level + h·trend. */
  readonly forecasts: readonly ForecastPoint[];
}

const GRID_STEP = 0.05;
const FIRST_REFINE_STEP = 0.025;
const LAST_REFINE_STEP = 1e-6;

// The sum of squared one-step errors of Holt's method, and the final level and trend in `out`.
function holtRun(y: readonly number[], alpha: number, beta: number, out?: number[]): number {
  const n = y.length;
  let level = y[0] as number;
  let trend = (y[1] as number) - level;
  let sse = 0;
  for (let t = 1; t < n; t++) {
    const forecast = level + trend;
    const observed = y[t] as number;
    const error = observed - forecast;
    sse += error * error;
    const nextLevel = alpha * observed + (1 - alpha) * forecast;
    trend = beta * (nextLevel - level) + (1 - beta) * trend;
    level = nextLevel;
  }
  if (out !== undefined) {
    out[0] = level;
    out[1] = trend;
  }
  return sse;
}

function resolveParameter(value: number | undefined, name: "alpha" | "beta"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new KpiError("invalid_argument", `holtLinear: ${name} must be a number in [0, 1]`, { path: [name] });
  }
  return value;
}

/**
 * Returns Holt's linear exponential smoothing of a contiguous series and its forecasts h periods ahead.
 *
 * @remarks
 * docs/conventions.md#trends-and-control-charts: L₀ = x₀, T₀ = x₁ − x₀; then Lₜ = α·xₜ + (1 − α)(Lₜ₋₁ + Tₜ₋₁) and
 * Tₜ = β(Lₜ − Lₜ₋₁) + (1 − β)Tₜ₋₁; the forecast h periods after the last is L + h·T. A parameter that is not given
 * is fitted by minimising the sum of squared one-step errors: a grid of step 0.05 over [0, 1] (both parameters
 * together when both are free; ties keep the first, smallest value), then a deterministic pattern search that
 * halves its step from 0.025 to 1e-6 and accepts only strict improvements. The series must be contiguous
 * (consecutive indices, no `null` between observed points; leading and trailing `null`s are ignored). Needs 2
 * observed points with both parameters given, else 3.
 *
 * @param series - The series; any order.
 * @param options - See {@link HoltLinearOptions}.
 * @returns The smoothing, or `null` with reason `too_few_points` or `not_contiguous`.
 * @throws {@link KpiError} `invalid_argument` for α or β outside [0, 1], a bad horizon, or a non-integer or
 *   duplicate index, and for missing or wrong-shaped arguments: a series that is not an array (path `[]`) or has a
 *   point that is not an object (path `[i]`), `options` that is not an object (path `[]`); `non_finite` for a value
 *   that is not a finite number.
 *
 * @example
 * ```ts
 * const out = holtLinear(
 *   [
 *     { index: 0, value: 10 },
 *     { index: 1, value: 12 },
 *     { index: 2, value: 13 },
 *   ],
 *   { alpha: 0.5, beta: 0.5, horizon: 2 },
 * );
 * // L₁ = 12, T₁ = 2; L₂ = 0.5·13 + 0.5·14 = 13.5, T₂ = 0.5·1.5 + 0.5·2 = 1.75
 * out.result?.forecasts;
 * //=> [{ index: 3, value: 15.25 }, { index: 4, value: 17 }]
 * ```
 *
 * @category Trend
 */
export function holtLinear(series: readonly SeriesPoint[], options: HoltLinearOptions = {}): TrendOutcome<HoltLinear> {
  requireObject(options, "holtLinear", "options");
  const givenAlpha = resolveParameter(options.alpha, "alpha");
  const givenBeta = resolveParameter(options.beta, "beta");
  const horizon = options.horizon ?? 1;
  if (typeof horizon !== "number" || !Number.isInteger(horizon) || horizon < 0 || horizon > 1_000_000) {
    throw new KpiError("invalid_argument", "holtLinear: horizon must be an integer from 0 to 1000000", {
      path: ["horizon"],
    });
  }
  const prepared = prepareSeries(series, "holtLinear");
  const n = prepared.n;
  const needed = givenAlpha !== undefined && givenBeta !== undefined ? 2 : 3;
  if (n < needed) return { result: null, reason: "too_few_points", needed };
  const first = prepared.index[0] as number;
  const lastIndex = prepared.index[n - 1] as number;
  if (lastIndex - first !== n - 1) return { result: null, reason: "not_contiguous", needed: null };
  const y = prepared.value;

  let alpha = givenAlpha ?? 0;
  let beta = givenBeta ?? 0;
  if (givenAlpha === undefined || givenBeta === undefined) {
    const alphaGrid = givenAlpha === undefined ? 1 / GRID_STEP : 0;
    const betaGrid = givenBeta === undefined ? 1 / GRID_STEP : 0;
    let best = Infinity;
    for (let i = 0; i <= alphaGrid; i++) {
      const a = givenAlpha ?? i * GRID_STEP;
      for (let j = 0; j <= betaGrid; j++) {
        const b = givenBeta ?? j * GRID_STEP;
        const sse = holtRun(y, a, b);
        if (sse < best) {
          best = sse;
          alpha = a;
          beta = b;
        }
      }
    }
    for (let step = FIRST_REFINE_STEP; step >= LAST_REFINE_STEP; step /= 2) {
      let improved = true;
      while (improved) {
        improved = false;
        const moves: readonly (readonly [number, number])[] = [
          [givenAlpha === undefined ? -step : 0, 0],
          [givenAlpha === undefined ? step : 0, 0],
          [0, givenBeta === undefined ? -step : 0],
          [0, givenBeta === undefined ? step : 0],
        ];
        for (const [da, db] of moves) {
          if (da === 0 && db === 0) continue;
          const a = Math.min(1, Math.max(0, alpha + da));
          const b = Math.min(1, Math.max(0, beta + db));
          const sse = holtRun(y, a, b);
          if (sse < best) {
            best = sse;
            alpha = a;
            beta = b;
            improved = true;
          }
        }
      }
    }
  }
  const state = [0, 0];
  const sse = holtRun(y, alpha, beta, state);
  const level = state[0] as number;
  const trendPerPeriod = state[1] as number;
  const forecasts: ForecastPoint[] = [];
  for (let h = 1; h <= horizon; h++) forecasts.push({ index: lastIndex + h, value: level + h * trendPerPeriod });
  return {
    result: {
      n,
      alpha,
      beta,
      alphaSource: givenAlpha === undefined ? "fitted" : "given",
      betaSource: givenBeta === undefined ? "fitted" : "given",
      level,
      trendPerPeriod,
      lastIndex,
      sse,
      forecasts,
    },
    reason: null,
  };
}
