import { KpiError } from "../errors.js";
import { civilFromDays } from "./_lib/civilFromDays.js";
import { daysFromCivil } from "./_lib/daysFromCivil.js";
import { easterSunday } from "./easterSunday.js";

function format(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Returns the public holidays (non-working days) of Latvia in a year, as sorted local dates `YYYY-MM-DD`.
 *
 * @remarks
 * The holidays of the Latvian law "On Public Holidays, Commemoration Days and Celebration Days" as it stands
 * today, applied to every year (past years are not rewritten to older versions of the law): New Year's Day
 * (1 January); Good Friday, Easter Sunday and Easter Monday (Gregorian Easter, Meeus/Jones/Butcher); Labour Day
 * (1 May); Restoration of Independence (4 May); Midsummer Eve and Midsummer Day (23 and 24 June); Proclamation of
 * the Republic (18 November); Christmas Eve, Christmas Day and the Second Day of Christmas (24–26 December); New
 * Year's Eve (31 December). When 4 May or 18 November falls on a Saturday or Sunday, the following Monday is a
 * holiday too. Pentecost and Mother's Day are Sundays and are left out. One-off holidays set by separate laws
 * (e.g. the closing day of the Song and Dance Festival, or a day after an ice-hockey medal) and the transfer of
 * working days are not included: add them to a calendar's `holidays` and `extraWorkingDays`.
 *
 * @param year - A whole year, 1583–9999.
 * @returns 13 or 14 dates, sorted.
 * @throws `KpiError` `invalid_argument` (path `["year"]`) for a year that is not whole or out of range.
 *
 * @example
 * ```ts
 * latvianPublicHolidays(2026).slice(0, 4);
 * //=> ["2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06"]
 * ```
 *
 * @category Time
 */
export function latvianPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new KpiError("invalid_argument", "latvianPublicHolidays: the year must be a whole year 1583–9999", {
      path: ["year"],
    });
  }
  const easter = easterSunday(year);
  const easterDay = daysFromCivil(year, Number(easter.slice(5, 7)), Number(easter.slice(8, 10)));
  const days = [
    daysFromCivil(year, 1, 1),
    easterDay - 2,
    easterDay,
    easterDay + 1,
    daysFromCivil(year, 5, 1),
    daysFromCivil(year, 6, 23),
    daysFromCivil(year, 6, 24),
    daysFromCivil(year, 12, 24),
    daysFromCivil(year, 12, 25),
    daysFromCivil(year, 12, 26),
    daysFromCivil(year, 12, 31),
  ];
  for (const [month, dayOfMonth] of [
    [5, 4],
    [11, 18],
  ] as const) {
    const day = daysFromCivil(year, month, dayOfMonth);
    days.push(day);
    const isoWeekday = ((((day + 3) % 7) + 7) % 7) + 1; // 1 = Monday … 7 = Sunday
    if (isoWeekday === 6) days.push(day + 2);
    if (isoWeekday === 7) days.push(day + 1);
  }
  return days.sort((a, b) => a - b).map(format);
}
