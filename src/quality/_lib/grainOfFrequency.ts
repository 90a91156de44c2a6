import type { Frequency } from "../../model/kpiDefinition.js";
import { KpiError } from "../../errors.js";
import type { Grain } from "../../time/grain.js";

/**
 * Returns the period grain in which a KPI of a frequency is expected to have data (internal to `quality/`).
 *
 * @remarks
 * `daily` → `day`, `weekly` → `week` (ISO), `monthly` → `month`, `quarterly` → `quarter`, `yearly` → `year`, and
 * `continuous` → `day` (a continuously measured KPI is expected to report every day).
 *
 * @param frequency - The KPI's frequency.
 * @param path - The error path of the frequency.
 * @param where - The public function's name, for the error message.
 * @returns The grain.
 * @throws {@link KpiError} `invalid_argument` (at `path`) for an unknown frequency.
 *
 * @example
 * ```ts
 * grainOfFrequency("continuous", ["frequency"], "f");
 * //=> "day"
 * ```
 */
export function grainOfFrequency(frequency: Frequency, path: readonly PropertyKey[], where: string): Grain {
  switch (frequency) {
    case "continuous":
    case "daily":
      return "day";
    case "weekly":
      return "week";
    case "monthly":
      return "month";
    case "quarterly":
      return "quarter";
    case "yearly":
      return "year";
    default:
      throw new KpiError("invalid_argument", `${where}: ${JSON.stringify(frequency)} is not a KPI frequency`, { path });
  }
}
