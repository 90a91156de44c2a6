import type { Calendar } from "../../src/model/calendar.js";

/** Riga, Monday–Friday 08:30–17:00, Latvian public holidays (a hand-built calendar, as parseCalendar would give). */
export const rigaOffice = {
  id: "riga",
  timeZone: "Europe/Riga",
  weekStart: 1,
  fiscalYearStartMonth: 1,
  businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
  publicHolidays: "lv",
  holidays: [],
  extraWorkingDays: [],
  extraWorkingDayHoursOf: 1,
} as unknown as Calendar;

export const withChanges = (changes: Record<string, unknown>): Calendar => ({ ...rigaOffice, ...changes }) as Calendar;

export const HOUR = 3_600_000;
