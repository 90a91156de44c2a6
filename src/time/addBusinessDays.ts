import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { addBusinessTime } from "./addBusinessTime.js";
import { compileBusinessCalendar } from "./compileBusinessCalendar.js";

/**
 * Returns the deadline that lies a number of business days after a start.
 *
 * @remarks
 * docs/conventions.md#time-and-calendars: "N business days" = N × the length of a business day, added with `addBusinessTime`. The length of a
 * business day is the total business hours of the first weekday, Monday first, that has any (Monday in an ordinary
 * calendar; with hours only from Tuesday, Tuesday's). So with 08:30–17:00 hours one business day is 8.5 business
 * hours, and 1 business day from Friday 15:00 is Monday 15:00. Fractions of a day are allowed and rounded to the
 * millisecond.
 *
 * @param start - The start (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param days - Business days to add, `0` or more.
 * @param calendar - The business calendar.
 * @returns The deadline (epoch ms).
 * @throws {@link KpiError} `non_finite` (path `["days"]`); `invalid_argument` (path `["days"]`) for a negative
 * number; and the codes of `addBusinessTime`.
 *
 * @example
 * ```ts
 * const riga = parseCalendar({
 *   timeZone: "Europe/Riga",
 *   businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
 *   publicHolidays: "lv",
 * });
 * // Friday 2026-11-13 15:00 + 3 × 8.5 h: 2 h Fri, 8.5 h Mon, 8.5 h Tue, 6.5 h Thu (Wed 18 Nov is a holiday) → 15:00.
 * new Date(addBusinessDays(Date.parse("2026-11-13T15:00:00+02:00"), 3, riga)).toISOString();
 * //=> "2026-11-19T13:00:00.000Z"
 * ```
 *
 * @category Time
 */
export function addBusinessDays(start: InstantInput, days: number, calendar: Calendar): number {
  const from = instantOf(start, "addBusinessDays", ["start"]);
  if (!Number.isFinite(days)) throw new KpiError("non_finite", "addBusinessDays: days must be finite", { path: ["days"] });
  if (days < 0) throw new KpiError("invalid_argument", "addBusinessDays: days must not be negative", { path: ["days"] });
  const { businessDayMs } = compileBusinessCalendar(calendar, "addBusinessDays");
  return addBusinessTime(from, Math.round(days * businessDayMs), calendar);
}
