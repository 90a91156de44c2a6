import { KpiError } from "../errors.js";
import { attributeDowntime } from "./_lib/attributeDowntime.js";
import { checkInterval } from "./_lib/checkInterval.js";
import { checkIntervals } from "./_lib/checkIntervals.js";
import { eligibleTimeOfOptions } from "./_lib/eligibleTimeOfOptions.js";
import type { Interval } from "./interval.js";
import type { Outage } from "./outage.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { ErrorBudget } from "./errorBudget.js";
import { totalLength } from "./_lib/totalLength.js";
import type { SlaMeasureOptions } from "./slaMeasureOptions.js";
import { requireObject } from "../internal/requireObject.js";

/** Options for {@link measureAvailability}. @category Sla */
export interface MeasureAvailabilityOptions extends SlaMeasureOptions {}

/**
 * The availability of a service over one period, with its error budget.
 *
 * @category Sla
 */
export interface AvailabilityMeasurement extends ErrorBudget {
  /**
   * Always `"ms"`: `eligible` is the period (or its service hours) minus maintenance, `spent` the merged downtime
   * inside it, `good` the time up and `attainment` the availability.
   */
  readonly unit: "ms";
}

/**
 * Measures a service's availability over a period: eligible time, downtime, the exact verdict against the SLO and
 * the error budget.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo. Maintenance (the union of all windows, see {@link expandMaintenance}) is removed from the period
 * first; with `serviceHours` only that calendar's business intervals count. Downtime is the union of the outages
 * inside what remains, so overlapping outages count once and an outage that crosses the period end counts only up
 * to it. Availability = (eligible − downtime) / eligible, reported as a double, `null` when nothing is eligible (a
 * month wholly under maintenance has no availability, not 100 %). The verdict is exact (docs/conventions.md#sla-and-slo):
 * `(eligible − downtime) · 10^k · 100 ≥ sloDigits · eligible` on BigInt, so availability exactly at the SLO meets it.
 *
 * @param outages - Outages in any order; they may overlap and cross the period's ends.
 * @param period - The period `[start, end)`, e.g. a `Period` from `periodOf`.
 * @param options - See {@link MeasureAvailabilityOptions}.
 * @returns The {@link AvailabilityMeasurement}.
 * @throws {@link KpiError} `non_finite` / `invalid_interval` for a bad outage (path `["outages", i, "start" |
 * "end"]`) or period (path `["period", …]`); `invalid_slo` (path `["options", "slo"]`); errors of the maintenance
 * windows (path `["options", "maintenance", i, …]`) and of the service-hours calendar (e.g. `empty_calendar`, path
 * `["options", "serviceHours", "businessHours"]`); `invalid_time_zone` (path `["options", "timeZone"]`) when weekly
 * windows have no zone.
 *
 * @example
 * ```ts
 * // April 2026 in UTC: 30 days = 2 592 000 000 ms. Two overlapping outages cover 10:00–11:00 on 7 April (1 h).
 * const april = { start: Date.parse("2026-04-01T00:00:00Z"), end: Date.parse("2026-05-01T00:00:00Z") };
 * const outages = [
 *   { id: "INC-1", start: Date.parse("2026-04-07T10:00:00Z"), end: Date.parse("2026-04-07T10:40:00Z") },
 *   { id: "INC-2", start: Date.parse("2026-04-07T10:30:00Z"), end: Date.parse("2026-04-07T11:00:00Z") },
 * ];
 * const result = measureAvailability(outages, april, { slo: "99.9" });
 * // Budget 0.1 % of 720 h = 43.2 min; 60 min spent.
 * [result.spent, result.budget, result.met];
 * //=> [3_600_000, 2_592_000, false]
 * ```
 *
 * @category Sla
 */
export function measureAvailability(
  outages: readonly Outage[],
  period: Interval,
  options: MeasureAvailabilityOptions = {},
): AvailabilityMeasurement {
  const where = "measureAvailability";
  requireObject(options, where, "options", ["options"]);
  checkIntervals(outages, where, ["outages"]);
  checkInterval(period, where, ["period"]);
  const slo = options.slo === undefined ? null : toSloFraction(options.slo, where, ["options", "slo"]);
  if (options.maintenance !== undefined && !Array.isArray(options.maintenance)) {
    throw new KpiError("invalid_argument", `${where}: maintenance must be an array`, { path: ["options", "maintenance"] });
  }
  const eligible = eligibleTimeOfOptions(period, options, where);
  const eligibleMs = totalLength(eligible);
  const { downtimeMs } = attributeDowntime(outages, eligible);
  return { ...summarizeBudget(eligibleMs - downtimeMs, eligibleMs, slo, "ms"), unit: "ms" };
}
