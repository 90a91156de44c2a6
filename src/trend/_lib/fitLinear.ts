import type { PreparedSeries } from "./prepareSeries.js";

/** An ordinary least-squares fit of value on period index (internal to `trend/`). */
export interface LinearFit {
  readonly n: number;
  /** The first observed period index; x = index − firstIndex. */
  readonly firstIndex: number;
  readonly slope: number;
  /** The fitted value at x = 0 (the first observed period). */
  readonly intercept: number;
  /** Mean of x = index − firstIndex. */
  readonly meanX: number;
  /** Σ (x − x̄)². */
  readonly sxx: number;
  /** Σ (y − ȳ)². */
  readonly syy: number;
  /** Σ (x − x̄)(y − ȳ). */
  readonly sxy: number;
  /** Σ residual². */
  readonly sse: number;
}

/**
 * Fits y = intercept + slope·(index − firstIndex) by ordinary least squares, with centred sums (internal).
 *
 * @remarks
 * Two passes (means, then centred sums) and a third for the residuals, for accuracy with large indices or
 * values. Needs n ≥ 2 observed points (the caller checks); indices are distinct, so Sxx > 0.
 *
 * @param series - Prepared observed points.
 * @returns The fit.
 *
 * @example
 * ```ts
 * fitLinear({ n: 3, index: [0, 1, 2], value: [1, 3, 5] }).slope;
 * //=> 2
 * ```
 */
export function fitLinear(series: PreparedSeries): LinearFit {
  const { n, index, value } = series;
  const firstIndex = index[0] as number;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += (index[i] as number) - firstIndex;
    sumY += value[i] as number;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (index[i] as number) - firstIndex - meanX;
    const dy = (value[i] as number) - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = (value[i] as number) - meanY - slope * ((index[i] as number) - firstIndex - meanX);
    sse += r * r;
  }
  return { n, firstIndex, slope, intercept, meanX, sxx, syy, sxy, sse };
}
