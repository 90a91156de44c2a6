import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { batchSeriesSource } from "../../src/report/_lib/batchSeriesSource.js";
import { recordSeriesSource, type SeriesGroups } from "../../src/report/_lib/collectKpiSeries.js";
import { KPI_OF_KIND, measureKindsWorkspace } from "../model/measureKinds.js";
import { build, specArb } from "../model/brokenBatches.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";

const UTC = { timeZone: "UTC", fiscalYearStartMonth: 1 } as const;

describe("batchSeriesSource", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 }]);
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
    expect(batchSeriesSource(batch, Int32Array.of(0))([kpi], "month", 0, 10, new Set(["s"]), UTC).groups.map((g) => [g.period, g.partial.sum])).toEqual([["1970-01", 2]]);
  });
});

describe("batchSeriesSource window", () => {
  it("takes the records at from and before to, in runs cut where a day ends", () => {
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
    // Instants 9, 10, 10, 19, 20 ms; the window [10, 20) holds the three in the middle (1 + 2 + 4 = 7), all of day
    // 1970-01-01, so runs of one row are widened to the whole day.
    const batch = toMeasurementBatch([9, 10, 10, 19, 20].map((at, i) => ({ id: `m${i}`, kpiId: "k", subjectId: "s", at, value: 2 ** (i - 1) })));
    const rows = Int32Array.of(0, 1, 2, 3, 4);
    for (const runRows of [1, 2, 100]) {
      const groups = batchSeriesSource(batch, rows, runRows)([kpi], "day", 10, 20, new Set(["s"]), UTC).groups;
      expect(groups.map((g) => [g.period, g.partial.count, g.partial.sum])).toEqual([["1970-01-01", 3, 7]]);
    }
  });

  it("refuses rows out of instant order", () => {
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
    const batch = toMeasurementBatch([5, 4].map((at, i) => ({ id: `m${i}`, kpiId: "k", subjectId: "s", at, value: 1 })));
    expect(() => batchSeriesSource(batch, Int32Array.of(0, 1))([kpi], "day", 0, 10, new Set(["s"]), UTC)).toThrow(/instant order/);
  });
});

describe("recordSeriesSource", () => {
  it("matches the documented example", () => {
    expect(recordSeriesSource([])([], "month", 0, 1, new Set(), UTC).groups).toEqual([]);
  });
});

const workspace = measureKindsWorkspace();
const MARCH = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

// The batch source against aggregateRows over the same records (the record source), for every measure kind, with
// corrections applied first, a window that cuts some records off, and a subject outside the known set.
// Taken a few rows at a time (runRows), the groups are the same; each (KPI, period)'s groups in the same order.
const byKpiAndPeriod = (groups: SeriesGroups["groups"]): SeriesGroups["groups"] =>
  [...groups].sort((a, b) => (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

test.prop(
  [
    fc.array(specArb, { minLength: 1, maxLength: 8 }),
    fc.constantFrom("day", "week", "month"),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 1, max: 40 }),
    fc.boolean(),
    fc.integer({ min: 1, max: 4 }),
  ],
  { numRuns: 200 },
)("aggregates the batch's records as aggregateRows aggregates the same records", (specs, grain, fromDay, days, withAdmin, runRows) => {
  const records = build(specs) as unknown as Measurement[];
  const effective = effectiveMeasurements(records).effective;
  const batch = toMeasurementBatch(effective);
  const rows = Int32Array.from(effective, (_, i) => i);
  const kpis = workspace.kpis.filter((k) => Object.values(KPI_OF_KIND).includes(k.id as never));
  const known = new Set(withAdmin ? ["permits", "admin"] : ["permits"]);
  const from = MARCH + fromDay * DAY;
  const to = from + days * DAY;
  const expected = recordSeriesSource(effective)(kpis, grain, from, to, known, UTC);
  expect(batchSeriesSource(batch, rows)(kpis, grain, from, to, known, UTC).groups).toEqual(expected.groups);
  const inRuns = batchSeriesSource(batch, rows, runRows)(kpis, grain, from, to, known, UTC).groups;
  expect(byKpiAndPeriod(inRuns)).toEqual(byKpiAndPeriod(expected.groups));
});
