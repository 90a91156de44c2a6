import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { assertTimeZone } from "./_lib/assertTimeZone.js";
import { civilFromDays } from "./_lib/civilFromDays.js";
import { daysFromCivil } from "./_lib/daysFromCivil.js";
import { latvianPublicHolidays } from "./latvianPublicHolidays.js";

/**
 * A calendar's working time, prepared for walking day by day.
 *
 * @category Time
 */
export interface BusinessCalendar {
  /** The validated IANA time zone. */
  readonly timeZone: string;
  /**
   * The working spans of a local day (days since 1970-01-01) as flat `[from, to, from, to, …]` minutes after local
   * midnight, sorted and disjoint; empty on a non-working day.
   */
  readonly spansOf: (day: number) => readonly number[];
  /** The length of one business day in ms: the hours of the first weekday (Monday first) that has any. */
  readonly businessDayMs: number;
}

const LOCAL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NONE: readonly number[] = [];

function minutesOf(text: unknown, path: readonly PropertyKey[], where: string): number {
  const m = typeof text === "string" ? LOCAL_TIME.exec(text) : null;
  if (m === null) {
    throw new KpiError("invalid_argument", `${where}: business hours are written HH:MM (00:00 to 24:00)`, { path });
  }
  return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

function dayOf(text: unknown, path: readonly PropertyKey[], where: string): number {
  const m = typeof text === "string" ? LOCAL_DATE.exec(text) : null;
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      const days = daysFromCivil(year, month, day);
      if (civilFromDays(days).day === day) return days;
    }
  }
  throw new KpiError("invalid_argument", `${where}: a local date is written YYYY-MM-DD and must exist`, { path });
}

// The days of Latvia's public holidays, by year: the same for every calendar, so computed once per year and run.
const latvianByYear = new Map<number, ReadonlySet<number>>();

/**
 * Validates a calendar's business hours, holidays and extra working days, and prepares them for day-by-day walks.
 *
 * @remarks
 * Working days are the weekdays with business hours, minus holidays (the calendar's own and, with
 * `publicHolidays: "lv"`, the Latvian public holidays of each year, computed once per year within one call),
 * plus extra working days, which take the hours of weekday `extraWorkingDayHoursOf`. An extra working day wins over
 * a holiday on the same date. Spans of one weekday are merged if they overlap. A hand-built calendar is checked as
 * thoroughly as the schema would. The business-time functions compile the calendar on every call; compile it once
 * yourself to read a business day's length (`businessDayMs`, what "N business days" means) or the working spans of
 * many days.
 *
 * @param calendar - The calendar.
 * @param where - The calling function's name, for error messages.
 * @defaultValue where `"compileBusinessCalendar"`
 * @returns The prepared calendar.
 * @throws {@link KpiError} `invalid_time_zone` (path `["timeZone"]`); `empty_calendar` (path `["businessHours"]`)
 * when there are no business hours at all; `invalid_argument` for a malformed field (e.g. path
 * `["businessHours", 0, "from"]`, `["holidays", 2]`); `invalid_interval` (path `["businessHours", i, "to"]`) for
 * hours that end before they start; `invalid_argument` for a missing or wrong-shaped argument: `calendar` not an
 * object (path `[]`), `holidays` or `extraWorkingDays` given but not an array (path `["holidays"]`,
 * `["extraWorkingDays"]`).
 *
 * @example
 * ```ts
 * const riga = compileBusinessCalendar(
 *   { timeZone: "Europe/Riga", businessHours: [{ weekday: 1, from: "08:30", to: "17:00" }] } as unknown as Calendar,
 * );
 * riga.businessDayMs / 3_600_000;
 * //=> 8.5
 * ```
 *
 * @category Time
 */
