// Shared helpers for the sla tests.
import type { Calendar } from "../../src/model/calendar.js";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const at = (iso: string): number => Date.parse(iso);

/** Riga, weekdays 08:30–17:00, Latvian public holidays. */
export const rigaOffice = {
  id: "riga-office",
  timeZone: "Europe/Riga",
  weekStart: 1,
  fiscalYearStartMonth: 1,
  businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
  publicHolidays: "lv",
  holidays: [],
  extraWorkingDays: [],
  extraWorkingDayHoursOf: 1,
} as unknown as Calendar;
