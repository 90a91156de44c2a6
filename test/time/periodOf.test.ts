import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/time/periodOf.js";

// Riga is UTC+2 in winter and UTC+3 in summer; in 2026 the switches are on the last Sundays of March (29th) and
// October (25th), at 01:00 UTC. Expected boundaries below are local midnights converted by hand with those rules.
const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const rigaApril = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const newYork = { timeZone: "America/New_York", fiscalYearStartMonth: 1 };
const at = (iso: string): number => Date.parse(iso);
const HOUR = 3_600_000;

describe("periodOf", () => {
  it("matches the documented example", () => {
    const march = periodOf(Date.parse("2026-03-15T12:00:00Z"), "month", rigaApril);
    expect([march.label, (march.end - march.start) / 3_600_000]).toEqual(["2026-03", 743]);
  });

  it("gives a 23-hour day when Riga springs forward", () => {
    // 2026-03-29 starts at 00:00+02:00 = 03-28T22:00Z and ends at 00:00+03:00 on the 30th = 03-29T21:00Z.
    const day = periodOf(at("2026-03-29T12:00:00Z"), "day", riga);
    expect(day).toEqual({ grain: "day", label: "2026-03-29", start: at("2026-03-28T22:00:00Z"), end: at("2026-03-29T21:00:00Z") });
    expect((day.end - day.start) / HOUR).toBe(23);
  });

  it("gives a 25-hour day when Riga falls back", () => {
    // 2026-10-25 starts at 00:00+03:00 = 10-24T21:00Z and ends at 00:00+02:00 on the 26th = 10-25T22:00Z.
    const day = periodOf(at("2026-10-25T12:00:00Z"), "day", riga);
    expect([day.label, day.start, day.end]).toEqual(["2026-10-25", at("2026-10-24T21:00:00Z"), at("2026-10-25T22:00:00Z")]);
    expect((day.end - day.start) / HOUR).toBe(25);
  });

  it("gives October 2026 745 hours in Riga", () => {
    // 31 days × 24 h + 1 h gained on 25 October.
    const month = periodOf(at("2026-10-01T00:00:00+03:00"), "month", riga);
    expect([month.label, month.start, month.end]).toEqual(["2026-10", at("2026-09-30T21:00:00Z"), at("2026-10-31T22:00:00Z")]);
    expect((month.end - month.start) / HOUR).toBe(745);
  });

  it("puts an instant exactly at local midnight into the new period", () => {
    // 2026-03-31T21:00Z is 00:00 on 1 April in Riga (UTC+3).
    expect(periodOf(at("2026-03-31T21:00:00Z"), "month", riga).label).toBe("2026-04");
    expect(periodOf(at("2026-03-31T20:59:59.999Z"), "month", riga).label).toBe("2026-03");
    expect(periodOf(at("2026-03-31T21:00:00Z"), "quarter", riga).label).toBe("2026-Q2");
  });

  it("handles both switches in New York", () => {
    // US DST 2026: starts Sunday 8 March 02:00 EST (07:00Z), ends Sunday 1 November 02:00 EDT (06:00Z).
    const spring = periodOf(at("2026-03-08T12:00:00Z"), "day", newYork);
    expect([spring.start, spring.end]).toEqual([at("2026-03-08T05:00:00Z"), at("2026-03-09T04:00:00Z")]);
    const autumn = periodOf(at("2026-11-01T12:00:00Z"), "day", newYork);
    expect([autumn.start, autumn.end]).toEqual([at("2026-11-01T04:00:00Z"), at("2026-11-02T05:00:00Z")]);
    expect((autumn.end - autumn.start) / HOUR).toBe(25);
  });

  it("labels ISO week 53 when the year has one", () => {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; W53 runs Monday 2026-12-28 to Monday 2027-01-04.
    const week = periodOf(at("2027-01-01T12:00:00Z"), "week", utc);
    expect(week).toEqual({ grain: "week", label: "2026-W53", start: at("2026-12-28T00:00:00Z"), end: at("2027-01-04T00:00:00Z") });
    // 2020 is a leap year starting on a Wednesday: 53 weeks, W53 = 2020-12-28 .. 2021-01-04.
    expect(periodOf(at("2021-01-03T23:59:59Z"), "week", utc).label).toBe("2020-W53");
  });

  it("labels week 1 that starts in the previous year", () => {
    // 2025-01-01 is a Wednesday; its Monday, 2024-12-30, starts 2025-W01.
    const week = periodOf(at("2024-12-30T00:00:00Z"), "week", utc);
    expect([week.label, week.start]).toEqual(["2025-W01", at("2024-12-30T00:00:00Z")]);
    expect(periodOf(at("2024-12-29T23:59:59Z"), "week", utc).label).toBe("2024-W52");
  });

  it("names a fiscal year starting in April by the year it starts in", () => {
    // FY2025-26 runs 2025-04-01 00:00+03:00 (summer time since 30 March 2025) to 2026-04-01 00:00+03:00.
    const fy = periodOf(at("2026-01-31T12:00:00Z"), "fiscal_year", rigaApril);
    expect(fy).toEqual({ grain: "fiscal_year", label: "FY2025-26", start: at("2025-03-31T21:00:00Z"), end: at("2026-03-31T21:00:00Z") });
    expect(periodOf(at("2026-03-31T21:00:00Z"), "fiscal_year", rigaApril).label).toBe("FY2026-27");
  });

  it("labels a January fiscal year FYyyyy-YY too", () => {
    const fy = periodOf(at("2025-06-01T00:00:00Z"), "fiscal_year", utc);
    expect([fy.label, fy.start, fy.end]).toEqual(["FY2025-26", at("2025-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z")]);
    expect(periodOf(at("2099-06-01T00:00:00Z"), "fiscal_year", utc).label).toBe("FY2099-00");
  });

  it("labels years and quarters", () => {
    expect(periodOf(at("2026-12-31T21:59:59Z"), "year", riga).label).toBe("2026");
    expect(periodOf(at("2026-12-31T22:00:00Z"), "year", riga).label).toBe("2027");
    expect(periodOf(at("2026-08-15T00:00:00Z"), "quarter", riga).label).toBe("2026-Q3");
  });

  it("starts a day at the jump when local midnight does not exist", () => {
    // Sao Paulo sprang forward at 00:00 on 2018-11-04 (-03:00 → -02:00): the day starts at 03:00Z, 01:00 local.
    const day = periodOf(at("2018-11-04T12:00:00Z"), "day", { timeZone: "America/Sao_Paulo", fiscalYearStartMonth: 1 });
    expect([day.start, day.end]).toEqual([at("2018-11-04T03:00:00Z"), at("2018-11-05T02:00:00Z")]);
  });

  it("throws non_finite for NaN or infinite instants", () => {
    expect(() => periodOf(Number.NaN, "day", utc)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["instant"] }));
    expect(() => periodOf(Infinity, "day", utc)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["instant"] }));
  });

  it("throws invalid_time_zone when a hand-built calendar has an unknown zone", () => {
    for (const timeZone of ["Mars/Olympus", "", "+02:00", "Foo+02"]) {
      expect(() => periodOf(0, "day", { timeZone, fiscalYearStartMonth: 1 })).toThrowError(
        expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }),
      );
    }
  });

  it("throws invalid_period for an unknown grain", () => {
    expect(() => periodOf(0, "decade" as never, utc)).toThrowError(expect.objectContaining({ code: "invalid_period", path: ["grain"] }));
  });

  it("throws invalid_argument for a bad fiscal start month", () => {
    expect(() => periodOf(0, "fiscal_year", { timeZone: "UTC", fiscalYearStartMonth: 13 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["fiscalYearStartMonth"] }),
    );
  });

  it("throws invalid_argument for an instant beyond year 9999", () => {
    expect(() => periodOf(Date.parse("+010000-06-01T00:00:00Z"), "day", utc)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["instant"] }),
    );
  });
});
