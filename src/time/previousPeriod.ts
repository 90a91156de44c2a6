import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { Period } from "./period.js";
import { periodOf } from "./periodOf.js";

/**
 * Returns the period of the same grain that precedes a period.
 *
 * @remarks
 * `periodOf(period.start − 1 ms, period.grain, calendar)`.
 *
 * @param period - A period from `periodOf`, `parsePeriod` or `eachPeriod`.
 * @param calendar - The calendar the period was made in (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The previous period.
 * @throws {@link KpiError} `non_finite` (path `["period", "start"]`) for a non-finite start, and the codes of
 * `periodOf`; `invalid_argument` when `period` (path `["period"]`) or `calendar` (path `["calendar"]`) is missing or
 * not an object.
 *
 * @example
 * ```ts
 * const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
 * previousPeriod(periodOf(Date.parse("2025-01-01T00:00:00Z"), "week", utc), utc).label;
 * //=> "2024-W52"
 * ```
 *
 * @category Time
 */
export function previousPeriod(period: Period, calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">): Period {
  requireObject(period, "previousPeriod", "period", ["period"]);
  requireObject(calendar, "previousPeriod", "calendar", ["calendar"]);
  if (!Number.isFinite(period.start)) {
    throw new KpiError("non_finite", "previousPeriod: the period's start must be finite", { path: ["period", "start"] });
  }
  return periodOf(period.start - 1, period.grain, calendar);
}
