import { eligibleTime } from "./eligibleTime.js";
import type { Interval } from "../interval.js";
import type { SlaMeasureOptions } from "../slaMeasureOptions.js";

/**
 * Returns the eligible time of a period for the shared options of the SLA measures, with error paths into `options`.
 *
 * @remarks
 * Internal: `eligibleTime` with `options.maintenance` (default none), the zone of weekly windows (`options.timeZone`,
 * else the service-hours calendar's zone) and `options.serviceHours`, each error path starting with `"options"`.
 *
 * @param period - The period `[start, end)`, already validated.
 * @param options - See {@link SlaMeasureOptions}.
 * @param where - The caller's name.
 * @returns Sorted, disjoint eligible intervals.
 * @throws {@link KpiError} as `eligibleTime`, with paths `["options", "maintenance" | "serviceHours" | "timeZone", …]`.
 *
 * @example
 * ```ts
 * eligibleTimeOfOptions({ start: 0, end: 100 }, { maintenance: [{ kind: "one_off", start: 10, end: 20 }], timeZone: "UTC" }, "f");
 * //=> [{ start: 0, end: 10 }, { start: 20, end: 100 }]
 * ```
 */
export function eligibleTimeOfOptions(period: Interval, options: SlaMeasureOptions, where: string): Interval[] {
  return eligibleTime(
    period,
    {
      maintenance: options.maintenance ?? [],
      timeZone: options.timeZone ?? options.serviceHours?.timeZone,
      serviceHours: options.serviceHours,
      maintenancePath: ["options", "maintenance"],
      serviceHoursPath: ["options", "serviceHours"],
      timeZonePath: ["options", "timeZone"],
    },
    where,
  );
}
