import { KpiError } from "../errors.js";
import { checkFiniteValues } from "./_lib/checkFiniteValues.js";
import { quantileOfSorted } from "./_lib/quantileOfSorted.js";

/**
 * Returns the p-quantile of a list of numbers by linear interpolation (Hyndman–Fan type 7), or `null` when empty.
 *
 * @remarks
 * docs/conventions.md#aggregation: type 7 is R's default, numpy's `linear` and Excel's `PERCENTILE.INC`. With the values sorted as
 * `x[0] ≤ … ≤ x[n−1]`, `h = (n − 1)·p` and the result is `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`. So `p = 0` is the
 * minimum, `p = 1` the maximum and `p = 0.5` the median. The input is not mutated (a sorted copy is used).
 * Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", *The American Statistician* 50(4).
 *
 * @param values - Finite numbers in any order.
 * @param p - The probability, from 0 to 1 inclusive.
 * @returns The quantile, or `null` for an empty list.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path
 * `["p"]`) when `p` is not a number in [0, 1].
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95);
 * //=> 9.55
 * ```
 *
 * @category Aggregate
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new KpiError("invalid_argument", `quantile: p must be a number from 0 to 1, not ${String(p)}`, { path: ["p"] });
  }
  checkFiniteValues(values, "quantile");
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return quantileOfSorted(sorted, p);
}
