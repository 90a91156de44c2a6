import { describe, expect, it } from "vitest";
import { measureAvailabilityByPeriod } from "../../src/sla/measureAvailabilityByPeriod.js";
import { resolveSloWindow } from "../../src/sla/resolveSloWindow.js";
import { HOUR, at } from "./slaFixtures.js";

describe("measureAvailabilityByPeriod", () => {
  it("matches the documented example", () => {
    const outage = { start: at("2026-03-31T23:00:00Z"), end: at("2026-04-01T01:00:00Z") };
    const range = { start: "2026-03-01T00:00:00Z", end: "2026-05-01T00:00:00Z", grain: "month" } as const;
    expect(
      measureAvailabilityByPeriod([outage], range, { calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } }).map((p) => [
        p.period.label,
        p.spent,
      ]),
    ).toEqual([["2026-03", 3_600_000], ["2026-04", 3_600_000]]);
  });

  it("measures Riga's March and October 2026 as 743 and 745 hours, reading weekly windows in Riga time", () => {
    const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
    const range = { start: at("2026-03-10T00:00:00Z"), end: at("2026-10-10T00:00:00Z"), grain: "month" } as const;
    const rows = measureAvailabilityByPeriod([], range, { calendar: riga });
    expect(rows.map((r) => r.period.label)).toEqual(["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(rows[0]?.eligible).toBe(743 * HOUR);
    expect(rows[7]?.eligible).toBe(745 * HOUR);
    const sunday = [{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 }] as const;
    const withMaintenance = measureAvailabilityByPeriod([], range, { calendar: riga, maintenance: sunday });
    expect(withMaintenance[0]?.eligible).toBe(734 * HOUR);
  });

  it("throws invalid_interval with a range path when the end is before the start, and asks for the calendar", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    expect(() => measureAvailabilityByPeriod([], { start: 10, end: 0, grain: "month" }, { calendar: utc })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["range", "end"] }),
    );
    expect(() => measureAvailabilityByPeriod([], { start: "2026-03-01T00:00:00", end: 0, grain: "month" }, { calendar: utc })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["range", "start"] }),
    );
    expect(() => measureAvailabilityByPeriod([], { start: 0, end: 10, grain: "month" }, {} as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "calendar"] }),
    );
  });
});

describe("resolveSloWindow", () => {
  it("matches the documented example", () => {
    const w = resolveSloWindow({ kind: "calendar", grain: "month" }, at("2026-03-15T12:00:00Z"), { timeZone: "Europe/Riga" });
    // March 2026 in Riga: 31 days less the DST hour = 743 h.
    expect((w.end - w.start) / 3_600_000).toBe(743);
    const r = resolveSloWindow({ kind: "rolling", days: 28 }, "2026-03-15T12:00:00Z");
    expect((r.end - r.start) / 86_400_000).toBe(28);
  });
  it("needs no calendar for a rolling window, and asks for one for a calendar window", () => {
    expect(resolveSloWindow({ kind: "rolling", days: 7 }, new Date(at("2026-04-01T12:00:00Z")))).toEqual({
      start: at("2026-03-25T12:00:00Z"),
      end: at("2026-04-01T12:00:00Z"),
    });
    expect(() => resolveSloWindow({ kind: "calendar", grain: "month" }, at("2026-04-01T12:00:00Z"))).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["calendar"] }),
    );
  });
  it("returns the N × 24 h before asOf for a rolling window", () => {
    const asOf = at("2026-04-01T12:00:00Z");
    expect(resolveSloWindow({ kind: "rolling", days: 28 }, asOf, { timeZone: "Europe/Riga" })).toEqual({
      start: asOf - 28 * 86_400_000,
      end: asOf,
    });
  });
  it("puts an instant at local midnight into the new quarter", () => {
    // 2026-04-01T00:00+03:00 starts Q2 in Riga.
    const w = resolveSloWindow({ kind: "calendar", grain: "quarter" }, at("2026-03-31T21:00:00Z"), { timeZone: "Europe/Riga" });
    expect(w.start).toBe(at("2026-03-31T21:00:00Z"));
  });
  it("throws invalid_time_zone with the calendar path", () => {
    expect(() => resolveSloWindow({ kind: "calendar", grain: "month" }, 0, { timeZone: "Nowhere/City" })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["calendar", "timeZone"] }),
    );
  });
});
