import { KpiError } from "../errors.js";
import { checkInterval } from "./_lib/checkInterval.js";
import { checkIntervals } from "./_lib/checkIntervals.js";
import { countTimeslices } from "./_lib/countTimeslices.js";
import { eligibleTimeOfOptions } from "./_lib/eligibleTimeOfOptions.js";
import type { Interval } from "./interval.js";
import type { Outage } from "./outage.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { ErrorBudget } from "./errorBudget.js";
import type { SlaMeasureOptions } from "./slaMeasureOptions.js";

/** Options for {@link measureTimeslices}. @category Sla */
export interface MeasureTimeslicesOptions extends SlaMeasureOptions {}

/**
 * The timeslice attainment of a period.
 *
 * @category Sla
 */
export interface TimesliceMeasurement extends ErrorBudget {
  /** Always `"slices"`: `eligible` counts the slices with some eligible time, `good` those without downtime, `spent` the bad ones. */
  readonly unit: "slices";
  /** All slices of the period, eligible or not (the last one may be shorter). */
  readonly slices: number;
}

/**
 * Measures a period by timeslices: the share of its eligible slices of time in which no outage happened.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo. Slices of `sliceMinutes` are aligned to the period start (the last slice ends at the period end and
 * may be shorter); any slice length is allowed. A slice is excluded only when it is entirely under maintenance (or,
 * with `serviceHours`, entirely outside them); an eligible slice is bad when an outage overlaps its eligible part
 * with positive length, so an outage that only touches a slice boundary or lies inside maintenance spends nothing.
 * The verdict against the SLO is exact (docs/conventions.md#sla-and-slo).
 *
 * @param outages - Outages in any order; they may overlap and cross the period's ends.
 * @param period - The period `[start, end)`.
 * @param budgeting - The slice length, e.g. an objective's `{ method: "timeslices", sliceMinutes: 5 }`.
 * @param options - See {@link MeasureTimeslicesOptions}.
 * @returns The {@link TimesliceMeasurement}.
 * @throws {@link KpiError} `invalid_argument` (path `["budgeting", "sliceMinutes"]`) for a slice that is not a
 * positive number, or more than 10 000 000 slices; the errors of {@link measureAvailability} for outages, period,
 * SLO, maintenance and service hours.
 *
 * @example
 * ```ts
 * // One UTC day in 5-minute slices (288). An outage 10:02–10:11 touches the slices 10:00, 10:05 and 10:10.
 * const day = { start: Date.parse("2026-04-07T00:00:00Z"), end: Date.parse("2026-04-08T00:00:00Z") };
 * const outage = { start: Date.parse("2026-04-07T10:02:00Z"), end: Date.parse("2026-04-07T10:11:00Z") };
 * const result = measureTimeslices([outage], day, { sliceMinutes: 5 }, { slo: "99" });
 * [result.eligible, result.spent, result.met];
 * //=> [288, 3, false]
 * ```
 *
 * @category Sla
 */
export function measureTimeslices(
  outages: readonly Outage[],
  period: Interval,
  budgeting: { readonly sliceMinutes: number },
  options: MeasureTimeslicesOptions = {},
): TimesliceMeasurement {
  const where = "measureTimeslices";
  checkIntervals(outages, where, ["outages"]);
  checkInterval(period, where, ["period"]);
  const sliceMinutes = budgeting?.sliceMinutes;
  if (typeof sliceMinutes !== "number" || !Number.isFinite(sliceMinutes) || sliceMinutes <= 0) {
    throw new KpiError("invalid_argument", `${where}: sliceMinutes must be a positive number`, {
      path: ["budgeting", "sliceMinutes"],
    });
  }
  const sliceMs = sliceMinutes * 60_000;
  if ((period.end - period.start) / sliceMs > 10_000_000) {
    throw new KpiError("invalid_argument", `${where}: more than 10 000 000 slices`, { path: ["budgeting", "sliceMinutes"] });
  }
  const slo = options.slo === undefined ? null : toSloFraction(options.slo, where, ["options", "slo"]);
  const eligible = eligibleTimeOfOptions(period, options, where);
  const counts = countTimeslices(outages, period, sliceMs, eligible);
  const good = counts.eligibleSlices - counts.badSlices;
  return { ...summarizeBudget(good, counts.eligibleSlices, slo, "slices"), unit: "slices", slices: counts.slices };
}
