import { KpiError } from "../../errors.js";
import { TOO_LARGE, withinMagnitudeLimit } from "../../internal/magnitudeLimit.js";

/**
 * Checks that every entry of a list of numbers is finite and at most 1e100 in magnitude, and throws `non_finite` or
 * `overflow` (docs/conventions.md#overflow) with its index otherwise.
 *
 * @remarks
 * Internal to kpi-kit's aggregate functions (not part of the public API).
 *
 * @param values - The numbers to check.
 * @param where - The calling function's name, for the message.
 * @throws {@link KpiError} `non_finite` with path `[index]` for the first `NaN` or infinite entry, `overflow` for the
 * first entry larger in magnitude than 1e100.
 *
 * @example
 * ```ts
 * checkFiniteValues([1, 2], "quantile");
 * //=> undefined (no error)
 * ```
 */
export function checkFiniteValues(values: readonly number[], where: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new KpiError("non_finite", `${where}: values[${i}] must be a finite number, not ${String(v)}`, { path: [i] });
    }
    if (!withinMagnitudeLimit(v)) {
      throw new KpiError("overflow", `${where}: values[${i}] ${v} ${TOO_LARGE}`, { path: [i] });
    }
  }
}
