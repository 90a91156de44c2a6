// The arithmetic of merging two partial aggregates, field by field: one definition for `mergePartials` (objects) and
// the columnar roll-up (`rollUpColumns`), so that both give the same doubles to the last bit.
import { mergeSketches } from "../mergeSketches.js";
import type { QuantileSketch } from "../quantileSketch.js";

/**
 * The mean of two groups of values together, from their counts and means (Chan, Golub and LeVeque, 1979): 0 with no
 * values, the other side's mean when one side has none.
 *
 * @example
 * ```ts
 * mergedMean(1, 1, 1, 3);
 * //=> 2
 * ```
 */
export function mergedMean(aCount: number, aMean: number, bCount: number, bMean: number): number {
  const count = aCount + bCount;
  if (count === 0) return 0;
  return aCount === 0 ? bMean : bCount === 0 ? aMean : aMean + ((bMean - aMean) * bCount) / count;
}

/**
 * The sum of squared deviations of two groups of values together: `m2_a + m2_b + δ²·n_a·n_b/n` with
 * `δ = mean_b − mean_a` (numerically stable).
 *
 * @example
 * ```ts
 * mergedM2(1, 1, 0, 1, 3, 0);
 * //=> 2
 * ```
 */
export function mergedM2(aCount: number, aMean: number, aM2: number, bCount: number, bMean: number, bM2: number): number {
  let m2 = aM2 + bM2;
  if (aCount > 0 && bCount > 0) {
    const delta = bMean - aMean;
    m2 += (delta * delta * aCount * bCount) / (aCount + bCount);
  }
  return m2;
}

/**
 * Whether b's (instant, value) replaces a's as the `first` (`sign` = −1) or `last` (`sign` = 1) of the merged group:
 * the earlier (later) instant, and at equal instants the larger value; a side without one (`null`) never wins.
 *
 * @example
 * ```ts
 * [takesEnd(5, 1, 3, 0, -1), takesEnd(5, 1, 5, 2, 1), takesEnd(null, null, 5, 2, 1)];
 * //=> [true, true, true]
 * ```
 */
export function takesEnd(aAt: number | null, aValue: number | null, bAt: number | null, bValue: number | null, sign: number): boolean {
  if (bAt === null || bValue === null) return false;
  if (aAt === null || aValue === null) return true;
  return sign * (bAt - aAt) > 0 || (bAt === aAt && bValue > aValue);
}

/**
 * The first merged sum, in this order, that left the range of a double, or `null` when all are finite (the
 * `overflow` check of a merge, docs/conventions.md#overflow).
 *
 * @example
 * ```ts
 * [overflowedField(1, 0, 1, 0, 0, 1, 1), overflowedField(1, 0, 1, Infinity, 0, 1, 1)];
 * //=> [null, "numeratorSum"]
 * ```
 */
export function overflowedField(
  sum: number, m2: number, mean: number, numeratorSum: number, denominatorSum: number, weightSum: number, weightedSum: number,
): string | null {
  return sum - sum !== 0 ? "sum"
    : m2 - m2 !== 0 ? "m2"
    : mean - mean !== 0 ? "mean"
    : numeratorSum - numeratorSum !== 0 ? "numeratorSum"
    : denominatorSum - denominatorSum !== 0 ? "denominatorSum"
    : weightSum - weightSum !== 0 ? "weightSum"
    : weightedSum - weightedSum !== 0 ? "weightedSum"
    : null;
}

/**
 * The quantile sketch of two groups together: both sketches merged; one side's sketch when the other side has no
 * values; else none (a side with values but no sketch makes the merged group keep none).
 *
 * @throws {@link KpiError} `invalid_argument` (path `["relativeAccuracy"]`) for sketches of different accuracy
 * (`mergeSketches`).
 *
 * @example
 * ```ts
 * const sketch = createQuantileSketch([2, 5]);
 * [mergedSketch(sketch, 0, null, 0) === sketch, mergedSketch(null, 0, sketch, 2) === sketch, mergedSketch(sketch, 0, null, 2)];
 * //=> [true, true, null]
 * ```
 */
export function mergedSketch(a: QuantileSketch | null, aCount: number, b: QuantileSketch | null, bCount: number): QuantileSketch | null {
  if (a !== null && b !== null) return mergeSketches(a, b);
  if (a !== null && bCount === 0) return a;
  if (b !== null && aCount === 0) return b;
  return null;
}
