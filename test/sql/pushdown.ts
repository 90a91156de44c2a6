// Shared by the kpi-kit/sql engine tests: KPIs of every aggregation the query handles, generated measurement
// tables (with correction chains, statuses, survey answers, weights and instants around DST switches), the oracle
// (effectiveMeasurements, then aggregateRows over the range) and a comparison with the documented float tolerance.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import type { AggregationKpi } from "../../src/aggregate/aggregationKpi.js";
import type { PeriodGroup } from "../../src/aggregate/periodAggregates.js";
import type { Measurement } from "../../src/model/measurement.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import type { Grain } from "../../src/time/grain.js";
import type { LoadRecord } from "./engines.js";

export const KPIS: readonly AggregationKpi[] = [
  { id: "mean", measure: { kind: "value" }, aggregation: "mean" },
  { id: "sum", measure: { kind: "count" }, aggregation: "sum" },
  { id: "min", measure: { kind: "value" }, aggregation: "min" },
  { id: "max", measure: { kind: "duration" }, aggregation: "max" },
  { id: "first", measure: { kind: "count" }, aggregation: "first" },
  { id: "last", measure: { kind: "count" }, aggregation: "last" },
  { id: "median", measure: { kind: "duration" }, aggregation: "median" },
  { id: "p90", measure: { kind: "value" }, aggregation: "quantile", quantile: 0.9 },
  { id: "ratio", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
  { id: "ratio-1", measure: { kind: "ratio", scale: 1 }, aggregation: "ratio_of_sums" },
  { id: "weighted", measure: { kind: "weighted" }, aggregation: "weighted_mean" },
  { id: "csat", measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" },
  { id: "nps", measure: { kind: "survey", statistic: "nps", scaleMin: 0, scaleMax: 10 }, aggregation: "survey" },
] as AggregationKpi[];

export const RIGA = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 } as const;
export const GRAINS: readonly Grain[] = ["day", "week", "month", "quarter", "year", "fiscal_year"];

// Instants near the edges that matter: Riga's DST switches (29 March and 25 October 2026, 01:00 UTC), local
// midnights, the year end (2026-W53 runs into 2027), the fiscal year's start (1 April local).
export const EDGES = [
  Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 11, 31, 22), Date.UTC(2027, 0, 3, 22),
  Date.UTC(2026, 2, 31, 21), Date.UTC(2026, 2, 31, 22), Date.UTC(2025, 11, 28, 22), Date.UTC(2026, 5, 30, 21),
];
export const instantArb = fc.tuple(fc.constantFrom(...EDGES), fc.integer({ min: -3, max: 3 }), fc.constantFrom(-1, 0, 1, 3_599_999, 86_400_000)).map(
  ([edge, hours, ms]) => edge + hours * 3_600_000 + ms,
);

const fieldsOf = (kpi: AggregationKpi): fc.Arbitrary<Partial<LoadRecord>> => {
  switch (kpi.measure.kind) {
    case "ratio":
      return fc.record({ numerator: fc.integer({ min: 0, max: 9 }), denominator: fc.integer({ min: 0, max: 9 }) });
    case "weighted":
      return fc.oneof(fc.record({ value: fc.double({ min: -50, max: 50, noNaN: true }), weight: fc.integer({ min: 0, max: 5 }) }), fc.constant({ value: null, weight: 0 }));
    case "survey": {
      const { scaleMin, scaleMax } = kpi.measure;
      return fc.oneof(
        fc.record({ value: fc.integer({ min: scaleMin, max: scaleMax }) }),
        fc.record({ value: fc.integer({ min: scaleMin - 1, max: scaleMax + 1 }), weight: fc.integer({ min: 0, max: 4 }) }),
        fc.constant({ value: null, weight: 0 }),
      );
    }
    default:
      return fc.record({ value: fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.3)) });
  }
};

/** One original record with up to two corrections, each recorded no earlier than what it corrects. */
const chainArb = fc.nat({ max: KPIS.length - 1 }).chain((k) =>
  fc.record({
    kpi: fc.constant(k),
    subject: fc.constantFrom("a", "b", "c"),
    at: instantArb,
    fields: fieldsOf(KPIS[k]!),
    status: fc.constantFrom(undefined, "normal", "provisional", "estimated"),
    recorded: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    corrections: fc.array(fc.record({ fields: fieldsOf(KPIS[k]!), delay: fc.integer({ min: 0, max: 10 }), at: fc.option(instantArb, { nil: undefined }) }), { maxLength: 2 }),
  }),
);

export const tableArb = fc.array(chainArb, { maxLength: 40 }).map((chains) => {
  const records: LoadRecord[] = [];
  const DAY = 86_400_000;
  const BASE = Date.UTC(2026, 0, 1);
  chains.forEach((c, n) => {
    const base = { kpiId: KPIS[c.kpi]!.id, subjectId: c.subject };
    let when = c.recorded;
    const recordedAt = (d: number | undefined) => (d === undefined ? {} : { recordedAt: BASE + d * DAY });
    records.push({ id: `r${n}`, ...base, at: c.at, ...c.fields, ...(c.status === undefined ? {} : { status: c.status }), ...recordedAt(when) });
    let previous = `r${n}`;
    c.corrections.forEach((fix, k) => {
      when = when === undefined ? (fix.delay === 0 ? undefined : 20 + fix.delay) : when + fix.delay;
      const id = `r${n}c${k}`;
      records.push({ id, ...base, at: fix.at ?? c.at, ...fix.fields, status: "revised", ...recordedAt(when), supersedes: previous });
      previous = id;
    });
  });
  return records;
});

/** The groups `aggregateRows` gives for the records in effect (as known at `asKnownAt`) in `[start, end)`. */
export function expectedGroups(records: readonly LoadRecord[], kpis: readonly AggregationKpi[], grain: Grain, start: number, end: number, asKnownAt?: number): PeriodGroup[] {
  const ids = new Set(kpis.map((k) => k.id));
  // Chains stay within a KPI, so the records of other KPIs can go first.
  const measurements = records.filter((r) => ids.has(r.kpiId)).map((r) => ({ status: "normal", ...r })) as unknown as Measurement[];
  const effective = effectiveMeasurements(measurements, asKnownAt === undefined ? {} : { asKnownAt }).effective.filter((m) => m.at >= start && m.at < end);
  return sortGroups(aggregateRows(effective, kpis, { grain, calendar: RIGA, effective: false }).groups, kpis);
}

export function sortGroups(groups: readonly PeriodGroup[], kpis: readonly AggregationKpi[]): PeriodGroup[] {
  const position = new Map(kpis.map((k, j) => [k.id, j]));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups].sort((a, b) => position.get(a.kpiId)! - position.get(b.kpiId)! || order(a.subjectId ?? "", b.subjectId ?? "") || order(a.period, b.period));
}

/** Equal, except that floats may differ by 1e-12 relative (the engine adds in its own order; docs/at-scale.md). */
export function expectSameGroups(got: unknown, expected: unknown, path = "groups"): void {
  if (typeof expected === "number" && typeof got === "number") {
    const scale = Math.max(1, Math.abs(expected));
    if (Math.abs(got - expected) > 1e-12 * scale) expect({ path, got }).toEqual({ path, got: expected });
    return;
  }
  if (typeof expected === "object" && expected !== null && typeof got === "object" && got !== null) {
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) expectSameGroups((got as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  expect({ path, got }).toEqual({ path, got: expected });
}
