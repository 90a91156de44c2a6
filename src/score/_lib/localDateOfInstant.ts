import { civilFromDays } from "../../time/_lib/civilFromDays.js";
import { localDayOf } from "../../time/_lib/localDayOf.js";

/**
 * Returns the local date `YYYY-MM-DD` on which an instant falls in a time zone.
 *
 * @remarks
 * Internal to kpi-kit's score functions (not exported from the package). One time-zone look-up; an instant exactly
 * at a local midnight falls on the new date (docs/conventions.md#time-and-calendars). The zone must already be validated.
 *
 * @param instant - Epoch milliseconds.
 * @param timeZone - A valid IANA zone.
 * @returns The local date.
 *
 * @example
 * ```ts
 * // 2026-02-28T22:00:00Z is midnight of 1 March in Riga (UTC+2).
 * localDateOfInstant(Date.UTC(2026, 1, 28, 22), "Europe/Riga");
 * //=> "2026-03-01"
 * ```
 */
export function localDateOfInstant(instant: number, timeZone: string): string {
  const { year, month, day } = civilFromDays(localDayOf(instant, timeZone));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
