import { assertNever } from "../internal/assertNever.js";
import { KpiError } from "../errors.js";
import { checkFiniteValues } from "./checkFiniteValues.js";

/** Options for {@link standardDeviation}. @category Aggregate */
export interface StandardDeviationOptions {
  /**
   * `population` divides the sum of squared deviations by `n`; `sample` by `n − 1` (Bessel's correction).
   * @defaultValue "sample"
   */
  readonly kind?: "population" | "sample" | undefined;
}

/**
 * Returns the sample (default) or population standard deviation of a list of numbers, or `null` when undefined.
 *
 * @remarks
 * Two passes: the mean first, then the sum of squared deviations from it, which is exact for data whose spread is
 * small next to its mean (no cancellation of large sums of squares). docs/conventions.md#aggregation: a sample standard deviation needs
 * n ≥ 2 (`null` for one value); the population standard deviation of one value is 0; both are `null` when empty.
 *
 * @param values - Finite numbers.
 * @param options - See {@link StandardDeviationOptions}.
 * @returns The standard deviation, or `null`.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path
 * `["kind"]`) for an unknown kind.
 *
 * @example
 * ```ts
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { kind: "population" });
 * //=> 2
 * ```
 *
 * @category Aggregate
 */
export function standardDeviation(values: readonly number[], options: StandardDeviationOptions = {}): number | null {
  const kind = options.kind ?? "sample";
  if (kind !== "population" && kind !== "sample") {
    throw new KpiError("invalid_argument", `standardDeviation: unknown kind ${JSON.stringify(kind)}`, { path: ["kind"] });
  }
  checkFiniteValues(values, "standardDeviation");
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  switch (kind) {
    case "population":
      return Math.sqrt(squares / n);
    case "sample":
      return n < 2 ? null : Math.sqrt(squares / (n - 1));
    default:
      return assertNever(kind, "standardDeviation");
  }
}
