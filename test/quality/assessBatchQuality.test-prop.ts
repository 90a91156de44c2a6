import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { assessBatchQuality } from "../../src/quality/_lib/assessBatchQuality.js";
import { createQualityGrids } from "../../src/quality/_lib/createQualityGrids.js";
import { compareRecords } from "../../src/quality/_lib/compareRecords.js";
import { assessDataQuality, type DataQualityKpi } from "../../src/quality/assessDataQuality.js";

const UTC = { timeZone: "UTC", fiscalYearStartMonth: 1 } as const;
const at = (iso: string) => Date.parse(iso);

describe("assessBatchQuality", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "a", kpiId: "k", subjectId: "s", at: at("2026-01-10T00:00:00Z"), value: 80 },
      { id: "b", kpiId: "k", subjectId: "s", at: at("2026-01-10T00:00:00Z"), value: 81 },
    ]);
    const kpi = { id: "k", frequency: "monthly", measure: { kind: "value" }, procedure: { steps: [], collection: "manual" } } as never;
    const [q] = assessBatchQuality(batch, Int32Array.of(0, 1), [kpi], {
      start: at("2026-01-01T00:00:00Z"),
      end: at("2026-03-01T00:00:00Z"),
      asOf: at("2026-03-15T00:00:00Z"),
      calendar: UTC,
    });
    // January has data, February (due) has none: 50 %; b repeats a's instant with another value.
    expect([q?.completenessPercent, q?.duplicates, q?.conflictingDuplicates, q?.manual]).toEqual([50, 1, 1, 2]);
  });

  it("counts every duplicate of a run as conflicting once one record of it differs, wherever it stands", () => {
    const kpi = { id: "k", frequency: "monthly", measure: { kind: "value" }, procedure: { steps: [], collection: "manual" } } as never;
    const options = { start: at("2026-01-01T00:00:00Z"), end: at("2026-03-01T00:00:00Z"), asOf: at("2026-03-15T00:00:00Z"), calendar: UTC };
    // Three records at one instant, then one more alone: two duplicates, both conflicting when any of the three
    // differs from the others (worked by hand: the run's records after its first are its duplicates).
    const figures = (values: number[]) => {
      const batch = toMeasurementBatch([
        ...values.map((value, i) => ({ id: `r${i}`, kpiId: "k", subjectId: "s", at: at("2026-01-10T00:00:00Z"), value })),
        { id: "z", kpiId: "k", subjectId: "s", at: at("2026-02-10T00:00:00Z"), value: 1 },
      ]);
      const [q] = assessBatchQuality(batch, Int32Array.from({ length: values.length + 1 }, (_, i) => i), [kpi], options);
      return [q?.duplicates, q?.conflictingDuplicates];
    };
    expect(figures([5, 5, 5])).toEqual([2, 0]);
    expect(figures([5, 6, 5])).toEqual([2, 2]);
    expect(figures([5, 5, 6])).toEqual([2, 2]);
    expect(figures([5, 6, 7, 5])).toEqual([3, 3]);
  });
});

describe("createQualityGrids", () => {
  it("matches the documented example", () => {
    const grid = createQualityGrids(at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z"), at("2026-03-15T00:00:00Z"), 0, UTC, "f")("month");
    expect([grid.index.periods.length, grid.due, grid.expected.label]).toEqual([3, 2, "2026-02"]);
  });
});

// KPIs of each measure shape the assessment reads: ranges, a ratio in percent (share above the whole), a ratio of
// another scale, default collections, several frequencies.
const KPIS: DataQualityKpi[] = [
  { id: "v", frequency: "monthly", measure: { kind: "value" }, validRange: { min: 0, max: 10 }, procedure: { steps: [], collection: "manual" } },
  { id: "d", frequency: "daily", measure: { kind: "count" }, procedure: { steps: [], collection: "automated" } },
  { id: "p", frequency: "weekly", measure: { kind: "ratio", scale: 100 }, validRange: { max: 90 }, procedure: { steps: [], collection: "automated" } },
  { id: "r", frequency: "quarterly", measure: { kind: "ratio", scale: 1 }, validRange: { min: 0.5 }, procedure: { steps: [], collection: "manual" } },
  { id: "w", frequency: "monthly", measure: { kind: "weighted" }, procedure: { steps: [], collection: "manual" } },
  // A survey: its records at one instant are answers, not duplicates.
  { id: "s", frequency: "monthly", measure: { kind: "survey", statistic: "mean", scaleMin: 1, scaleMax: 5 }, procedure: { steps: [], collection: "manual" } },
] as unknown as DataQualityKpi[];
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

const recordArb = fc.record({
  kpi: fc.integer({ min: 0, max: KPIS.length - 1 }),
  subject: fc.constantFrom("a", "b"),
  day: fc.integer({ min: -20, max: 130 }),
  hour: fc.constantFrom(0, 0, 0, 6),
  value: fc.integer({ min: -2, max: 12 }),
  numerator: fc.integer({ min: 0, max: 12 }),
  denominator: fc.integer({ min: 0, max: 10 }),
  weight: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
  nullValue: fc.boolean(),
  collection: fc.constantFrom(undefined, "manual", "automated"),
  status: fc.constantFrom("normal", "normal", "provisional", "estimated", "revised"),
});

test.prop(
  [fc.array(recordArb, { maxLength: 60 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 160 })],
  { numRuns: 400 },
)("gives assessDataQuality's figures for the records of a batch", (specs, startDay, length, asOfDay) => {
  const records: Measurement[] = specs.map((s, i) => {
    const kpi = KPIS[s.kpi]!;
    const kind = kpi.measure.kind;
    const r: Record<string, unknown> = { id: `m${String(i).padStart(3, "0")}`, kpiId: kpi.id, subjectId: s.subject, at: START + s.day * DAY + s.hour * 3_600_000 };
    if (kind === "ratio") Object.assign(r, { numerator: s.numerator, denominator: s.denominator });
    else if (kind === "weighted" && s.nullValue) Object.assign(r, { value: null, weight: 0 });
    else r["value"] = s.value;
    if (kind !== "ratio" && r["weight"] === undefined && s.weight !== undefined) r["weight"] = s.weight;
    if (s.collection !== undefined) r["collection"] = s.collection;
    r["status"] = s.status;
    return r as unknown as Measurement;
  });
  records.sort(compareRecords);
  const options = { start: START + (startDay - 20) * DAY, end: START + (startDay - 20 + length) * DAY, asOf: START + asOfDay * DAY, calendar: UTC };
  const expected = assessDataQuality(records, KPIS, options);
  const batch = toMeasurementBatch(records);
  const rows = Int32Array.from(records, (_, i) => i);
  const got = assessBatchQuality(batch, rows, KPIS, options);
  expect(got).toEqual(
    expected.map((q) => ({
      kpiId: q.kpiId,
      subjectId: q.subjectId,
      expectedPeriods: q.expectedPeriods,
      periodsWithData: q.periodsWithData,
      completenessPercent: q.completenessPercent,
      lastAt: q.lastAt,
      stale: q.stale,
      records: q.records,
      duplicates: q.duplicates,
      conflictingDuplicates: q.conflictingDuplicates,
      outOfRange: q.outOfRange,
      manual: q.manual,
      normal: q.status.normal,
      provisional: q.status.provisional,
      estimated: q.status.estimated,
      revised: q.status.revised,
    })),
  );
  // Series numbered through a map (KPIs × subjects past the table's limit) give the same figures.
  expect(assessBatchQuality(batch, rows, KPIS, options, 0)).toEqual(got);
});
