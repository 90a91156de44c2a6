import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { compileBusinessCalendar } from "./compileBusinessCalendar.js";
import { walkBusinessIntervals } from "./_lib/walkBusinessIntervals.js";

/**
 * Returns the elapsed business time between two instants, in milliseconds.
 *
 * @remarks
 * The measure of `[start, end) ∩ business intervals` (docs/conventions.md#time-and-calendars), with working days and hours as in
 * `businessIntervals`. Real elapsed time: an hour of business time is 3,600,000 ms even on a daylight-saving day.
 * The range may span at most 200 years.
 *
 * @param from - The start, inclusive (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param to - The end, exclusive (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param calendar - The business calendar.
 * @returns Business milliseconds, `0` or more.
 * @throws {@link KpiError} `non_finite` (path `["start"]` or `["end"]`); `invalid_interval` (path `["end"]`) when
 * `end` is before `start`; `input_too_large` (path `["end"]`) for more than 200 years; `empty_calendar` (path
 * `["businessHours"]`); `invalid_time_zone` (path `["timeZone"]`); `invalid_argument` for a malformed calendar field.
 *
 * @example
 * ```ts
 * const riga = parseCalendar({
 *   timeZone: "Europe/Riga",
 *   businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
 *   publicHolidays: "lv",
 * });
 * // Friday 15:00 to Tuesday 12:00 Riga: 2 h on Friday + 8.5 h on Monday + 3.5 h on Tuesday = 14 h.
 * businessTimeBetween(Date.parse("2026-11-13T15:00:00+02:00"), Date.parse("2026-11-17T12:00:00+02:00"), riga) / 3_600_000;
 * //=> 14
 * ```
 *
 * @category Time
 */
export function businessTimeBetween(from: InstantInput, to: InstantInput, calendar: Calendar): number {
  const start = instantOf(from, "businessTimeBetween", ["start"]);
  const end = instantOf(to, "businessTimeBetween", ["end"]);
  if (end < start) throw new KpiError("invalid_interval", "businessTimeBetween: end is before start", { path: ["end"] });
  const business = compileBusinessCalendar(calendar, "businessTimeBetween");
  const days = Math.ceil((end - start) / 86_400_000) + 3;
  if (days > 200 * 366) {
    throw new KpiError("input_too_large", "businessTimeBetween: the range spans more than 200 years", { path: ["end"] });
  }
  let total = 0;
  walkBusinessIntervals(business, start, days, (a, b) => {
    if (a >= end) return false;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (e > s) total += e - s;
    return true;
  });
  return total;
}
