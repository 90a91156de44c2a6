import type { Calendar } from "../model/calendar.js";
import type { MaintenanceWindow } from "../model/slaTerms.js";
import { KpiError } from "../errors.js";
import { assertTimeZone } from "../time/_lib/assertTimeZone.js";
import { daysFromCivil } from "../time/_lib/daysFromCivil.js";
import { instantOfLocalTime } from "../time/_lib/instantOfLocalTime.js";
import { localDayOf } from "../time/_lib/localDayOf.js";
import { checkInterval } from "./_lib/checkInterval.js";
import type { Interval } from "./interval.js";
import { intersectNormalized } from "./_lib/intersectNormalized.js";
import { normalizeIntervals } from "./_lib/normalizeIntervals.js";

const WHERE = "expandMaintenance";
const LOCAL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDay(text: string | undefined, path: readonly PropertyKey[]): number | null {
  if (text === undefined) return null;
  const m = typeof text === "string" ? LOCAL_DATE.exec(text) : null;
  if (m === null) throw new KpiError("invalid_argument", `${WHERE}: a local date is written YYYY-MM-DD`, { path });
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Returns the concrete maintenance intervals, merged and cut to a range, of one-off and weekly-recurring windows.
 *
 * @remarks
 * A `one_off` window is `[start, end)` as given. A `weekly` window recurs on ISO weekday `weekday` (1 = Monday …
 * 7 = Sunday) at local time `start` in the calendar's time zone, for `durationMinutes` of **wall-clock** time: each
 * occurrence runs from the instant the local clock first shows `start` to the instant it first shows
 * `start + durationMinutes` (the end may fall on a later local day). So a Sunday 02:00–04:00 window in
 * `Europe/Riga` lasts two real hours, except on the Sundays of a daylight-saving switch that falls inside it: on
 * 29 March 2026 (03:00 → 04:00) it lasts one hour, on 25 October 2026 (04:00 → 03:00) three hours. A local time
 * that does not exist (skipped by the switch) starts at the instant of the jump. `validFrom` / `validTo` are local
 * dates, inclusive, compared with the local date on which an occurrence starts. Time-zone offsets are looked up
 * twice per occurrence, never per instant. The result is the union of all windows, clipped to `range`.
 *
 * @param windows - Maintenance windows, as in {@link SlaTerms}`.maintenance`.
 * @param range - The span of interest `[start, end)`, e.g. a month.
 * @param calendar - The calendar whose time zone reads weekly windows (only `timeZone` is used).
 * @returns Sorted, disjoint intervals inside `range`.
 * @throws {@link KpiError} `non_finite` or `invalid_interval` for a bad range (path `["range", …]`) or a one-off
 * window that ends before it starts (path `["windows", i, "to"]`); `invalid_argument` for a malformed weekly
 * window (path `["windows", i, field]`); `invalid_time_zone` (path `["timeZone"]`).
 *
 * @example
 * ```ts
 * // Sundays 02:00–04:00 in Riga during the week of Monday 2026-03-02 (winter time, UTC+2).
 * expandMaintenance(
 *   [{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 }],
 *   { start: Date.parse("2026-03-01T22:00:00Z"), end: Date.parse("2026-03-08T22:00:00Z") },
 *   { timeZone: "Europe/Riga" },
 * );
 * //=> [{ start: Date.parse("2026-03-08T00:00:00Z"), end: Date.parse("2026-03-08T02:00:00Z") }]
 * ```
 *
 * @category Sla
 */
export function expandMaintenance(
  windows: readonly MaintenanceWindow[],
  range: Interval,
  calendar: Pick<Calendar, "timeZone">,
): Interval[] {
  checkInterval(range, WHERE, ["range"]);
  if (!Array.isArray(windows)) throw new KpiError("invalid_argument", `${WHERE}: windows must be an array`, { path: ["windows"] });
  const pieces: Interval[] = [];
  let zoneChecked = false;
  for (let i = 0; i < windows.length; i++) {
    const w = windows[i] as MaintenanceWindow;
    const path = ["windows", i];
    switch (w.kind) {
      case "one_off": {
        if (typeof w.start !== "number" || !Number.isFinite(w.start)) {
          throw new KpiError("non_finite", `${WHERE}: a one-off window needs a finite \`start\``, { path: [...path, "start"] });
        }
        if (typeof w.end !== "number" || !Number.isFinite(w.end)) {
          throw new KpiError("non_finite", `${WHERE}: a one-off window needs a finite \`end\``, { path: [...path, "end"] });
        }
        if (w.end < w.start) {
          throw new KpiError("invalid_interval", `${WHERE}: a maintenance window ends before it starts`, { path: [...path, "end"] });
        }
        pieces.push({ start: w.start, end: w.end });
        break;
      }
      case "weekly": {
        if (!zoneChecked) {
          assertTimeZone(calendar.timeZone, WHERE);
          zoneChecked = true;
        }
        const zone = calendar.timeZone;
        if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) {
          throw new KpiError("invalid_argument", `${WHERE}: weekday is 1 (Monday) to 7 (Sunday)`, { path: [...path, "weekday"] });
        }
        const time = typeof w.start === "string" ? LOCAL_TIME.exec(w.start) : null;
        if (time === null || w.start === "24:00") {
          throw new KpiError("invalid_argument", `${WHERE}: start is a local time HH:MM`, { path: [...path, "start"] });
        }
        if (!Number.isInteger(w.durationMinutes) || w.durationMinutes < 1 || w.durationMinutes > 7 * 1440) {
          throw new KpiError("invalid_argument", `${WHERE}: durationMinutes is a whole number 1–10080`, {
            path: [...path, "durationMinutes"],
          });
        }
        const startMinute = Number(time[1]) * 60 + Number(time[2]);
        const validFrom = localDay(w.validFrom, [...path, "validFrom"]);
        const validTo = localDay(w.validTo, [...path, "validTo"]);
        if (range.end <= range.start) break;
        // Local days on which an occurrence that reaches into the range can start.
        const spanDays = Math.ceil((startMinute + w.durationMinutes) / 1440) + 1;
        let first = localDayOf(range.start, zone) - spanDays;
        const last = localDayOf(range.end, zone) + 1;
        const isoWeekday = ((((first + 3) % 7) + 7) % 7) + 1; // day 0 (1970-01-01) was a Thursday
        first += (((w.weekday - isoWeekday) % 7) + 7) % 7;
        const endMinuteTotal = startMinute + w.durationMinutes;
        for (let day = first; day <= last; day += 7) {
          if (validFrom !== null && day < validFrom) continue;
          if (validTo !== null && day > validTo) break;
          const start = instantOfLocalTime(day, startMinute, zone);
          const endDay = day + Math.floor(endMinuteTotal / 1440);
          const end = instantOfLocalTime(endDay, endMinuteTotal % 1440, zone);
          if (end > range.start && start < range.end) pieces.push({ start, end });
        }
        break;
      }
      default: {
        const kind = (w as { kind?: unknown }).kind;
        throw new KpiError("invalid_argument", `${WHERE}: unknown maintenance kind ${JSON.stringify(kind)}`, {
          path: [...path, "kind"],
        });
      }
    }
  }
  return intersectNormalized(normalizeIntervals(pieces), range.end > range.start ? [range] : []);
}
