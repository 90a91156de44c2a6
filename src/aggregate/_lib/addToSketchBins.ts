/**
 * Mutable bins of a quantile sketch while it is being filled (internal to kpi-kit's aggregate functions).
 */
export interface SketchBins {
  count: number;
  zeroCount: number;
  positive: Record<string, number>;
  negative: Record<string, number>;
}

/**
 * Adds `times` copies of a finite value to mutable sketch bins, given `1 / ln γ` of the sketch.
 *
 * @remarks
 * Internal: the public functions build a {@link SketchBins} privately, fill it with this, and freeze the result.
 *
 * @param bins - The bins to fill (mutated).
 * @param value - A finite value.
 * @param inverseLogGamma - `1 / ln γ` with `γ = (1 + α)/(1 − α)`.
 * @param times - How many copies (a count ≥ 0).
 *
 * @example
 * ```ts
 * const bins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
 * addToSketchBins(bins, 1, 1 / Math.log(1.01 / 0.99), 2);
 * bins.positive;
 * //=> { "0": 2 }
 * ```
 */
export function addToSketchBins(bins: SketchBins, value: number, inverseLogGamma: number, times: number): void {
  bins.count += times;
  if (value === 0) {
    bins.zeroCount += times;
    return;
  }
  const store = value > 0 ? bins.positive : bins.negative;
  const key = String(Math.ceil(Math.log(Math.abs(value)) * inverseLogGamma));
  store[key] = (store[key] ?? 0) + times;
}
