import { describe, expect, it } from "vitest";
import { findStaleSeries } from "../../src/quality/findStaleSeries.js";
import { record } from "./records.js";

const DAY = 86_400_000;
const kpis = [
  { id: "monthly", frequency: "monthly" },
  { id: "weekly", frequency: "weekly" },
  { id: "daily", frequency: "daily" },
  { id: "live", frequency: "continuous" },
  { id: "yearly", frequency: "yearly" },
] as never;
const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };

describe("findStaleSeries", () => {
  it("matches the documented example", () => {
    const exampleKpis = [{ id: "csat", frequency: "monthly" }];
    const records = [
      { id: "a", kpiId: "csat", subjectId: "svc-1", at: Date.parse("2026-03-20T00:00:00Z"), value: 4, status: "normal" },
      { id: "b", kpiId: "csat", subjectId: "svc-2", at: Date.parse("2026-02-20T00:00:00Z"), value: 4, status: "normal" },
    ];
    const asOf = Date.parse("2026-04-03T00:00:00Z");
    expect([
      findStaleSeries(records as never, exampleKpis as never, { asOf }).map((s) => [s.subjectId, s.expectedPeriod.label]),
      findStaleSeries(records as never, exampleKpis as never, { asOf, graceMs: 5 * DAY }).length,
    ]).toEqual([[["svc-2", "2026-03"]], 0]);
  });

  it("takes a grace in periods: the expected period steps back that many periods", () => {
    const exampleKpis = [{ id: "csat", frequency: "monthly" }];
    // svc-2's last record is in February; at 3 April the latest complete month is March (stale), with one period of
    // grace February is expected (fresh); with two, January.
    const records = [{ id: "b", kpiId: "csat", subjectId: "svc-2", at: Date.parse("2026-02-20T00:00:00Z"), value: 4, status: "normal" }];
    const asOf = Date.parse("2026-04-03T00:00:00Z");
    expect(findStaleSeries(records as never, exampleKpis as never, { asOf, gracePeriods: 0 }).map((s) => s.expectedPeriod.label)).toEqual(["2026-03"]);
    expect(findStaleSeries(records as never, exampleKpis as never, { asOf, gracePeriods: 1 })).toEqual([]);
    expect(() => findStaleSeries(records as never, exampleKpis as never, { asOf, gracePeriods: 1, graceMs: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "gracePeriods"] }),
    );
    expect(() => findStaleSeries(records as never, exampleKpis as never, { asOf, gracePeriods: -1 })).toThrowError(
      expect.objectContaining({ path: ["options", "gracePeriods"] }),
    );
  });

  it("moves the due period back only while asOf − graceMs is still inside the current period", () => {
    // asOf 2026-04-03T00:00Z. Grace 2 days: reference 2026-04-01T00:00Z is April's first instant, so March is due.
    // Grace 2 days + 1 ms: reference 2026-03-31T23:59:59.999Z is in March, so February is due.
    const records = [record({ id: "feb", kpiId: "monthly", at: "2026-02-20T00:00:00Z" })];
    const asOf = Date.parse("2026-04-03T00:00:00Z");
    const atBoundary = findStaleSeries(records, kpis, { asOf, graceMs: 2 * DAY });
    expect(atBoundary).toEqual([
      {
        kpiId: "monthly",
        subjectId: "s",
        lastAt: Date.parse("2026-02-20T00:00:00Z"),
        ageMs: 42 * DAY, // 20 Feb → 3 Apr: 8 + 31 + 3 days
        expectedPeriod: { grain: "month", label: "2026-03", start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) },
      },
    ]);
    expect(findStaleSeries(records, kpis, { asOf, graceMs: 2 * DAY + 1 })).toEqual([]);
  });

  it("does not count records after asOf", () => {
    const records = [record({ id: "future", kpiId: "daily", at: "2026-04-03T00:00:00Z" })];
    const [stale] = findStaleSeries(records, kpis, { asOf: Date.parse("2026-04-02T12:00:00Z") });
    expect(stale?.lastAt).toBeNull();
    expect(stale?.ageMs).toBeNull();
    expect(stale?.expectedPeriod.label).toBe("2026-04-01");
  });

  it("keeps a series fresh with a record in the current, incomplete period", () => {
    const records = [record({ id: "now", kpiId: "monthly", at: "2026-04-02T00:00:00Z" })];
    expect(findStaleSeries(records, kpis, { asOf: Date.parse("2026-04-03T00:00:00Z") })).toEqual([]);
  });

  it("judges each KPI by the grain of its frequency", () => {
    // asOf Wednesday 2026-04-08 12:00Z. Complete: day 2026-04-07, ISO week 2026-W14 (30 Mar–6 Apr), year 2025.
    const asOf = Date.parse("2026-04-08T12:00:00Z");
    const records = [
      record({ id: "w", kpiId: "weekly", at: "2026-03-29T12:00:00Z" }), // Sunday of W13: stale
      record({ id: "d", kpiId: "daily", at: "2026-04-07T00:00:00Z" }), // fresh
      record({ id: "l", kpiId: "live", at: "2026-04-06T23:59:59Z" }), // the day before the due day: stale
      record({ id: "y", kpiId: "yearly", at: "2025-06-30T00:00:00Z" }), // fresh
    ];
    expect(findStaleSeries(records, kpis, { asOf }).map((s) => [s.kpiId, s.expectedPeriod.label])).toEqual([
      ["weekly", "2026-W14"],
      ["live", "2026-04-07"],
    ]);
  });

  it("reads periods in the calendar's time zone", () => {
    // asOf 2026-03-31T21:30Z is 00:30 on 1 April in Riga, so March (from 2026-02-28T22:00Z) is due there;
    // in UTC it is still March, so February is due.
    const records = [record({ id: "a", kpiId: "monthly", at: "2026-02-28T21:00:00Z" })];
    const asOf = Date.parse("2026-03-31T21:30:00Z");
    expect(findStaleSeries(records, kpis, { asOf, calendar: riga }).map((s) => s.expectedPeriod.start)).toEqual([
      Date.parse("2026-02-28T22:00:00Z"),
    ]);
    expect(findStaleSeries(records, kpis, { asOf })).toEqual([]);
  });

  it("lists series in the order they first appear and ignores superseded records", () => {
    const asOf = Date.parse("2026-04-08T12:00:00Z");
    const records = [
      record({ id: "b1", kpiId: "daily", subjectId: "b", at: "2026-01-01T00:00:00Z" }),
      record({ id: "a1", kpiId: "daily", subjectId: "a", at: "2026-01-01T00:00:00Z" }),
      record({ id: "c1", kpiId: "daily", subjectId: "c", at: "2026-04-07T00:00:00Z" }),
      record({ id: "c2", kpiId: "daily", subjectId: "c", at: "2026-03-01T00:00:00Z", supersedes: "c1" }),
    ];
    expect(findStaleSeries(records, kpis, { asOf }).map((s) => s.subjectId)).toEqual(["b", "a", "c"]);
  });

  it("throws unknown_reference for a record of an unknown KPI", () => {
    const records = [record({ id: "a", kpiId: "daily" }), record({ id: "b", kpiId: "nope" })];
    expect(() => findStaleSeries(records, kpis, { asOf: 0 })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [1, "kpiId"] }),
    );
  });

  it("throws for a missing asOf or a negative grace", () => {
    expect(() => findStaleSeries([], kpis, {} as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "asOf"] }),
    );
    expect(() => findStaleSeries([], kpis, { asOf: 0, graceMs: -1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "graceMs"] }),
    );
  });

  it("throws invalid_argument for an unknown frequency", () => {
    const odd = [{ id: "k", frequency: "hourly" }] as never;
    expect(() => findStaleSeries([record({ id: "a" })], odd, { asOf: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["kpis", 0, "frequency"] }),
    );
  });
});
