import { describe, expect, it } from "vitest";
import { parseCalendar } from "../../src/model/calendar.js";
import { addBusinessTime } from "../../src/time/addBusinessTime.js";
import { HOUR, rigaOffice, withChanges } from "./business.fixtures.js";

const at = (iso: string): number => Date.parse(iso);

describe("addBusinessTime", () => {
  it("matches the documented example", () => {
    const riga = parseCalendar({
      timeZone: "Europe/Riga",
      businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
      publicHolidays: "lv",
    });
    expect(new Date(addBusinessTime(Date.parse("2026-11-13T15:00:00+02:00"), 16 * 3_600_000, riga)).toISOString()).toBe(
      "2026-11-17T12:00:00.000Z",
    );
  });

  it("skips a weekend and the 18 November holiday", () => {
    // From Friday 2026-11-13 15:00 (+02:00): Fri 2 h, Mon 16th 8.5 h, Tue 17th 8.5 h = 19 h; Wed 18th is Proclamation
    // Day; Thu 19th 08:30 + 5 h = 13:30 local = 11:30Z.
    expect(addBusinessTime(at("2026-11-13T15:00:00+02:00"), 24 * HOUR, rigaOffice)).toBe(at("2026-11-19T11:30:00Z"));
  });

  it("ends at closing time rather than the next opening", () => {
    // 8.5 h from 08:30 is 17:00 the same day.
    expect(addBusinessTime(at("2026-11-16T08:30:00+02:00"), 8.5 * HOUR, rigaOffice)).toBe(at("2026-11-16T17:00:00+02:00"));
  });

  it("counts from the next opening when it starts outside hours", () => {
    // Saturday 2026-11-14 10:00 → Monday 08:30 + 1 h.
    expect(addBusinessTime(at("2026-11-14T10:00:00+02:00"), HOUR, rigaOffice)).toBe(at("2026-11-16T09:30:00+02:00"));
    // Friday 2026-11-13 18:00 → Monday 09:30 too.
    expect(addBusinessTime(at("2026-11-13T18:00:00+02:00"), HOUR, rigaOffice)).toBe(at("2026-11-16T09:30:00+02:00"));
  });

  it("returns the start for a zero duration", () => {
    expect(addBusinessTime(at("2026-11-14T10:00:00+02:00"), 0, rigaOffice)).toBe(at("2026-11-14T10:00:00+02:00"));
  });

  it("keeps wall-clock hours across the spring switch", () => {
    // Friday 2026-03-27 16:00 (+02:00) + 2 h: 1 h Friday, then Monday 30 March 08:30 (+03:00, summer time) + 1 h.
    expect(addBusinessTime(at("2026-03-27T16:00:00+02:00"), 2 * HOUR, rigaOffice)).toBe(at("2026-03-30T09:30:00+03:00"));
  });

  it("works on extra working days and skips own holidays", () => {
    // Saturday 2026-11-14 made a working day with Monday's hours; Monday 16th made a holiday.
    const calendar = withChanges({ extraWorkingDays: ["2026-11-14"], holidays: ["2026-11-16"] });
    // Fri 13th 16:00 + 3 h: 1 h Fri, 2 h on Sat 14th from 08:30 → 10:30.
    expect(addBusinessTime(at("2026-11-13T16:00:00+02:00"), 3 * HOUR, calendar)).toBe(at("2026-11-14T10:30:00+02:00"));
    // Fri 13th 16:00 + 10 h: 1 h Fri, 8.5 h Sat; Mon 16th off; Tue 17th 08:30 + 0.5 h = 09:00.
    expect(addBusinessTime(at("2026-11-13T16:00:00+02:00"), 10 * HOUR, calendar)).toBe(at("2026-11-17T09:00:00+02:00"));
  });

  it("ignores Latvian holidays when publicHolidays is none", () => {
    // Tue 17 Nov 2026 16:00 + 2 h → Wed 18th 09:30 (a working day now).
    expect(addBusinessTime(at("2026-11-17T16:00:00+02:00"), 2 * HOUR, withChanges({ publicHolidays: "none" }))).toBe(
      at("2026-11-18T09:30:00+02:00"),
    );
  });

  it("throws empty_calendar without business hours", () => {
    expect(() => addBusinessTime(0, HOUR, withChanges({ businessHours: [] }))).toThrowError(
      expect.objectContaining({ code: "empty_calendar", path: ["businessHours"] }),
    );
  });

  it("throws on bad arguments", () => {
    expect(() => addBusinessTime(Number.NaN, HOUR, rigaOffice)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["start"] }));
    expect(() => addBusinessTime(0, Infinity, rigaOffice)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["durationMs"] }));
    expect(() => addBusinessTime(0, -1, rigaOffice)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["durationMs"] }));
    expect(() => addBusinessTime(0, HOUR, withChanges({ timeZone: "Europe/Atlantis" }))).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }),
    );
  });

  it("throws input_too_large when the deadline is over 100 years ahead", () => {
    // 2,300 h a year × 100 years < 1e6 h.
    expect(() => addBusinessTime(0, 1e6 * HOUR, withChanges({ publicHolidays: "none" }))).toThrowError(
      expect.objectContaining({ code: "input_too_large", path: ["durationMs"] }),
    );
  });
});
