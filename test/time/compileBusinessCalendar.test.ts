import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import type { Calendar } from "../../src/model/calendar.js";
import { compileBusinessCalendar } from "../../src/time/compileBusinessCalendar.js";
import { daysFromCivil } from "../../src/time/_lib/daysFromCivil.js";
import { withChanges } from "./business.fixtures.js";

describe("compileBusinessCalendar", () => {
  it("matches the documented example", () => {
    const riga = compileBusinessCalendar(
      { timeZone: "Europe/Riga", businessHours: [{ weekday: 1, from: "08:30", to: "17:00" }] } as unknown as Calendar,
    );
    // 08:30–17:00 = 8.5 hours.
    expect(riga.businessDayMs / 3_600_000).toBe(8.5);
    expect(() => compileBusinessCalendar({ timeZone: "Europe/Riga", businessHours: [] } as unknown as Calendar)).toThrowError(
      expect.objectContaining({ code: "empty_calendar", message: expect.stringContaining("compileBusinessCalendar") }),
    );
  });

  it("lets an extra working day win over a holiday on the same date", () => {
    const business = compileBusinessCalendar(withChanges({ holidays: ["2026-11-14"], extraWorkingDays: ["2026-11-14"] }), "x");
    expect(business.spansOf(daysFromCivil(2026, 11, 14))).toEqual([510, 1020]);
    expect(business.spansOf(daysFromCivil(2026, 11, 18))).toEqual([]);
  });
});

describe("compileBusinessCalendar: wrong-shaped arguments", () => {
  it("throws invalid_argument, named after the caller, for a calendar that is not an object or lists that are not arrays", () => {
    const hours = [{ weekday: 1, from: "09:00", to: "17:00" }];
    const error = (calendar: unknown, where?: string) => kpiErrorOf(() => compileBusinessCalendar(calendar as never, where));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: [], message: "compileBusinessCalendar: calendar must be an object, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "compileBusinessCalendar: calendar must be an object, not null" });
    expect(error("Europe/Riga")).toEqual({ code: "invalid_argument", path: [], message: "compileBusinessCalendar: calendar must be an object, not string" });
    expect(error(undefined, "addBusinessTime")).toEqual({ code: "invalid_argument", path: [], message: "addBusinessTime: calendar must be an object, not undefined" });
    expect(error({ timeZone: "UTC", businessHours: hours, holidays: 5 })).toEqual({
      code: "invalid_argument",
      path: ["holidays"],
      message: "compileBusinessCalendar: calendar.holidays must be an array, not number",
    });
    expect(error({ timeZone: "UTC", businessHours: hours, extraWorkingDays: "2026-01-03" })).toEqual({
      code: "invalid_argument",
      path: ["extraWorkingDays"],
      message: "compileBusinessCalendar: calendar.extraWorkingDays must be an array, not string",
    });
    // Absent (or null) lists are no holidays, as before.
    expect(compileBusinessCalendar({ timeZone: "UTC", businessHours: hours, holidays: null } as never).businessDayMs).toBe(8 * 3_600_000);
  });
});
