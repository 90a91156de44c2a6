import { assertNever } from "../../internal/assertNever.js";
import { civilFromDays } from "./civilFromDays.js";
import { daysFromCivil } from "./daysFromCivil.js";
import type { Grain } from "../grain.js";

/**
 * The local days that start and end one period, and its label.
 */
export interface LocalPeriodDays {
  /** The first local day of the period (days since 1970-01-01). */
  readonly startDay: number;
  /** The first local day of the next period. */
  readonly endDay: number;
  /** The period's label, e.g. `"2026-W13"`. */
  readonly label: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Returns the period of a grain that contains a local day, as local days and a label.
 *
 * @remarks
 * Pure calendar arithmetic with no time zone: the ISO week starts on Monday and belongs to the ISO week-year of its
 * Thursday; a fiscal year starts on day 1 of `fiscalYearStartMonth` and is labelled `FYyyyy-YY` by the year in
 * which it starts (`FY2025-26`, for every start month, including January). Internal to kpi-kit's time functions.
 *
 * @param day - A local day as days since 1970-01-01.
 * @param grain - The grain.
 * @param fiscalYearStartMonth - The month (1–12) in which a fiscal year starts.
 * @returns The first day, the first day of the next period, and the label.
 *
 * @example
 * ```ts
 * // 2027-01-01 is a Friday in ISO week 2026-W53 (Monday 2026-12-28 to Monday 2027-01-04).
 * periodOfLocalDay(20819, "week", 1).label;
 * //=> "2026-W53"
 * ```
 */
export function periodOfLocalDay(day: number, grain: Grain, fiscalYearStartMonth: number): LocalPeriodDays {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  switch (grain) {
    case "day":
      return { startDay: day, endDay: day + 1, label: `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}` };
    case "week": {
      const isoWeekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
      const monday = day - isoWeekday;
      const thursday = monday + 3;
      const weekYear = civilFromDays(thursday).year;
      const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
      return { startDay: monday, endDay: monday + 7, label: `${pad(weekYear, 4)}-W${pad(week, 2)}` };
    }
    case "month": {
      const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
      return { startDay: daysFromCivil(year, month, 1), endDay: next, label: `${pad(year, 4)}-${pad(month, 2)}` };
    }
    case "quarter": {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const next = quarter === 4 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, quarter * 3 + 1, 1);
      return { startDay: daysFromCivil(year, quarter * 3 - 2, 1), endDay: next, label: `${pad(year, 4)}-Q${quarter}` };
    }
    case "year":
      return { startDay: daysFromCivil(year, 1, 1), endDay: daysFromCivil(year + 1, 1, 1), label: pad(year, 4) };
    case "fiscal_year": {
      const startYear = month >= fiscalYearStartMonth ? year : year - 1;
      return {
        startDay: daysFromCivil(startYear, fiscalYearStartMonth, 1),
        endDay: daysFromCivil(startYear + 1, fiscalYearStartMonth, 1),
        label: `FY${pad(startYear, 4)}-${pad((((startYear + 1) % 100) + 100) % 100, 2)}`,
      };
    }
    default:
      return assertNever(grain, "periodOfLocalDay");
  }
}
