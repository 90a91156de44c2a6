import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { compileBusinessCalendar } from "./compileBusinessCalendar.js";
import { walkBusinessIntervals } from "./_lib/walkBusinessIntervals.js";

/**
 * A half-open interval of working time `[start, end)` in epoch milliseconds.
 *
 * @category Time
 */
export interface BusinessInterval {
  /** The first working instant, inclusive. */
  readonly start: number;
  /** The end of the working time, exclusive. */
  readonly end: number;
}

/** The longest range the business-time functions walk: 200 years of days. */
const MAX_DAYS = 200 * 366;

/**
 * Returns the working time of a calendar inside `[from, to)`, as sorted, disjoint instant intervals.
 *
 * @remarks
 * Working days are the weekdays with business hours, minus holidays (the calendar's `holidays` and, with
 * `publicHolidays: "lv"`, `latvianPublicHolidays`), plus `extraWorkingDays`, which take the hours of weekday
 * `extraWorkingDayHoursOf` (docs/conventions.md#time-and-calendars). Business hours are wall-clock times in the calendar's zone, so on a
 * daylight-saving day `08:00–17:00` still starts at 08:00 local. Intervals are clipped to `[from, to)`, and
 * intervals that touch (e.g. `00:00–24:00` on consecutive days) are merged. The range may span at most 200 years.
 *
 * @param start - The start of the range, inclusive (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param end - The end of the range, exclusive (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param calendar - The business calendar.
 * @returns The working intervals, oldest first; empty when no working time falls in the range.
 * @throws {@link KpiError} `non_finite` (path `["from"]` or `["to"]`); `invalid_interval` (path `["to"]`) when `to`
 * is before `from`; `input_too_large` (path `["to"]`) for more than 200 years; `empty_calendar` (path
 * `["businessHours"]`) when the calendar has no business hours; `invalid_time_zone` (path `["timeZone"]`);
 * `invalid_argument` for a malformed calendar field.
 *
 * @example
 * ```ts
 * const riga = parseCalendar({
 *   timeZone: "Europe/Riga",
 *   businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
 *   publicHolidays: "lv",
 * });
 * // Friday 2026-11-13 12:00 to Monday 2026-11-16 12:00, Riga winter time (UTC+2).
 * businessIntervals(Date.parse("2026-11-13T10:00:00Z"), Date.parse("2026-11-16T10:00:00Z"), riga)
 *   .map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);
 * //=> [["2026-11-13T10:00:00.000Z", "2026-11-13T15:00:00.000Z"], ["2026-11-16T06:30:00.000Z", "2026-11-16T10:00:00.000Z"]]
 * ```
 *
 * @category Time
 */
export function businessIntervals(start: InstantInput, end: InstantInput, calendar: Calendar): BusinessInterval[] {
  const from = instantOf(start, "businessIntervals", ["from"]);
  const to = instantOf(end, "businessIntervals", ["to"]);
  if (to < from) throw new KpiError("invalid_interval", "businessIntervals: to is before from", { path: ["to"] });
  const business = compileBusinessCalendar(calendar, "businessIntervals");
  const days = Math.ceil((to - from) / 86_400_000) + 3;
  if (days > MAX_DAYS) {
    throw new KpiError("input_too_large", "businessIntervals: the range spans more than 200 years", { path: ["to"] });
  }
  const intervals: { start: number; end: number }[] = [];
  walkBusinessIntervals(business, from, days, (start, end) => {
    if (start >= to) return false;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e > s) {
      const last = intervals[intervals.length - 1];
      if (last !== undefined && s <= last.end) last.end = Math.max(last.end, e);
      else intervals.push({ start: s, end: e });
    }
    return true;
  });
  return intervals;
}
