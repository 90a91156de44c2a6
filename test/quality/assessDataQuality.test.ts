import { describe, expect, it } from "vitest";
import { assessDataQuality } from "../../src/quality/assessDataQuality.js";
import { record } from "./records.js";

const DAY = 86_400_000;
const procedure = (collection: "manual" | "automated") => ({ steps: [{ lv: "x", en: "x" }], collection });
const kpis = [
  { id: "monthly", frequency: "monthly", measure: { kind: "value" }, validRange: { min: 0, max: 10 }, procedure: procedure("manual") },
  { id: "weekly", frequency: "weekly", measure: { kind: "ratio", scale: 100 }, procedure: procedure("automated") },
] as never;
const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };

describe("assessDataQuality", () => {
  it("matches the documented example", () => {
    const exampleKpis = [
      { id: "csat", frequency: "monthly", measure: { kind: "value" }, validRange: { min: 0, max: 100 }, procedure: { steps: [], collection: "manual" } },
    ];
    const at = (iso: string) => Date.parse(iso);
    const records = [
      { id: "a", kpiId: "csat", subjectId: "svc", at: at("2026-01-10T00:00:00Z"), value: 80, status: "normal" },
      { id: "b", kpiId: "csat", subjectId: "svc", at: at("2026-03-10T00:00:00Z"), value: 180, status: "provisional", collection: "automated" },
    ];
    const [q] = assessDataQuality(records as never, exampleKpis as never, {
      start: at("2026-01-01T00:00:00Z"),
      end: at("2026-04-30T00:00:00Z"),
      asOf: at("2026-04-15T00:00:00Z"),
    });
    // Due by 15 April: January, February, March; data in January and March → 2 / 3.
    expect([q?.expectedPeriods, q?.periodsWithData, q?.completenessPercent, q?.outOfRange, q?.manualShare, q?.status.flag]).toEqual([
      3,
      2,
      expect.closeTo(66.66666666666667, 10),
      1,
      0.5,
      "provisional",
    ]);
  });

  it("counts due months in the calendar's time zone across a DST switch", () => {
    // Riga: February starts 2026-01-31T22:00Z, April starts 2026-03-31T21:00Z (UTC+3 from 29 March).
    // A record at 2026-03-31T21:00Z belongs to April; one at 2026-01-31T22:00Z to February.
    const records = [
      record({ id: "feb", kpiId: "monthly", at: "2026-01-31T22:00:00Z" }),
      record({ id: "apr", kpiId: "monthly", at: "2026-03-31T21:00:00Z" }),
    ];
    const [q] = assessDataQuality(records, kpis, {
      start: Date.parse("2026-01-15T00:00:00Z"),
      end: Date.parse("2026-04-15T00:00:00Z"),
      asOf: Date.parse("2026-05-01T00:00:00Z"), // 03:00 on 1 May in Riga: January–April are due
      calendar: riga,
    });
    expect(q?.expectedPeriods).toBe(4);
    expect(q?.periodsWithData).toBe(2); // February and April; January and March are empty
    expect(q?.completenessPercent).toBeCloseTo(50, 12);
  });

  it("does not expect periods that end after asOf − graceMs", () => {
    const records = [record({ id: "a", kpiId: "monthly", at: "2026-01-10T00:00:00Z" })];
    const options = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 2, 31), asOf: Date.UTC(2026, 1, 3) };
    // asOf 3 Feb: January is due; with a 5-day grace (reference 29 Jan) nothing is.
    expect(assessDataQuality(records, kpis, options)[0]?.completenessPercent).toBe(100);
    const [late] = assessDataQuality(records, kpis, { ...options, graceMs: 5 * DAY });
    expect(late?.expectedPeriods).toBe(0);
    expect(late?.completenessPercent).toBeNull();
    expect(late?.stale).toBe(false);
  });

  it("assesses a series with no record when it is named in options.series", () => {
    const [q] = assessDataQuality([], kpis, {
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2026, 0, 20),
      asOf: Date.UTC(2026, 1, 1),
      series: [{ kpiId: "weekly", subjectId: "svc" }] as never,
    });
    // ISO weeks touching 1–20 January 2026: W01 (from 29 Dec) … W04 (19–25 Jan), all ended by 1 February.
    expect(q).toEqual({
      kpiId: "weekly",
      subjectId: "svc",
      grain: "week",
      expectedPeriods: 4,
      periodsWithData: 0,
      completenessPercent: 0,
      lastAt: null,
      ageMs: null,
      stale: true,
      records: 0,
      duplicates: 0,
      conflictingDuplicates: 0,
      outOfRange: 0,
      manual: 0,
      automated: 0,
      manualShare: null,
      status: { total: 0, normal: 0, provisional: 0, estimated: 0, revised: 0, flag: null },
    });
  });

  it("counts no duplicates among a survey's answers at one instant", () => {
    const survey = [
      { id: "csat", frequency: "monthly", measure: { kind: "survey", statistic: "mean", scaleMin: 1, scaleMax: 5 }, procedure: procedure("manual") },
      { id: "monthly", frequency: "monthly", measure: { kind: "value" }, procedure: procedure("manual") },
    ] as never;
    // Three answers to the survey given at one instant (one batch of a day's questionnaires), and the same three
    // records for a value KPI: for it, a group of three at one instant, 2 duplicates, conflicting (4 against 5).
    const records = ["csat", "monthly"].flatMap((kpiId) =>
      [4, 5, 4].map((value, i) => record({ id: `${kpiId}-${i}`, kpiId, at: "2026-01-05T00:00:00Z", value })),
    );
    const [answers, values] = assessDataQuality(records, survey, { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 1), asOf: Date.UTC(2026, 1, 10) });
    expect([answers?.kpiId, answers?.records, answers?.duplicates, answers?.conflictingDuplicates]).toEqual(["csat", 3, 0, 0]);
    expect([values?.kpiId, values?.records, values?.duplicates, values?.conflictingDuplicates]).toEqual(["monthly", 3, 2, 2]);
  });

  it("counts duplicates, out-of-range values and collection among records of the range", () => {
    const records = [
      record({ id: "before", kpiId: "monthly", at: "2025-12-31T00:00:00Z", value: 99 }), // out of range, before the range
      record({ id: "d1", kpiId: "monthly", at: "2026-01-05T00:00:00Z", value: 11 }), // out of range
      record({ id: "d2", kpiId: "monthly", at: "2026-01-05T00:00:00Z", collection: "automated" }),
      record({ id: "d3", kpiId: "monthly", at: "2026-01-05T00:00:00Z", status: "estimated" }),
      record({ id: "bad", kpiId: "monthly", at: "2026-01-20T00:00:00Z", value: -1 }),
      record({ id: "fixed", kpiId: "monthly", at: "2026-01-20T00:00:00Z", value: 3, supersedes: "bad", status: "revised" }),
      record({ id: "future", kpiId: "monthly", at: "2026-02-20T00:00:00Z" }), // after asOf
    ];
    const [q] = assessDataQuality(records, kpis, { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 28), asOf: Date.UTC(2026, 1, 10) });
    // Counted: d1, d2, d3, fixed. Duplicates: the group {d1, d2, d3} counts 2, and conflicts (11 vs 1). Manual: d1,
    // d3, fixed (procedure).
    expect(q).toMatchObject({
      records: 4,
      duplicates: 2,
      conflictingDuplicates: 2,
      outOfRange: 1,
      manual: 3,
      automated: 1,
      manualShare: 0.75,
      lastAt: Date.UTC(2026, 0, 20),
      ageMs: 21 * DAY,
      expectedPeriods: 1,
      periodsWithData: 1,
      stale: false,
      status: { total: 4, normal: 2, provisional: 0, estimated: 1, revised: 1, flag: "estimated" },
    });
  });

  it("uses each KPI's own grain and lists series in order of first appearance", () => {
    const records = [
      record({ id: "w", kpiId: "weekly", subjectId: "a", at: "2026-01-07T00:00:00Z", numerator: 1, denominator: 2 }),
      record({ id: "m", kpiId: "monthly", subjectId: "b", at: "2026-01-07T00:00:00Z" }),
    ];
    const result = assessDataQuality(records, kpis, { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 31), asOf: Date.UTC(2026, 1, 2) });
    // Weeks touching January 2026: W01 (29 Dec–5 Jan) … W05 (26 Jan–2 Feb), all ended by 2 Feb 00:00 UTC; data in W02.
    expect(result.map((q) => [q.kpiId, q.grain, q.expectedPeriods, q.periodsWithData])).toEqual([
      ["weekly", "week", 5, 1],
      ["monthly", "month", 1, 1],
    ]);
    expect(result[0]?.completenessPercent).toBeCloseTo(20, 12);
  });

  it("throws invalid_interval unless start is before end", () => {
    expect(() => assessDataQuality([], kpis, { start: 10, end: 5, asOf: 20 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["options", "end"] }),
    );
  });

  it("throws unknown_reference for a series or record of an unknown KPI", () => {
    expect(() =>
      assessDataQuality([], kpis, { start: 0, end: 5, asOf: 20, series: [{ kpiId: "nope", subjectId: "s" }] as never }),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: ["options", "series", 0, "kpiId"] }));
    expect(() => assessDataQuality([record({ id: "a", kpiId: "nope" })], kpis, { start: 0, end: 5, asOf: 20 })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [0, "kpiId"] }),
    );
  });

  it("throws invalid_argument for a missing start", () => {
    expect(() => assessDataQuality([], kpis, { end: 5, asOf: 20 } as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "start"] }),
    );
  });
});

describe("assessDataQuality, called with kpi-kit 0.1's option names", () => {
  it("says that from/to were renamed start/end", () => {
    expect(() => assessDataQuality([], [], { from: 0, to: 5, asOf: 20 } as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "start"], message: expect.stringContaining("renamed start/end") }),
    );
  });
});
