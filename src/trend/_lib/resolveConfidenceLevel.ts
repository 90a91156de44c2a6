import { KpiError } from "../../errors.js";

/**
 * Returns a confidence level option or its default, after checking it is strictly between 0 and 1 (internal).
 *
 * @param level - The option as given (`undefined` for the default).
 * @param where - The public function's name, for the error message.
 * @param name - The option's name, for the error path.
 * @returns The level.
 * @throws {@link KpiError} `invalid_argument` when the level is not a number in (0, 1).
 *
 * @example
 * ```ts
 * resolveConfidenceLevel(undefined, "linearTrend");
 * //=> 0.95
 * ```
 */
export function resolveConfidenceLevel(level: number | undefined, where: string, name = "confidenceLevel"): number {
  const resolved = level ?? 0.95;
  if (typeof resolved !== "number" || !(resolved > 0 && resolved < 1)) {
    throw new KpiError("invalid_argument", `${where}: ${name} must be a number strictly between 0 and 1`, {
      path: [name],
    });
  }
  return resolved;
}
