import { KpiError } from "../../../errors.js";

/**
 * Checks a size option of a chart.
 *
 * @param size - The size in pixels.
 * @param where - The public function's name.
 * @param name - The option's name.
 * @returns The size.
  * @example
 * ```ts
 * checkChartSize(120, "sparklineSpec", "width");
 * //=> 120
 * ```
 */
export function checkChartSize(size: number, where: string, name: string): number {
  if (typeof size !== "number" || !Number.isFinite(size) || size <= 0) {
    throw new KpiError("invalid_argument", `${where}: ${name} must be a positive number of pixels`, {
      path: ["options", name],
    });
  }
  return size;
}
