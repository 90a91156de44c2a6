/**
 * Returns the number of days from 1970-01-01 to a date of the proleptic Gregorian calendar.
 *
 * @remarks
 * Howard Hinnant's `days_from_civil` algorithm ("chrono-Compatible Low-Level Date Algorithms"), exact for every
 * year, including years before 1970 and before year 1. Pure integer arithmetic: no `Date`, no time zone. The month
 * must be 1–12 and the day 1–31; an impossible day such as 30 February rolls over (to 2 March).
 * Internal to kpi-kit's time functions.
 *
 * @param year - The year, e.g. `2026`.
 * @param month - The month, 1–12.
 * @param day - The day of the month, 1–31.
 * @returns Days since 1970-01-01 (negative before it).
 *
 * @example
 * ```ts
 * daysFromCivil(2026, 3, 29);
 * //=> 20541
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
