import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import { partialOfColumns } from "../../src/aggregate/_lib/partialOfColumns.js";
import { periodOf } from "../../src/time/periodOf.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const kpis = [
  { id: "median", measure: { kind: "value" }, aggregation: "median" },
  { id: "ratio", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
  { id: "last", measure: { kind: "count" }, aggregation: "last" },
  { id: "first", measure: { kind: "value" }, aggregation: "first" },
  { id: "mean", measure: { kind: "value" }, aggregation: "mean" },
  { id: "weighted", measure: { kind: "weighted" }, aggregation: "weighted_mean" },
  { id: "csat", measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" },
] as const;
const statuses = ["normal", "provisional", "estimated", "revised"] as const;
const row = fc.record({
  k: fc.integer({ min: 0, max: kpis.length - 1 }),
  s: fc.constantFrom("b", "a", "c"),
  at: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 6, 1) }),
  value: fc.integer({ min: -40, max: 60 }).map((x) => x / 4),
  answer: fc.integer({ min: 0, max: 6 }),
  den: fc.integer({ min: 0, max: 9 }),
  weight: fc.option(fc.integer({ min: 0, max: 3 })),
  status: fc.constantFrom(...statuses),
});
const rowsArb = fc.array(row, { maxLength: 80 }).map((rs) =>
  rs.map((r) => {
    const kpi = kpis[r.k]!;
    const base = { kpiId: kpi.id, subjectId: r.s, at: new Date(r.at).toISOString(), status: r.status };
    const weight = r.weight === null ? {} : { weight: r.weight };
    if (kpi.measure.kind === "ratio") return { ...base, ...weight, numerator: Math.min(Math.abs(r.value), r.den), denominator: r.den };
    // A record of weight 0 may say "reported, no responses" with value null.
    if (r.weight === 0 && r.value < 0) return { ...base, weight: 0, value: null };
    return { ...base, ...weight, value: kpi.measure.kind === "survey" ? r.answer : r.value };
  }),
);

test.prop([rowsArb, fc.constantFrom("exact", "sketch" as const), fc.constantFrom("each", "pooled" as const)])(
  "equals accumulating each group's records on its own, column by column and group by group",
  (rows, quantiles, subjects) => {
    const result = aggregateRows(rows, kpis, { grain: "month", calendar: riga, quantiles, subjects });
    const expected = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${r.kpiId} ${subjects === "pooled" ? null : r.subjectId} ${periodOf(Date.parse(r.at), "month", riga).label}`;
      expected.set(key, [...(expected.get(key) ?? []), r]);
    }
    const c = result.columns;
    // Every group with a record is present, also one whose records all have weight 0 (they make the group exist).
    expect(c.length).toBe(expected.size);
    expect(result.groups.length).toBe(c.length);
    result.groups.forEach((g, i) => {
      const records = expected.get(`${g.kpiId} ${g.subjectId} ${g.period}`)!.map((r) => ({ ...r, at: Date.parse(r.at) }));
      const kpi = kpis.find((k) => k.id === g.kpiId)!;
      const direct = accumulate(records, kpi, { quantiles });
      expect(g.partial).toEqual(direct);
      expect(g.value).toBe(finalizePartial(direct, kpi));
      // The columns hold the same numbers as the lazily built group.
      const shape = { keepsValues: g.partial.values !== null, keepsFirstLast: kpi.aggregation === "first" || kpi.aggregation === "last" };
      expect(partialOfColumns(c, i, shape)).toEqual(g.partial);
      expect(c.hasValue[i] === 1 ? c.value[i] : null).toBe(g.value);
      for (const column of [c.sum, c.min, c.max, c.mean, c.m2, c.value]) expect(Number.isNaN(column[i])).toBe(false);
    });
  },
);

// Columns without weights, statuses or KPIs that read a run's rows: the rows without a value (those of ratio KPIs)
// stay out of the groups' runs (`Pass.bare`). With 70 000 subject codes the key space is too large for dense slots,
// so both kinds of slot are drawn.
const plainKpis = [
  { id: "median", measure: { kind: "value" }, aggregation: "median" },
  { id: "ratio", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
  { id: "p90", measure: { kind: "value" }, aggregation: "quantile", quantile: 0.9 },
  { id: "mean", measure: { kind: "value" }, aggregation: "mean" },
  { id: "share", measure: { kind: "ratio", scale: 1 }, aggregation: "ratio_of_sums" },
  { id: "total", measure: { kind: "count" }, aggregation: "sum" },
] as const;
const plainRow = fc.record({
  k: fc.integer({ min: 0, max: plainKpis.length - 1 }),
  s: fc.integer({ min: 0, max: 2 }),
  at: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 6, 1) }),
  value: fc.integer({ min: -40, max: 60 }).map((x) => x / 4),
  den: fc.integer({ min: 0, max: 9 }),
  // A ratio KPI's record may carry a value as well: it counts in the group's values like any other.
  valueToo: fc.boolean(),
  // And another KPI's record a numerator and a denominator: they add to its group's ratio sums.
  ratioToo: fc.boolean(),
});

test.prop([fc.array(plainRow, { maxLength: 80, size: "max" }), fc.boolean(), fc.constantFrom("exact", "sketch" as const), fc.boolean()])(
  "without weights or statuses, the rows of ratio KPIs stay out of the runs and every group equals accumulating its records",
  (drawn, manySubjects, quantiles, dropValues) => {
    const subjectIds = manySubjects ? ["b", "a", "c", ...Array.from({ length: 70_000 }, (_, i) => `z${i}`)] : ["b", "a", "c"];
    const ratio = (k: number) => plainKpis[k]!.measure.kind === "ratio";
    const rows = drawn.map((r) => ({
      ...r,
      num: ratio(r.k) || r.ratioToo ? Math.min(Math.abs(r.value), r.den) : NaN,
      den: ratio(r.k) || r.ratioToo ? r.den : NaN,
      v: !ratio(r.k) || r.valueToo ? r.value : NaN,
    }));
    // Without a value column when no record has a value.
    const noValues = dropValues && rows.every((r) => Number.isNaN(r.v));
    const result = aggregateColumns(
      {
        kpi: Int32Array.from(rows, (r) => r.k),
        subject: Int32Array.from(rows, (r) => r.s),
        at: Float64Array.from(rows, (r) => r.at),
        value: noValues ? undefined : Float64Array.from(rows, (r) => r.v),
        numerator: Float64Array.from(rows, (r) => r.num),
        denominator: Float64Array.from(rows, (r) => r.den),
      },
      plainKpis,
      { grain: "month", calendar: riga, quantiles, subjectIds },
    );
    const expected = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = `${plainKpis[r.k]!.id} ${subjectIds[r.s]} ${periodOf(r.at, "month", riga).label}`;
      expected.set(key, [...(expected.get(key) ?? []), r]);
    }
    expect(result.groups.length).toBe(expected.size);
    for (const g of result.groups) {
      const kpi = plainKpis.find((k) => k.id === g.kpiId)!;
      const records = expected.get(`${g.kpiId} ${g.subjectId} ${g.period}`)!.map((r) => ({
        kpiId: kpi.id,
        subjectId: subjectIds[r.s]!,
        at: r.at,
        ...(Number.isNaN(r.v) ? {} : { value: r.v }),
        ...(Number.isNaN(r.num) ? {} : { numerator: r.num, denominator: r.den }),
      }));
      const direct = accumulate(records, kpi, { quantiles });
      expect(g.partial).toEqual(direct);
      expect(g.value).toBe(finalizePartial(direct, kpi));
    }
  },
);