export function compileBusinessCalendar(calendar: Calendar, where = "compileBusinessCalendar"): BusinessCalendar {
  requireObject(calendar, where, "calendar");
  const timeZone: unknown = calendar.timeZone;
  assertTimeZone(timeZone, where);
  const hours: unknown = calendar.businessHours;
  if (!Array.isArray(hours) || hours.length === 0) {
    throw new KpiError("empty_calendar", `${where}: the calendar has no business hours`, { path: ["businessHours"] });
  }
  const byWeekday: number[][][] = [[], [], [], [], [], [], [], []];
  hours.forEach((h: { weekday?: unknown; from?: unknown; to?: unknown }, i: number) => {
    const weekday = h?.weekday;
    if (typeof weekday !== "number" || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new KpiError("invalid_argument", `${where}: a weekday is 1 (Monday) to 7 (Sunday)`, {
        path: ["businessHours", i, "weekday"],
      });
    }
    const from = minutesOf(h.from, ["businessHours", i, "from"], where);
    const to = minutesOf(h.to, ["businessHours", i, "to"], where);
    if (to <= from) {
      throw new KpiError("invalid_interval", `${where}: business hours must end after they start`, {
        path: ["businessHours", i, "to"],
      });
    }
    byWeekday[weekday]!.push([from, to]);
  });
  const spansByWeekday: (readonly number[])[] = byWeekday.map((spans) => {
    const flat: number[] = [];
    for (const [from, to] of [...spans].sort((a, b) => a[0]! - b[0]!)) {
      const lastTo = flat[flat.length - 1];
      if (lastTo !== undefined && from! <= lastTo) flat[flat.length - 1] = Math.max(lastTo, to!);
      else flat.push(from!, to!);
    }
    return flat;
  });
  const extraHoursOf: unknown = calendar.extraWorkingDayHoursOf ?? 1;
  if (typeof extraHoursOf !== "number" || !Number.isInteger(extraHoursOf) || extraHoursOf < 1 || extraHoursOf > 7) {
    throw new KpiError("invalid_argument", `${where}: extraWorkingDayHoursOf is a weekday 1–7`, {
      path: ["extraWorkingDayHoursOf"],
    });
  }
  const holidayList: unknown = calendar.holidays ?? [];
  const extraList: unknown = calendar.extraWorkingDays ?? [];
  requireArray(holidayList, where, "calendar.holidays", ["holidays"]);
  requireArray(extraList, where, "calendar.extraWorkingDays", ["extraWorkingDays"]);
  const holidays = new Set(Array.from(holidayList, (d, i) => dayOf(d, ["holidays", i], where)));
  const extraDays = new Set(Array.from(extraList, (d, i) => dayOf(d, ["extraWorkingDays", i], where)));
  const publicHolidays: unknown = calendar.publicHolidays ?? "none";
  if (publicHolidays !== "none" && publicHolidays !== "lv") {
    throw new KpiError("invalid_argument", `${where}: publicHolidays is "none" or "lv"`, { path: ["publicHolidays"] });
  }
  const isLatvianHoliday = (day: number): boolean => {
    const year = civilFromDays(day).year;
    if (year < 1583 || year > 9999) return false;
    let set = latvianByYear.get(year);
    if (set === undefined) {
      set = new Set(latvianPublicHolidays(year).map((d) => daysFromCivil(year, Number(d.slice(5, 7)), Number(d.slice(8)))));
      latvianByYear.set(year, set);
    }
    return set.has(day);
  };
  const spansOf = (day: number): readonly number[] => {
    if (extraDays.has(day)) return spansByWeekday[extraHoursOf]!;
    if (holidays.has(day) || (publicHolidays === "lv" && isLatvianHoliday(day))) return NONE;
    return spansByWeekday[((((day + 3) % 7) + 7) % 7) + 1]!;
  };
  let businessDayMs = 0;
  for (let weekday = 1; weekday <= 7 && businessDayMs === 0; weekday++) {
    const spans = spansByWeekday[weekday]!;
    for (let k = 0; k < spans.length; k += 2) businessDayMs += (spans[k + 1]! - spans[k]!) * 60_000;
  }
  return { timeZone, spansOf, businessDayMs };
}
