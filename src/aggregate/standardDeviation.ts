import { assertNever } from "../internal/assertNever.js";
import { KpiError } from "../errors.js";
import { describeValue } from "../internal/describeValue.js";
import { requireObject } from "../internal/requireObject.js";
import { checkFiniteValues } from "./_lib/checkFiniteValues.js";
import type { PartialAggregate } from "./partialAggregate.js";

/** Options for {@link standardDeviation}. @category Aggregate */
export interface StandardDeviationOptions {
  /**
   * `population` divides the sum of squared deviations by `n`; `sample` by `n − 1` (Bessel's correction).
   * @defaultValue "sample"
   */
  readonly kind?: "population" | "sample" | undefined;
}

/**
 * Returns the sample (default) or population standard deviation of a list of numbers — or of the values behind a
 * partial aggregate, from its count and second moment, without the raw values — or `null` when undefined.
 *
 * @remarks
 * Two passes: the mean first, then the sum of squared deviations from it, which is exact for data whose spread is
 * small next to its mean (no cancellation of large sums of squares). From a partial (`accumulate`, `aggregateRows`,
 * `mergePartials`, any merge order), `m2` is already that sum, so the result equals the one from the raw values up to
 * rounding. docs/conventions.md#aggregation: a sample standard deviation needs n ≥ 2 (`null` for one value); the
 * population standard deviation of one value is 0; both are `null` when empty.
 *
 * @param values - Finite numbers, or a partial aggregate (its `count` and `m2`).
 * @param options - See {@link StandardDeviationOptions}.
 * @returns The standard deviation, or `null`.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path
 * `["kind"]`) for an unknown kind or (path `["count"]`) a partial's count that is not a whole number ≥ 0;
 * `non_finite` (path `["m2"]`) for a partial's `m2` that is not finite or is negative; `overflow` for a value above
 * 1e100 in magnitude; `invalid_argument` (path `[]`) for `values` that is neither an array nor an object, or
 * `options` that is not an object.
 *
 * @example
 * ```ts
 * standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { kind: "population" });
 * //=> 2
 * // From a partial: count 8, m2 = Σ(x − 5)² = 32, so the population standard deviation is √(32 / 8) = 2.
 * standardDeviation({ count: 8, m2: 32 }, { kind: "population" });
 * //=> 2
 * ```
 *
 * @category Aggregate
 */
export function standardDeviation(
  values: readonly number[] | Pick<PartialAggregate, "count" | "m2">,
  options: StandardDeviationOptions = {},
): number | null {
  if (!Array.isArray(values) && (typeof values !== "object" || values === null)) {
    throw new KpiError("invalid_argument", `standardDeviation: values must be an array or a partial aggregate ({ count, m2 }), not ${describeValue(values)}`, {
      path: [],
    });
  }
  requireObject(options, "standardDeviation", "options");
  const kind = options.kind ?? "sample";
  if (kind !== "population" && kind !== "sample") {
    throw new KpiError("invalid_argument", `standardDeviation: unknown kind ${JSON.stringify(kind)}`, { path: ["kind"] });
  }
  let n: number;
  let squares = 0;
  if (Array.isArray(values)) {
    const list = values as readonly number[];
    checkFiniteValues(list, "standardDeviation");
    n = list.length;
    if (n === 0) return null;
    let sum = 0;
    for (const v of list) sum += v;
    const mean = sum / n;
    for (const v of list) squares += (v - mean) * (v - mean);
  } else {
    const { count, m2 } = values as Pick<PartialAggregate, "count" | "m2">;
    if (!Number.isInteger(count) || count < 0) {
      throw new KpiError("invalid_argument", "standardDeviation: a partial's count must be a whole number ≥ 0", { path: ["count"] });
    }
    if (!Number.isFinite(m2) || m2 < 0) {
      throw new KpiError("non_finite", "standardDeviation: a partial's m2 must be a finite number ≥ 0", { path: ["m2"] });
    }
    n = count;
    if (n === 0) return null;
    squares = m2;
  }
  switch (kind) {
    case "population":
      return Math.sqrt(squares / n);
    case "sample":
      return n < 2 ? null : Math.sqrt(squares / (n - 1));
    default:
      return assertNever(kind, "standardDeviation");
  }
}
