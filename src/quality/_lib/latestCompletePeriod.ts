import type { Calendar } from "../../model/calendar.js";
import type { Grain } from "../../time/grain.js";
import type { Period } from "../../time/period.js";
import { periodOf } from "../../time/periodOf.js";
import { previousPeriod } from "../../time/previousPeriod.js";

/**
 * Returns the latest period of a grain that is complete at an instant (internal to `quality/`).
 *
 * @remarks
 * The period before the one that contains `reference`; when `reference` is exactly at a period's start, the period
 * that ended there. Staleness passes `asOf − graceMs` as the reference, so data for a period is not due until
 * `graceMs` after it ends; a grace in periods steps back `gracePeriods` more periods.
 *
 * @param reference - The instant (epoch ms).
 * @param grain - The grain.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @param gracePeriods - How many periods to step back from the latest complete one (default 0).
 * @returns The period.
 *
 * @example
 * ```ts
 * latestCompletePeriod(Date.parse("2026-04-03T10:00:00Z"), "month", { timeZone: "UTC", fiscalYearStartMonth: 1 }).label;
 * //=> "2026-03"
 * ```
 */
export function latestCompletePeriod(
  reference: number,
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
  gracePeriods = 0,
): Period {
  let period = periodOf(periodOf(reference, grain, calendar).start - 1, grain, calendar);
  for (let k = 0; k < gracePeriods; k++) period = previousPeriod(period, calendar);
  return period;
}
