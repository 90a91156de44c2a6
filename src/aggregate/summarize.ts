import { requireArray } from "../internal/requireArray.js";
import { checkFiniteValues } from "./_lib/checkFiniteValues.js";
import { quantileOfSorted } from "./_lib/quantileOfSorted.js";

/**
 * The descriptive statistics of a list of numbers, as {@link summarize} returns them.
 *
 * @category Aggregate
 */
export interface Summary {
  /** How many values. */
  readonly count: number;
  /** Their sum. */
  readonly sum: number;
  /** Their arithmetic mean. */
  readonly mean: number;
  /** The smallest value. */
  readonly min: number;
  /** The largest value. */
  readonly max: number;
  /** The median (type 7 quantile at 0.5). */
  readonly median: number;
  /** The population standard deviation (divides by n); 0 for one value. */
  readonly populationSd: number;
  /** The sample standard deviation (divides by n − 1); `null` for one value. */
  readonly sampleSd: number | null;
}

/**
 * Returns the count, sum, mean, min, max, median and standard deviations of a list of numbers, or `null` when empty.
 *
 * @remarks
 * Conventions of docs/conventions.md#aggregation: the median is the type 7 quantile at 0.5; the sample standard deviation needs n ≥ 2.
 * The mean and deviations use two passes (mean first, then squared deviations). The input is not mutated.
 *
 * @param values - Finite numbers.
 * @returns A {@link Summary}, or `null` for an empty list.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path `[]`)
 * when `values` is not an array.
 *
 * @example
 * ```ts
 * summarize([2, 4, 4, 4, 5, 5, 7, 9]);
 * //=> { count: 8, sum: 40, mean: 5, min: 2, max: 9, median: 4.5, populationSd: 2, sampleSd: 2.138089935299395 }
 * ```
 *
 * @category Aggregate
 */
export function summarize(values: readonly number[]): Summary | null {
  requireArray(values, "summarize", "values");
  checkFiniteValues(values, "summarize");
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (sorted[i] as number) - mean;
    squares += d * d;
  }
  return {
    count: n,
    sum,
    mean,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    median: quantileOfSorted(sorted, 0.5) as number,
    populationSd: Math.sqrt(squares / n),
    sampleSd: n < 2 ? null : Math.sqrt(squares / (n - 1)),
  };
}
