import { describe, expect, it } from "vitest";
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
