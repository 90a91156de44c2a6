import { describe, expect, it } from "vitest";
import { parseCalendar } from "../../src/model/calendar.js";
import { businessTimeBetween } from "../../src/time/businessTimeBetween.js";
import { HOUR, rigaOffice, withChanges } from "./business.fixtures.js";

const at = (iso: string): number => Date.parse(iso);

describe("businessTimeBetween", () => {
  it("matches the documented example", () => {
    const riga = parseCalendar({
      timeZone: "Europe/Riga",
      businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
      publicHolidays: "lv",
    });
    expect(businessTimeBetween(Date.parse("2026-11-13T15:00:00+02:00"), Date.parse("2026-11-17T12:00:00+02:00"), riga) / 3_600_000).toBe(14);
  });

  it("leaves out the 18 November holiday", () => {
    // Tue 17th 12:00 → Thu 19th 12:00: 5 h Tue + 0 Wed (holiday) + 3.5 h Thu = 8.5 h.
    expect(businessTimeBetween(at("2026-11-17T12:00:00+02:00"), at("2026-11-19T12:00:00+02:00"), rigaOffice)).toBe(8.5 * HOUR);
  });

  it("counts a whole 24-hour service day as 23 real hours on the spring switch", () => {
    // Sunday 2026-03-29 00:00–24:00 wall clock in Riga lasts 23 real hours.
    const allSunday = withChanges({ businessHours: [{ weekday: 7, from: "00:00", to: "24:00" }] });
    expect(businessTimeBetween(at("2026-03-28T00:00:00Z"), at("2026-03-31T00:00:00Z"), allSunday)).toBe(23 * HOUR);
  });

  it("is 0 for an empty range", () => {
    expect(businessTimeBetween(at("2026-11-17T12:00:00+02:00"), at("2026-11-17T12:00:00+02:00"), rigaOffice)).toBe(0);
  });

  it("throws invalid_interval when end is before start", () => {
    expect(() => businessTimeBetween(2, 1, rigaOffice)).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["end"] }));
  });

  it("throws non_finite for a non-finite bound", () => {
    expect(() => businessTimeBetween(Number.NaN, 1, rigaOffice)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["start"] }));
    expect(() => businessTimeBetween(0, Infinity, rigaOffice)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["end"] }));
  });

  it("throws for malformed business hours in a hand-built calendar", () => {
    expect(() => businessTimeBetween(0, 1, withChanges({ businessHours: [{ weekday: 8, from: "08:00", to: "09:00" }] }))).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["businessHours", 0, "weekday"] }),
    );
    expect(() => businessTimeBetween(0, 1, withChanges({ businessHours: [{ weekday: 1, from: "8:00", to: "09:00" }] }))).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["businessHours", 0, "from"] }),
    );
    expect(() => businessTimeBetween(0, 1, withChanges({ businessHours: [{ weekday: 1, from: "10:00", to: "09:00" }] }))).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["businessHours", 0, "to"] }),
    );
    expect(() => businessTimeBetween(0, 1, withChanges({ holidays: ["2026-02-30"] }))).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["holidays", 0] }),
    );
  });
});
