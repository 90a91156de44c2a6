import { describe, expect, it } from "vitest";
import { measureAvailability } from "../../src/sla/measureAvailability.js";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { HOUR, MINUTE, at, rigaOffice } from "./slaFixtures.js";

// March 2026 in Riga: 2026-03-01T00:00+02:00 to 2026-04-01T00:00+03:00 = 31 × 24 − 1 = 743 h = 2 674 800 000 ms.
const march = { start: at("2026-02-28T22:00:00Z"), end: at("2026-03-31T21:00:00Z") };
// October 2026: 2026-10-01T00:00+03:00 to 2026-11-01T00:00+02:00 = 31 × 24 + 1 = 745 h.
const october = { start: at("2026-09-30T21:00:00Z"), end: at("2026-10-31T22:00:00Z") };
const sunday = { kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 } as const;

describe("measureAvailability", () => {
  it("matches the documented example", () => {
    const april = { start: at("2026-04-01T00:00:00Z"), end: at("2026-05-01T00:00:00Z") };
    const outages = [
      { id: "INC-1", start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T10:40:00Z") },
      { id: "INC-2", start: at("2026-04-07T10:30:00Z"), end: at("2026-04-07T11:00:00Z") },
    ];
    const result = measureAvailability(outages, april, { slo: "99.9" });
    expect([result.spent, result.budget, result.met]).toEqual([3_600_000, 2_592_000, false]);
  });

  it("counts 743 eligible hours in Riga's March 2026", () => {
    const result = measureAvailability([], march);
    expect(result.eligible).toBe(2_674_800_000);
    expect(result.attainment).toBe(1);
  });

  it("removes Sunday maintenance and splits an outage at the month end in a DST month", () => {
    // Maintenance: 9 h (see expandMaintenance tests) → eligible 743 − 9 = 734 h.
    // Outage A: 31 March 23:30 EEST (20:30Z) to 1 April 00:30 EEST → 30 min inside March.
    // Outage B: Sunday 8 March 01:00–03:00 EET; 02:00–03:00 is maintenance → 60 min counts.
    const outages = [
      { id: "A", start: at("2026-03-31T20:30:00Z"), end: at("2026-03-31T21:30:00Z") },
      { id: "B", start: at("2026-03-07T23:00:00Z"), end: at("2026-03-08T01:00:00Z") },
    ];
    const result = measureAvailability(outages, march, { slo: "99.9", maintenance: [sunday], timeZone: "Europe/Riga" });
    expect(result.eligible).toBe(734 * HOUR);
    expect(result.spent).toBe(90 * MINUTE);
    // 1 − 1.5 / 734 = 0.997956…
    expect(result.attainment).toBeCloseTo(1 - 1.5 / 734, 12);
    // Budget 0.1 % of 734 h = 0.734 h = 2 642 400 ms; spent 5 400 000 → overspent by 2 757 600.
    expect(result.budget).toBeCloseTo(2_642_400, 6);
    expect(result.remaining).toBeCloseTo(-2_757_600, 6);
    expect(result.met).toBe(false);
  });

  it("counts 745 − 9 = 736 eligible hours in October 2026 (the autumn Sunday window lasts 3 h)", () => {
    // Sundays 4, 11, 18 (2 h) and 25 (3 h across the switch) = 9 h.
    const result = measureAvailability([], october, { maintenance: [sunday], timeZone: "Europe/Riga" });
    expect(result.eligible).toBe(736 * HOUR);
  });

  it("returns null availability when the whole month is under maintenance", () => {
    const all = { kind: "one_off", start: march.start - HOUR, end: march.end + HOUR } as const;
    const result = measureAvailability([{ start: march.start, end: march.end }], march, {
      slo: "99.9",
      maintenance: [all],
    });
    expect(result).toEqual({
      unit: "ms",
      eligible: 0,
      good: 0,
      attainment: null,
      errorRatio: null,
      met: null,
      budget: null, // nothing eligible: no budget to spend or remain
      spent: 0,
      remaining: null,
      consumedFraction: null,
    });
  });

  it("counts only service hours 08:30–17:00 on working days, skipping 18 November", () => {
    // November 2026 in Riga (UTC+2 all month): 21 weekdays minus Wednesday 18 Nov = 20 days × 8.5 h = 170 h.
    const november = { start: at("2026-10-31T22:00:00Z"), end: at("2026-11-30T22:00:00Z") };
    const outages = [
      { id: "sat", start: at("2026-11-07T08:00:00Z"), end: at("2026-11-07T12:00:00Z") }, // Saturday: not eligible
      { id: "mon", start: at("2026-11-16T14:00:00Z"), end: at("2026-11-16T16:00:00Z") }, // 16:00–18:00 local: 1 h
      { id: "hol", start: at("2026-11-18T08:00:00Z"), end: at("2026-11-18T12:00:00Z") }, // public holiday
    ];
    const result = measureAvailability(outages, november, { slo: "99", serviceHours: rigaOffice });
    expect(result.eligible).toBe(170 * HOUR);
    expect(result.spent).toBe(HOUR);
    expect(result.attainment).toBeCloseTo(169 / 170, 12);
    // 169/170 = 99.41 % ≥ 99 %: met; budget 1.7 h, 1 h spent.
    expect(result.met).toBe(true);
    expect(result.consumedFraction).toBeCloseTo(1 / 1.7, 12);
  });

  it("meets the SLO when availability equals it exactly", () => {
    // 1 000 000 ms eligible, 1 000 ms down → exactly 99.9 %.
    const result = measureAvailability([{ start: 0, end: 1000 }], { start: 0, end: 1_000_000 }, { slo: "99.9" });
    expect(result.met).toBe(true);
    expect(result.remaining).toBe(0);
  });

  it("throws invalid_interval with the outage's index when an outage ends before it starts", () => {
    const outages = [{ start: 0, end: 1 }, { start: 0, end: 1 }, { start: 0, end: 1 }, { start: 9, end: 3 }];
    expect(() => measureAvailability(outages, { start: 0, end: 10 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["outages", 3, "end"] }),
    );
  });

  it("throws invalid_slo when a hand-built SLO is 100", () => {
    expect(() => measureAvailability([], { start: 0, end: 10 }, { slo: "100" })).toThrowError(
      expect.objectContaining({ code: "invalid_slo", path: ["options", "slo"] }),
    );
  });

  it("throws empty_calendar when the service-hours calendar has no working time", () => {
    const empty = { ...rigaOffice, businessHours: [] };
    expect(() => measureAvailability([], march, { serviceHours: empty })).toThrowError(
      expect.objectContaining({ code: "empty_calendar", path: ["options", "serviceHours", "businessHours"] }),
    );
  });

  it("throws with the maintenance path when a weekly window has no time zone", () => {
    expect(() => measureAvailability([], march, { maintenance: [sunday] })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["options", "timeZone"] }),
    );
  });
});

