import { describe, expect, it } from "vitest";
import { parseCalendar } from "../../src/model/calendar.js";
import { addBusinessDays } from "../../src/time/addBusinessDays.js";
import { rigaOffice, withChanges } from "./business.fixtures.js";

const at = (iso: string): number => Date.parse(iso);

describe("addBusinessDays", () => {
  it("matches the documented example", () => {
    const riga = parseCalendar({
      timeZone: "Europe/Riga",
      businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
      publicHolidays: "lv",
    });
    expect(new Date(addBusinessDays(Date.parse("2026-11-13T15:00:00+02:00"), 3, riga)).toISOString()).toBe("2026-11-19T13:00:00.000Z");
  });

  it("moves one business day from Friday 15:00 to Monday 15:00", () => {
    // 8.5 h: 2 h Friday, 6.5 h from Monday 08:30 → 15:00.
    expect(addBusinessDays(at("2026-11-13T15:00:00+02:00"), 1, rigaOffice)).toBe(at("2026-11-16T15:00:00+02:00"));
  });

  it("uses the first weekday with hours as the day length", () => {
    // Only Tuesday 09:00–13:00 (4 h) → one business day = 4 h; from Tue 2026-11-10 09:00 → Tue 17th 09:00 + 4 h = 13:00.
    const calendar = withChanges({ businessHours: [{ weekday: 2, from: "09:00", to: "13:00" }], publicHolidays: "none" });
    expect(addBusinessDays(at("2026-11-10T09:00:00+02:00"), 2, calendar)).toBe(at("2026-11-17T13:00:00+02:00"));
  });

  it("throws on a negative or non-finite number of days", () => {
    expect(() => addBusinessDays(0, -1, rigaOffice)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["days"] }));
    expect(() => addBusinessDays(0, Number.NaN, rigaOffice)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["days"] }));
  });

  it("throws empty_calendar without business hours", () => {
    expect(() => addBusinessDays(0, 1, withChanges({ businessHours: [] }))).toThrowError(
      expect.objectContaining({ code: "empty_calendar", path: ["businessHours"] }),
    );
  });
});
