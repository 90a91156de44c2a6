import { zoneOffsetMs } from "./zoneOffsetMs.js";

/**
 * Returns the local calendar day of an instant in a time zone, as days since 1970-01-01.
 *
 * @remarks
 * `floor((ms + offset(ms)) / 86 400 000)`: an instant exactly at a local midnight belongs to the new day. The zone
 * must already be validated. Internal to kpi-kit's time functions.
 *
 * @param ms - An instant in epoch milliseconds.
 * @param timeZone - A valid IANA zone.
 * @returns The local day number (use `civilFromDays` for its year, month and day).
 *
 * @example
 * ```ts
 * // 2026-03-28T22:00:00Z is midnight of 29 March in Riga (UTC+2 in winter).
 * localDayOf(Date.UTC(2026, 2, 28, 22), "Europe/Riga");
 * //=> 20541
 * ```
 */
export function localDayOf(ms: number, timeZone: string): number {
  return Math.floor((ms + zoneOffsetMs(timeZone, ms)) / 86_400_000);
}