describe("measureAvailability: the options argument", () => {
  it("refuses options that are null or not an object, and takes undefined as no options", () => {
    const period = { start: 0, end: 1000 };
    expect(kpiErrorOf(() => measureAvailability([], period, null as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "measureAvailability: options must be an object, not null",
    });
    expect(kpiErrorOf(() => measureAvailability([], period, "99.9" as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "measureAvailability: options must be an object, not string",
    });
    expect(measureAvailability([], period, undefined).eligible).toBe(1000);
  });
});

describe("measureAvailability: instants that are not epoch ms", () => {
  const april = { start: Date.parse("2026-04-01T00:00:00Z"), end: Date.parse("2026-05-01T00:00:00Z") };

  it("says that outage instants are epoch ms, and points to parseOutages for ISO-8601 text", () => {
    const outages = [{ id: "INC-1", start: "2026-04-07T10:00:00Z", end: "2026-04-07T10:40:00Z" }];
    expect(kpiErrorOf(() => measureAvailability(outages as never, april, { slo: "99.9" }))).toEqual({
      code: "non_finite",
      path: ["outages", 0, "start"],
      message:
        'measureAvailability: an interval start must be a finite number of epoch ms, not the string "2026-04-07T10:00:00Z": ' +
        "read outages written with ISO-8601 text through parseOutages, or convert each instant with toEpochMs",
    });
  });

  it("says how to convert a period end given as text or a Date, and shows a non-finite number", () => {
    expect(kpiErrorOf(() => measureAvailability([], { start: april.start, end: "2026-05-01T00:00:00Z" } as never))).toEqual({
      code: "non_finite",
      path: ["period", "end"],
      message:
        'measureAvailability: an interval end must be a finite number of epoch ms, not the string "2026-05-01T00:00:00Z": ' +
        "convert ISO-8601 text with toEpochMs",
    });
    expect(kpiErrorOf(() => measureAvailability([], { start: new Date(april.start), end: april.end } as never))).toEqual({
      code: "non_finite",
      path: ["period", "start"],
      message: "measureAvailability: an interval start must be a finite number of epoch ms, not a Date: convert it with getTime()",
    });
    expect(kpiErrorOf(() => measureAvailability([{ start: 0, end: Number.NaN }], april))).toEqual({
      code: "non_finite",
      path: ["outages", 0, "end"],
      message: "measureAvailability: an interval end must be a finite number of epoch ms, not NaN",
    });
  });
});
