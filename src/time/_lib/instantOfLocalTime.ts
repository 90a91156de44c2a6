import { zoneOffsetMs } from "./zoneOffsetMs.js";

const DAY_MS = 86_400_000;

/**
 * Returns the earliest instant at which a zone's wall clock shows a given local time (or has passed it).
 *
 * @remarks
 * The offsets one day before and one day after the wall time are compared. When they agree (almost always) the
 * answer is `wall − offset`. Around a switch both candidates are checked: when the wall time happens twice (the
 * clock goes back) the earlier instant is returned; when it does not happen at all (the clock jumps over it) the
 * instant of the jump is returned, found by bisection, so a local day that starts in a gap starts at the jump.
 * Assumes at most one offset change within 48 hours. The zone must already be validated. Internal to kpi-kit's
 * time functions.
 *
 * @param day - The local date as days since 1970-01-01.
 * @param minuteOfDay - Minutes after local midnight, 0–1440 (1440 is the next midnight).
 * @param timeZone - A valid IANA zone.
 * @returns An instant in epoch milliseconds.
 *
 * @example
 * ```ts
 * // Midnight of 29 March 2026 in Riga, still winter time (UTC+2): 22:00 UTC the day before.
 * instantOfLocalTime(20541, 0, "Europe/Riga") === Date.UTC(2026, 2, 28, 22);
 * //=> true
 * ```
 */
export function instantOfLocalTime(day: number, minuteOfDay: number, timeZone: string): number {
  const wall = day * DAY_MS + minuteOfDay * 60_000;
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const after = zoneOffsetMs(timeZone, wall + DAY_MS);
  const first = wall - before;
  if (before === after) return first;
  const second = wall - after;
  const firstOk = zoneOffsetMs(timeZone, first) === before;
  const secondOk = zoneOffsetMs(timeZone, second) === after;
  if (firstOk && secondOk) return Math.min(first, second);
  if (firstOk) return first;
  if (secondOk) return second;
  // A gap: the clock jumps over the wall time. Find the instant of the jump between the two candidates.
  let lo = Math.min(first, second);
  let hi = Math.max(first, second);
  const loOffset = zoneOffsetMs(timeZone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(timeZone, mid) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}
