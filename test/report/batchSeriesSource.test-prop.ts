import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { batchSeriesSource } from "../../src/report/_lib/batchSeriesSource.js";
import { recordSeriesSource } from "../../src/report/_lib/collectKpiSeries.js";
import { KPI_OF_KIND, measureKindsWorkspace } from "../model/measureKinds.js";
import { build, specArb } from "../model/brokenBatches.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";

const UTC = { timeZone: "UTC", fiscalYearStartMonth: 1 } as const;

describe("batchSeriesSource", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 }]);
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
    expect(batchSeriesSource(batch, Int32Array.of(0))([kpi], "month", 0, 10, new Set(["s"]), UTC).groups.map((g) => g.value)).toEqual([2]);
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
test.prop(
  [fc.array(specArb, { minLength: 1, maxLength: 8 }), fc.constantFrom("day", "week", "month"), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 40 }), fc.boolean()],
  { numRuns: 200 },
)("aggregates the batch's records as aggregateRows aggregates the same records", (specs, grain, fromDay, days, withAdmin) => {
  const records = build(specs) as unknown as Measurement[];
  const effective = effectiveMeasurements(records).effective;
  const batch = toMeasurementBatch(effective);
  const rows = Int32Array.from(effective, (_, i) => i);
  const kpis = workspace.kpis.filter((k) => Object.values(KPI_OF_KIND).includes(k.id as never));
  const known = new Set(withAdmin ? ["permits", "admin"] : ["permits"]);
  const from = MARCH + fromDay * DAY;
  const to = from + days * DAY;
  const expected = recordSeriesSource(effective)(kpis, grain, from, to, known, UTC);
  const got = batchSeriesSource(batch, rows)(kpis, grain, from, to, known, UTC);
  expect(got.groups).toEqual(expected.groups);
  expect(got.periods).toEqual(expected.periods);
});
