import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { compileBusinessCalendar } from "./compileBusinessCalendar.js";
import { walkBusinessIntervals } from "./_lib/walkBusinessIntervals.js";

/** The deadline search gives up after about 100 years of local days. */
const MAX_DAYS = 36_600;

/**
 * Returns the deadline that lies a given amount of business time after a start: the earliest instant at which
 * that much business time has elapsed.
 *
 * @remarks
 * docs/conventions.md#time-and-calendars: the deadline is the earliest `t` with `businessTimeBetween(start, t) >= durationMs`, so 8 business
 * hours from 09:00 on a 09:00–17:00 day is 17:00 that day, not 09:00 the next; a start outside business hours counts
 * from the next opening. A duration of 0 gives `start` itself. Working days and hours are as in
 * `businessIntervals`, including Latvian public holidays with `publicHolidays: "lv"`. The search stops after about
 * 100 years.
 *
 * @param at - The start (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`), e.g. when a request was received.
 * @param durationMs - Business time to add, in milliseconds, `0` or more.
 * @param calendar - The business calendar.
 * @returns The deadline (epoch ms).
 * @throws {@link KpiError} `non_finite` (path `["start"]` or `["durationMs"]`); `invalid_argument` (path
 * `["durationMs"]`) for a negative duration; `input_too_large` (path `["durationMs"]`) when the deadline lies more
 * than about 100 years ahead; `empty_calendar` (path `["businessHours"]`); `invalid_time_zone` (path
 * `["timeZone"]`); `invalid_argument` for a malformed calendar field.
 *
 * @example
 * ```ts
 * const riga = parseCalendar({
 *   timeZone: "Europe/Riga",
 *   businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
 *   publicHolidays: "lv",
 * });
 * // 16 business hours from Friday 2026-11-13 15:00: 2 h Friday, 8.5 h Monday, 5.5 h Tuesday until 14:00.
 * new Date(addBusinessTime(Date.parse("2026-11-13T15:00:00+02:00"), 16 * 3_600_000, riga)).toISOString();
 * //=> "2026-11-17T12:00:00.000Z"
 * ```
 *
 * @category Time
 */
export function addBusinessTime(at: InstantInput, durationMs: number, calendar: Calendar): number {
  const start = instantOf(at, "addBusinessTime", ["start"]);
  if (!Number.isFinite(durationMs)) {
    throw new KpiError("non_finite", "addBusinessTime: durationMs must be finite", { path: ["durationMs"] });
  }
  if (durationMs < 0) {
    throw new KpiError("invalid_argument", "addBusinessTime: durationMs must not be negative", { path: ["durationMs"] });
  }
  const business = compileBusinessCalendar(calendar, "addBusinessTime");
  if (durationMs === 0) return start;
  let remaining = durationMs;
  let deadline = Number.NaN;
  const found = walkBusinessIntervals(business, start, MAX_DAYS, (a, b) => {
    const s = Math.max(a, start);
    if (b <= s) return true;
    if (b - s >= remaining) {
      deadline = s + remaining;
      return false;
    }
    remaining -= b - s;
    return true;
  });
  if (!found) {
    throw new KpiError("input_too_large", "addBusinessTime: the deadline lies more than 100 years ahead", {
      path: ["durationMs"],
    });
  }
  return deadline;
}
