import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { Period } from "./period.js";
import { periodOf } from "./periodOf.js";

/**
 * Returns the period of the same grain that follows a period.
 *
 * @remarks
 * `periodOf(period.end, period.grain, calendar)`: consecutive periods tile time with no gap and no overlap.
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `eachPeriod`.
 * @param calendar - The calendar the period was made in (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The next period.
 * @throws {@link KpiError} `non_finite` (path `["period", "end"]`) for a non-finite end, and the codes of
 * `periodOf`; `invalid_argument` when `period` (path `["period"]`) or `calendar` (path `["calendar"]`) is missing or
 * not an object.
 *
 * @example
 * ```ts
 * const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
 * nextPeriod(periodOf(Date.parse("2026-12-31T00:00:00Z"), "quarter", utc), utc).label;
 * //=> "2027-Q1"
 * ```
 *
 * @category Time
 */
export function nextPeriod(period: Period, calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">): Period {
  requireObject(period, "nextPeriod", "period", ["period"]);
  requireObject(calendar, "nextPeriod", "calendar", ["calendar"]);
  if (!Number.isFinite(period.end)) {
    throw new KpiError("non_finite", "nextPeriod: the period's end must be finite", { path: ["period", "end"] });
  }
  return periodOf(period.end, period.grain, calendar);
}
