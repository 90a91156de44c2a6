import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { checkPeriodInputs } from "./_lib/checkPeriodInputs.js";
import type { Grain } from "./grain.js";
import { grainOfLabel } from "./grainOfLabel.js";
import { instantOfLocalTime } from "./_lib/instantOfLocalTime.js";
import { localDayOf } from "./_lib/localDayOf.js";
import type { Period } from "./period.js";
import { periodOfLocalDay } from "./_lib/periodOfLocalDay.js";
import { MAX_INSTANT_MS } from "../internal/maxInstantMs.js";

/**
 * Returns the period of a grain that contains an instant, in the calendar's time zone.
 *
 * @remarks
 * Periods are half-open `[start, end)` from local midnight to local midnight (docs/conventions.md#time-and-calendars): an instant exactly at
 * a local midnight belongs to the new period, and lengths are real elapsed time (in `Europe/Riga`, March 2026 lasts
 * 743 hours and October 2026 745). Labels follow docs/conventions.md#time-and-calendars; the `week` grain is always the ISO week (Monday
 * start, ISO week-year), whatever `calendar.weekStart` says, and a fiscal year is labelled `FYyyyy-YY` by the year
 * in which it starts, for every start month (`FY2025-26` starts on 2025-01-01 when the fiscal year is the calendar
 * year). Costs a few time-zone look-ups: use `createPeriodIndex` to bucket many instants.
 *
 * @param at - An instant (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @param grain - The grain of the period.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The period, e.g. `{ grain: "month", label: "2026-03", start, end }`.
 * @throws {@link KpiError} `non_finite` (path `["instant"]`) for `NaN` or an infinite instant; `invalid_argument`
 * (path `["instant"]`) for an instant outside the local years 0000–9999, or (path `["fiscalYearStartMonth"]`) for a
 * bad fiscal start month; `invalid_period` (path `["grain"]`) for an unknown grain; `invalid_time_zone` (path
 * `["timeZone"]`) for an unknown zone.
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
 * const march = periodOf(Date.parse("2026-03-15T12:00:00Z"), "month", riga);
 * [march.label, (march.end - march.start) / 3_600_000];
 * //=> ["2026-03", 743]
 * ```
 *
 * @category Time
 */
export function periodOf(
  at: InstantInput,
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period {
  const instant = instantOf(at, "periodOf", ["instant"]);
  const fiscalYearStartMonth = checkPeriodInputs(grain, calendar, "periodOf");
  const zone = calendar.timeZone;
  if (Math.abs(instant) > MAX_INSTANT_MS) {
    throw new KpiError("invalid_argument", "periodOf: the instant is outside the range of dates", { path: ["instant"] });
  }
  const days = periodOfLocalDay(localDayOf(instant, zone), grain, fiscalYearStartMonth);
  if (grainOfLabel(days.label) !== grain) {
    throw new KpiError("invalid_argument", "periodOf: the instant is outside the local years 0000–9999", {
      path: ["instant"],
    });
  }
  return {
    grain,
    label: days.label,
    start: instantOfLocalTime(days.startDay, 0, zone),
    end: instantOfLocalTime(days.endDay, 0, zone),
  };
}
