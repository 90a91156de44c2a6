import { describe, expect, it } from "vitest";
import { isTimeZone, parseCalendar } from "../../src/model/calendar.js";

describe("parseCalendar", () => {
  it("matches the documented example", () => {
    expect(parseCalendar({ timeZone: "Europe/Riga", fiscalYearStartMonth: 4 }).weekStart).toBe(1);
  });

  it("applies defaults: UTC, Monday, January, no hours, no holidays", () => {
    expect(parseCalendar({})).toEqual({
      id: "default",
      timeZone: "UTC",
      weekStart: 1,
      fiscalYearStartMonth: 1,
      businessHours: [],
      publicHolidays: "none",
      holidays: [],
      extraWorkingDays: [],
      extraWorkingDayHoursOf: 1,
    });
  });

  it("rejects an unknown time zone with invalid_time_zone", () => {
    expect(() => parseCalendar({ timeZone: "Europe/Atlantis" })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }),
    );
  });

  it("rejects business hours that end before they start", () => {
    expect(() => parseCalendar({ businessHours: [{ weekday: 1, from: "17:00", to: "08:30" }] })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["businessHours", 0, "to"] }),
    );
  });

  it("rejects overlapping business hours on one weekday", () => {
    const hours = [
      { weekday: 2, from: "08:00", to: "12:00" },
      { weekday: 2, from: "11:00", to: "17:00" },
    ];
    expect(() => parseCalendar({ businessHours: hours })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["businessHours", 1] }),
    );
  });

  it("rejects a fiscal-year start month out of range and a bad holiday date", () => {
    expect(() => parseCalendar({ fiscalYearStartMonth: 13 })).toThrowError(expect.objectContaining({ path: ["fiscalYearStartMonth"] }));
    expect(() => parseCalendar({ holidays: ["2026-02-30"] })).toThrowError(expect.objectContaining({ path: ["holidays", 0] }));
  });
});

describe("isTimeZone", () => {
  it("matches the documented example", () => {
    expect(isTimeZone("Europe/Riga")).toBe(true);
  });

  it("refuses unknown names and the empty string", () => {
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
