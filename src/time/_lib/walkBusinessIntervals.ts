import type { BusinessCalendar } from "../compileBusinessCalendar.js";
import { instantOfLocalTime } from "./instantOfLocalTime.js";
import { localDayOf } from "./localDayOf.js";

/**
 * Calls `visit` with each working interval `[start, end)` (epoch ms) in time order, from the local day before the
 * one containing `from`, until `visit` returns `false` or `maxDays` local days have been walked.
 *
 * @remarks
 * Each working span is turned into instants with the zone's rules: on a day of 24 real hours by adding minutes to
 * its midnight; on a daylight-saving day through `instantOfLocalTime`, so `08:30` is always the wall-clock 08:30.
 * Intervals of one day are disjoint; intervals of consecutive days may touch (a 24-hour calendar). Costs one or two
 * time-zone look-ups per working day. Internal to kpi-kit's time functions.
 *
 * @param business - A calendar prepared by `compileBusinessCalendar`.
 * @param from - An instant; intervals that end before it may be visited too.
 * @param maxDays - The most local days to walk (the loop guard).
 * @param visit - Receives each interval; returns `false` to stop.
 * @returns `true` when `visit` stopped the walk, `false` when `maxDays` ran out.
 *
 * @example
 * ```ts
 * const riga = compileBusinessCalendar(
 *   { timeZone: "Europe/Riga", businessHours: [{ weekday: 1, from: "08:30", to: "17:00" }] } as unknown as Calendar,
 *   "example",
 * );
 * const seen: string[] = [];
 * walkBusinessIntervals(riga, Date.parse("2026-11-16T00:00:00+02:00"), 7, (start) => {
 *   seen.push(new Date(start).toISOString());
 *   return true;
 * });
 * seen;
 * //=> ["2026-11-16T06:30:00.000Z"]
 * ```
 */
export function walkBusinessIntervals(
  business: BusinessCalendar,
  from: number,
  maxDays: number,
  visit: (start: number, end: number) => boolean,
): boolean {
  const zone = business.timeZone;
  const firstDay = localDayOf(from, zone) - 1;
  let midnightDay = Number.NaN; // the day whose next midnight is cached in `nextMidnight`
  let nextMidnight = 0;
  for (let day = firstDay; day < firstDay + maxDays; day++) {
    const spans = business.spansOf(day);
    if (spans.length === 0) continue;
    const midnight = midnightDay === day - 1 ? nextMidnight : instantOfLocalTime(day, 0, zone);
    nextMidnight = instantOfLocalTime(day + 1, 0, zone);
    midnightDay = day;
    const plain = nextMidnight - midnight === 86_400_000;
    for (let k = 0; k < spans.length; k += 2) {
      const a = spans[k]!;
      const b = spans[k + 1]!;
      const start = plain ? midnight + a * 60_000 : instantOfLocalTime(day, a, zone);
      const end = plain ? midnight + b * 60_000 : instantOfLocalTime(day, b, zone);
      if (end > start && !visit(start, end)) return true;
    }
  }
  return false;
}
