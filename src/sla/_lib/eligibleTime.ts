import type { Calendar } from "../../model/calendar.js";
import type { MaintenanceWindow } from "../../model/slaTerms.js";
import { businessIntervals } from "../../time/businessIntervals.js";
import { expandMaintenance } from "../expandMaintenance.js";
import type { Interval } from "../interval.js";
import { rethrowWithPath } from "./rethrowWithPath.js";
import { subtractNormalized } from "./subtractNormalized.js";

/**
 * Where the maintenance windows and service hours of an SLA sit in the caller's input, for error paths.
 */
export interface EligibleTimeInputs {
  /** Maintenance windows to remove. */
  readonly maintenance: readonly MaintenanceWindow[];
  /** The zone of weekly windows. */
  readonly timeZone: string | undefined;
  /** Service hours, when only those count. */
  readonly serviceHours: Calendar | undefined;
  /** Path of the maintenance list in the caller's input. */
  readonly maintenancePath: readonly PropertyKey[];
  /** Path of the service-hours calendar in the caller's input. */
  readonly serviceHoursPath: readonly PropertyKey[];
  /** Path of the time zone in the caller's input. */
  readonly timeZonePath: readonly PropertyKey[];
}

/**
 * Returns the eligible time of a period: the period (or its service hours) minus the union of maintenance.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo: maintenance is removed first; with service hours, only the business intervals of that calendar
 * inside the period count. Internal to kpi-kit's SLA functions; the period is already validated.
 *
 * @param period - The period `[start, end)`.
 * @param inputs - Maintenance, zone and service hours, with their paths.
 * @param where - The caller's name.
 * @returns Sorted, disjoint eligible intervals.
 * @throws {@link KpiError} from `expandMaintenance` or `businessIntervals`, with paths into the caller's input.
 *
 * @example
 * ```ts
 * eligibleTime({ start: 0, end: 100 }, { maintenance: [{ kind: "one_off", start: 10, end: 20 }], timeZone: "UTC",
 *   serviceHours: undefined, maintenancePath: ["maintenance"], serviceHoursPath: [], timeZonePath: [] }, "f");
 * //=> [{ start: 0, end: 10 }, { start: 20, end: 100 }]
 * ```
 */
export function eligibleTime(period: Interval, inputs: EligibleTimeInputs, where: string): Interval[] {
  if (period.end <= period.start) return [];
  let base: Interval[];
  if (inputs.serviceHours === undefined) base = [{ start: period.start, end: period.end }];
  else {
    try {
      base = businessIntervals(period.start, period.end, inputs.serviceHours);
    } catch (error) {
      rethrowWithPath(error, where, (path) => [...inputs.serviceHoursPath, ...path]);
    }
  }
  if (inputs.maintenance.length === 0 || base.length === 0) return base;
  let maintenance: Interval[];
  try {
    const weekly = inputs.maintenance.some((w) => w.kind === "weekly");
    maintenance = expandMaintenance(inputs.maintenance, period, {
      timeZone: inputs.timeZone ?? (weekly ? (undefined as unknown as string) : "UTC"),
    });
  } catch (error) {
    rethrowWithPath(error, where, (path) => {
      if (path[0] === "windows") return [...inputs.maintenancePath, ...path.slice(1)];
      if (path[0] === "timeZone") return inputs.timeZonePath;
      return path;
    });
  }
  return subtractNormalized(base, maintenance);
}
