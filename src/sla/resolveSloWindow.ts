import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "../time/instantInput.js";
import type { Calendar } from "../model/calendar.js";
import type { SloWindow } from "../model/slaTerms.js";
import { KpiError } from "../errors.js";
import { periodOf } from "../time/periodOf.js";
import type { Interval } from "./interval.js";
import { rethrowWithPath } from "./_lib/rethrowWithPath.js";

/**
 * Returns the compliance window of an objective at an instant: the calendar period that holds it, or the rolling
 * days that end at it.
 *
 * @remarks
 * A `calendar` window is the whole month, quarter or year that contains `asOf`, in the calendar's time zone
 * (docs/conventions.md#time-and-calendars: an instant at a local midnight belongs to the new period); data after `asOf` simply does not exist
 * yet. A `rolling` window of N days is `[asOf − N × 24 h, asOf)` in real elapsed time, so it ignores daylight-saving
 * switches and always lasts N × 86 400 000 ms.
 *
 * @param window - The objective's window.
 * @param at - The instant of evaluation (epoch ms, ISO string with an offset, or `Date`).
 * @param calendar - The calendar whose zone reads calendar windows; not needed for a rolling window.
 * @returns The window `[start, end)`.
 * @throws {@link KpiError} `non_finite` / `invalid_input` (path `["asOf"]`) for a bad instant; `invalid_argument`
 * (path `["window", …]`) for a bad window, (path `["calendar"]`) for a calendar window without a calendar;
 * `invalid_time_zone` (path `["calendar", "timeZone"]`).
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga" };
 * const w = resolveSloWindow({ kind: "calendar", grain: "month" }, Date.parse("2026-03-15T12:00:00Z"), riga);
 * (w.end - w.start) / 3_600_000;
 * //=> 743
 * // A rolling window needs no calendar: the 28 days that end at asOf.
 * const r = resolveSloWindow({ kind: "rolling", days: 28 }, "2026-03-15T12:00:00Z");
 * (r.end - r.start) / 86_400_000;
 * //=> 28
 * ```
 *
 * @category Sla
 */
export function resolveSloWindow(
  window: SloWindow,
  at: InstantInput,
  calendar?: Pick<Calendar, "timeZone">,
): Interval {
  const where = "resolveSloWindow";
  const asOf = instantOf(at, where, ["asOf"]);
  switch (window?.kind) {
    case "calendar": {
      if (window.grain !== "month" && window.grain !== "quarter" && window.grain !== "year") {
        throw new KpiError("invalid_argument", `${where}: a calendar window is a month, quarter or year`, {
          path: ["window", "grain"],
        });
      }
      if (calendar === undefined) {
        throw new KpiError("invalid_argument", `${where}: a calendar window needs the calendar whose time zone reads it`, { path: ["calendar"] });
      }
      try {
        const p = periodOf(asOf, window.grain, { timeZone: calendar.timeZone, fiscalYearStartMonth: 1 });
        return { start: p.start, end: p.end };
      } catch (error) {
        return rethrowWithPath(error, where, (path) => (path[0] === "timeZone" ? ["calendar", "timeZone"] : path));
      }
    }
    case "rolling": {
      if (typeof window.days !== "number" || !Number.isFinite(window.days) || window.days <= 0) {
        throw new KpiError("invalid_argument", `${where}: a rolling window needs a positive number of days`, {
          path: ["window", "days"],
        });
      }
      return { start: asOf - window.days * 86_400_000, end: asOf };
    }
    default:
      throw new KpiError("invalid_argument", `${where}: a window is calendar or rolling`, { path: ["window", "kind"] });
  }
}
