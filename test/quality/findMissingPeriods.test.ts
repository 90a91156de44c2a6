import { describe, expect, it } from "vitest";
import { findMissingPeriods } from "../../src/quality/findMissingPeriods.js";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { record } from "./records.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const labels = (ps: readonly { label: string }[]) => ps.map((p) => p.label);

describe("findMissingPeriods", () => {
  it("matches the documented example", () => {
    const series = ["2026-01-15T10:00:00Z", "2026-02-10T10:00:00Z", "2026-03-31T21:30:00Z"].map(Date.parse);
    expect(labels(findMissingPeriods(series, { first: "2026-01", last: "2026-05", grain: "month" }, riga))).toEqual([
      "2026-03",
      "2026-05",
    ]);
  });

  it("puts a record at local midnight in the month that starts there, across the spring DST switch", () => {
    // Riga switches to UTC+3 on 2026-03-29, so April starts at 2026-03-31T21:00:00Z; March started at
    // 2026-02-28T22:00:00Z (UTC+2) and lasts 31 × 24 − 1 = 743 hours.
    const atAprilStart = [Date.parse("2026-03-31T21:00:00Z")];
    const missing = findMissingPeriods(atAprilStart, { first: "2026-03", last: "2026-04", grain: "month" }, riga);
    expect(missing).toEqual([
      { grain: "month", label: "2026-03", start: Date.parse("2026-02-28T22:00:00Z"), end: Date.parse("2026-03-31T21:00:00Z") },
    ]);
    const lastMsOfMarch = [Date.parse("2026-03-31T20:59:59.999Z")];
    expect(labels(findMissingPeriods(lastMsOfMarch, { first: "2026-03", last: "2026-04", grain: "month" }, riga))).toEqual(["2026-04"]);
  });

  it("finds missing months across the autumn DST switch with instant bounds", () => {
    // October 2026 in Riga: 2026-09-30T21:00Z to 2026-10-31T22:00Z (745 hours). Records in September and November only.
    const series = [Date.parse("2026-09-30T20:00:00Z"), Date.parse("2026-10-31T22:00:00Z")];
    const missing = findMissingPeriods(
      series,
      { first: Date.parse("2026-09-15T00:00:00Z"), last: Date.parse("2026-11-30T12:00:00Z"), grain: "month" },
      riga,
    );
    expect(missing).toEqual([
      { grain: "month", label: "2026-10", start: Date.parse("2026-09-30T21:00:00Z"), end: Date.parse("2026-10-31T22:00:00Z") },
    ]);
  });

  it("includes both end periods of the range", () => {
    expect(labels(findMissingPeriods([], { first: "2026-W01", last: "2026-W03", grain: "week" }, utc))).toEqual([
      "2026-W01",
      "2026-W02",
      "2026-W03",
    ]);
    expect(labels(findMissingPeriods([], { first: "2026-02-10", last: "2026-02-10", grain: "day" }, utc))).toEqual(["2026-02-10"]);
  });

  it("ignores records outside the range", () => {
    const series = [Date.UTC(2025, 11, 31), Date.UTC(2026, 3, 1)];
    expect(labels(findMissingPeriods(series, { first: "2026-Q1", last: "2026-Q1", grain: "quarter" }, utc))).toEqual(["2026-Q1"]);
  });

  it("reads records and counts a correction instead of the record it replaces", () => {
    const records = [
      record({ id: "jan", at: "2026-01-10T00:00:00Z" }),
      record({ id: "feb-wrong", at: "2026-02-10T00:00:00Z" }),
      record({ id: "feb-moved", at: "2026-03-10T00:00:00Z", supersedes: "feb-wrong" }),
    ];
    expect(labels(findMissingPeriods(records, { first: "2026-01", last: "2026-03", grain: "month" }, utc))).toEqual(["2026-02"]);
  });

  it("throws invalid_interval when the range ends before it starts", () => {
    expect(() => findMissingPeriods([], { first: "2026-03", last: "2026-02", grain: "month" }, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["span", "last"] }),
    );
  });

  it("throws invalid_period for a label of another grain or no real period", () => {
    expect(() => findMissingPeriods([], { first: "2026-Q1", last: "2026-03", grain: "month" }, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["span", "first"] }),
    );
    expect(() => findMissingPeriods([], { first: "2026-01", last: "2026-13", grain: "month" }, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["span", "last"] }),
    );
    expect(() => findMissingPeriods([], { first: 0, last: 1, grain: "fortnight" as never }, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["span", "grain"] }),
    );
  });

  it("throws non_finite for a non-finite instant or bound", () => {
    expect(() => findMissingPeriods([0, Number.NaN], { first: 0, last: 1, grain: "day" }, utc)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1] }),
    );
    expect(() => findMissingPeriods([record({ id: "a", at: Number.POSITIVE_INFINITY })], { first: 0, last: 1, grain: "day" }, utc)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "at"] }),
    );
    expect(() => findMissingPeriods([], { first: Number.NaN, last: 1, grain: "day" }, utc)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["span", "first"] }),
    );
  });

  it("throws invalid_time_zone for an unknown zone", () => {
    expect(() => findMissingPeriods([], { first: 0, last: 1, grain: "day" }, { timeZone: "Mars/Olympus", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone" }),
    );
  });
});

describe("findMissingPeriods, called with kpi-kit 0.1's range names", () => {
  it("says that from/to were renamed first/last", () => {
    expect(() => findMissingPeriods([], { from: "2026-01", to: "2026-02", grain: "month" } as never, { timeZone: "UTC", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["span", "first"], message: expect.stringContaining("renamed first/last") }),
    );
  });
});

describe("findMissingPeriods: the calendar argument", () => {
  const span = { first: "2026-01", last: "2026-03", grain: "month" } as const;

  it("refuses a calendar that is missing, null or not an object, on the path of the calendar", () => {
    const bad = (shown: string) => ({
      code: "invalid_argument",
      path: ["calendar"],
      message: `findMissingPeriods: calendar must be an object, not ${shown}`,
    });
    expect(kpiErrorOf(() => (findMissingPeriods as (...args: unknown[]) => unknown)([0], span))).toEqual(bad("undefined"));
    expect(kpiErrorOf(() => findMissingPeriods([0], span, null as never))).toEqual(bad("null"));
    expect(kpiErrorOf(() => findMissingPeriods([0], span, "x" as never))).toEqual(bad("string"));
  });

  it("reports a bad time zone as its own, without the name of the time function it calls", () => {
    expect(kpiErrorOf(() => findMissingPeriods([0], span, { timeZone: "Mars/Base", fiscalYearStartMonth: 1 }))).toEqual({
      code: "invalid_time_zone",
      path: ["timeZone"],
      message: 'findMissingPeriods: "Mars/Base" is not an IANA time zone (e.g. Europe/Riga, UTC)',
    });
  });
});
