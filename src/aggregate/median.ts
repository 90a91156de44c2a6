import { requireArray } from "../internal/requireArray.js";
import { quantile } from "./quantile.js";

/**
 * Returns the median of a list of numbers (the type 7 quantile at 0.5), or `null` when the list is empty.
 *
 * @remarks
 * For an even count this is the mean of the two middle values (docs/conventions.md#aggregation). The input is not mutated.
 *
 * @param values - Finite numbers in any order.
 * @returns The median, or `null` for an empty list.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path `[]`)
 * when `values` is not an array.
 *
 * @example
 * ```ts
 * median([7, 1, 3, 10]);
 * //=> 5
 * ```
 *
 * @category Aggregate
 */
export function median(values: readonly number[]): number | null {
  // One test only, and only the failing call builds a message: median runs in roll-up loops.
  if (!Array.isArray(values)) requireArray(values, "median", "values");
  return quantile(values, 0.5);
}
