import { KpiError } from "../errors.js";

/**
 * Returns the date of Western (Gregorian) Easter Sunday in a year, as a local date `YYYY-MM-DD`.
 *
 * @remarks
 * The anonymous Gregorian algorithm (Meeus/Jones/Butcher, as in Jean Meeus, *Astronomical Algorithms*, ch. 8),
 * valid for every year of the Gregorian calendar (1583 on).
 *
 * @param year - A whole year, 1583–9999.
 * @returns Easter Sunday, e.g. `"2026-04-05"`.
 * @throws `KpiError` `invalid_argument` (path `["year"]`) for a year that is not whole or out of range.
 *
 * @example
 * ```ts
 * easterSunday(2026);
 * //=> "2026-04-05"
 * ```
 *
 * @category Time
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new KpiError("invalid_argument", "easterSunday: the year must be a whole year 1583–9999", { path: ["year"] });
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
