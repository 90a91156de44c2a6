/**
 * A date of the proleptic Gregorian calendar as numbers.
 */
export interface CivilDate {
  /** The year, e.g. `2026`. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * Returns the calendar date that lies a number of days after 1970-01-01.
 *
 * @remarks
 * Howard Hinnant's `civil_from_days` algorithm, the inverse of `daysFromCivil`. Pure integer arithmetic.
 * Internal to kpi-kit's time functions.
 *
 * @param days - Days since 1970-01-01 (negative before it).
 * @returns The year, month (1–12) and day (1–31).
 *
 * @example
 * ```ts
 * civilFromDays(20541);
 * //=> { year: 2026, month: 3, day: 29 }
 * ```
 */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
