import { KpiError } from "../../../errors.js";

/**
 * Throws `non_finite` unless the value is a finite number (or `null` when allowed).
 *
 * @param value - The value to check.
 * @param where - The public function's name.
 * @param path - Where the value is in the input.
 * @param nullable - Whether `null` is allowed.
  * @example
 * ```ts
 * checkChartNumber(1, "sparklineSpec", ["points", 0, "value"], "required"); // passes
 * ```
 */
export function checkChartNumber(
  value: unknown,
  where: string,
  path: readonly PropertyKey[],
  nullable: "nullable" | "required",
): asserts value is number | null {
  if (value === null && nullable === "nullable") return;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new KpiError("non_finite", `${where}: ${path.map(String).join(".")} must be a finite number`, { path });
  }
}
