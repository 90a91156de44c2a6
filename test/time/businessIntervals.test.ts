import { describe, expect, it } from "vitest";
import { parseCalendar } from "../../src/model/calendar.js";
import { businessIntervals } from "../../src/time/businessIntervals.js";
import { rigaOffice, withChanges } from "./business.fixtures.js";

const at = (iso: string): number => Date.parse(iso);

describe("businessIntervals", () => {
  it("matches the documented example", () => {
    const riga = parseCalendar({
      timeZone: "Europe/Riga",
      businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
      publicHolidays: "lv",
    });
    expect(
      businessIntervals(Date.parse("2026-11-13T10:00:00Z"), Date.parse("2026-11-16T10:00:00Z"), riga).map((i) => [
        new Date(i.start).toISOString(),
        new Date(i.end).toISOString(),
      ]),
    ).toEqual([
      ["2026-11-13T10:00:00.000Z", "2026-11-13T15:00:00.000Z"],
      ["2026-11-16T06:30:00.000Z", "2026-11-16T10:00:00.000Z"],
    ]);
  });

  it("skips Latvian holidays: Easter 2026", () => {
    // Thu 2 April 2026 to Tue 7 April: Good Friday 3rd and Easter Monday 6th are holidays → Thu and Tue only.
    const intervals = businessIntervals(at("2026-04-02T00:00:00+03:00"), at("2026-04-08T00:00:00+03:00"), rigaOffice);
    expect(intervals).toEqual([
      { start: at("2026-04-02T08:30:00+03:00"), end: at("2026-04-02T17:00:00+03:00") },
      { start: at("2026-04-07T08:30:00+03:00"), end: at("2026-04-07T17:00:00+03:00") },
    ]);
  });

  it("merges touching intervals of a 24-hour calendar", () => {
    const always = withChanges({
      businessHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: "00:00", to: "24:00" })),
      publicHolidays: "none",
    });
    expect(businessIntervals(at("2026-03-27T10:00:00Z"), at("2026-03-31T10:00:00Z"), always)).toEqual([
      { start: at("2026-03-27T10:00:00Z"), end: at("2026-03-31T10:00:00Z") },
    ]);
  });

  it("keeps split shifts apart and merges overlapping spans of one weekday", () => {
    const split = withChanges({
      businessHours: [
        { weekday: 1, from: "08:00", to: "12:00" },
        { weekday: 1, from: "11:00", to: "12:30" },
        { weekday: 1, from: "13:00", to: "17:00" },
      ],
    });
    expect(businessIntervals(at("2026-11-16T00:00:00+02:00"), at("2026-11-17T00:00:00+02:00"), split)).toEqual([
      { start: at("2026-11-16T08:00:00+02:00"), end: at("2026-11-16T12:30:00+02:00") },
      { start: at("2026-11-16T13:00:00+02:00"), end: at("2026-11-16T17:00:00+02:00") },
    ]);
  });

  it("throws invalid_interval when to is before from", () => {
    expect(() => businessIntervals(2, 1, rigaOffice)).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["to"] }));
  });

  it("throws input_too_large for more than 200 years", () => {
    expect(() => businessIntervals(0, 250 * 366 * 86_400_000, rigaOffice)).toThrowError(expect.objectContaining({ code: "input_too_large", path: ["to"] }));
  });

  it("throws empty_calendar without business hours", () => {
    expect(() => businessIntervals(0, 1, withChanges({ businessHours: [] }))).toThrowError(
      expect.objectContaining({ code: "empty_calendar", path: ["businessHours"] }),
    );
  });
});
