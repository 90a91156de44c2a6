import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { rollUpPeriods } from "../../src/aggregate/rollUpPeriods.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import { periodOf } from "../../src/time/periodOf.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
const kpis = [
  { id: "v", measure: { kind: "value" }, aggregation: "median" },
  { id: "r", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
] as const;
const row = fc.record({
  k: fc.integer({ min: 0, max: 1 }),
  s: fc.constantFrom("a", "b", "c"),
  at: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
  value: fc.integer({ min: -50, max: 50 }),
  den: fc.integer({ min: 0, max: 9 }),
});
const rowsArb = fc.array(row, { maxLength: 60 }).map((rs) =>
  rs.map((r) =>
    r.k === 0
      ? { kpiId: "v", subjectId: r.s, at: new Date(r.at).toISOString(), value: r.value }
      : { kpiId: "r", subjectId: r.s, at: r.at, numerator: Math.min(Math.abs(r.value), r.den), denominator: r.den },
  ),
);

test.prop([rowsArb])("equals accumulating each group's records on its own (periodOf per record)", (rows) => {
  const result = aggregateRows(rows, kpis, { grain: "month", calendar: riga });
  const expected = new Map<string, typeof rows>();
  for (const r of rows) {
    const ms = typeof r.at === "string" ? Date.parse(r.at) : r.at;
    const key = `${r.kpiId} ${r.subjectId} ${periodOf(ms, "month", riga).label}`;
    expected.set(key, [...(expected.get(key) ?? []), r]);
  }
  expect(result.groups.length).toBe(expected.size);
  for (const g of result.groups) {
    const records = (expected.get(`${g.kpiId} ${g.subjectId} ${g.period}`) ?? []).map((r) => ({
      ...r,
      at: typeof r.at === "string" ? Date.parse(r.at) : r.at,
    }));
    const kpi = kpis.find((k) => k.id === g.kpiId)!;
    const direct = accumulate(records, kpi);
    expect(g.partial.count).toBe(direct.count);
    expect(g.partial.sum).toBe(direct.sum);
    expect(g.partial.numeratorSum).toBe(direct.numeratorSum);
    expect(g.partial.values).toEqual(direct.values);
    expect(g.value).toBe(finalizePartial(direct, kpi));
  }
});

test.prop([rowsArb])("gives the same groups from rows and from columns", (rows) => {
  const fromRows = aggregateRows(rows, kpis, { grain: "week", calendar: riga });
  const subjectIds = ["c", "a", "b"];
  const fromColumns = aggregateColumns(
    {
      kpi: rows.map((r) => (r.kpiId === "v" ? 0 : 1)),
      subject: rows.map((r) => subjectIds.indexOf(r.subjectId)),
      at: rows.map((r) => (typeof r.at === "string" ? Date.parse(r.at) : r.at)),
      value: rows.map((r) => r.value ?? NaN),
      numerator: rows.map((r) => r.numerator ?? NaN),
      denominator: rows.map((r) => r.denominator ?? NaN),
    },
    kpis,
    { grain: "week", calendar: riga, subjectIds },
  );
  expect(fromColumns.groups).toEqual(fromRows.groups);
});

test.prop([rowsArb, fc.constantFrom("quarter", "year", "fiscal_year" as const)])(
  "rolls months up to coarser grains exactly as aggregating the raw records",
  (rows, grain) => {
    const months = aggregateRows(rows, kpis, { grain: "month", calendar: riga });
    const direct = aggregateRows(rows, kpis, { grain, calendar: riga });
    for (const kpi of kpis) {
      for (const subject of ["a", "b", "c"]) {
        const series = months.groups.filter((g) => g.kpiId === kpi.id && g.subjectId === subject);
        const rolled = rollUpPeriods(series, grain, riga);
        const expected = direct.groups.filter((g) => g.kpiId === kpi.id && g.subjectId === subject);
        expect(rolled.map((r) => r.period)).toEqual(expected.map((g) => g.period));
        rolled.forEach((r, i) => {
          expect(r.partial.count).toBe(expected[i]!.partial.count);
          expect(r.partial.values).toEqual(expected[i]!.partial.values);
          expect(r.partial.numeratorSum).toBe(expected[i]!.partial.numeratorSum);
          expect(finalizePartial(r.partial, kpi)).toBe(expected[i]!.value);
        });
      }
    }
  },
);

// Rows of both KPIs in any share (from no ratio rows to all: a batch keeps numerators and denominators per row, or
// for the rows that have them only), some correcting an earlier row of their series.
const correctedRowsArb = fc
  .tuple(
    fc.integer({ min: 0, max: 10 }),
    fc.array(fc.record({ r: row, pick: fc.integer({ min: 0, max: 9 }), corrects: fc.option(fc.nat()) }), { maxLength: 60 }),
  )
  .map(([ratioBelow, drawn]) => {
    const rows: Record<string, unknown>[] = [];
    const corrected = new Set<number>();
    drawn.forEach(({ r, pick, corrects }, i) => {
      const ratio = pick < ratioBelow;
      const base = { id: `m${i}`, subjectId: r.s, at: r.at };
      const record: Record<string, unknown> = ratio
        ? { ...base, kpiId: "r", numerator: Math.min(Math.abs(r.value), r.den), denominator: r.den }
        : { ...base, kpiId: "v", value: r.value };
      // Each row is corrected once at most, by a later row of its series.
      const open = rows.map((_, j) => j).filter((j) => !corrected.has(j) && rows[j]!.kpiId === record.kpiId && rows[j]!.subjectId === r.s);
      if (corrects !== null && open.length > 0) {
        const j = open[corrects % open.length]!;
        corrected.add(j);
        record.supersedes = rows[j]!.id;
      }
      rows.push(record);
    });
    return { rows, inEffect: rows.filter((_, j) => !corrected.has(j)).map(({ supersedes: _, ...r }) => r) };
  });

test.prop([correctedRowsArb])("leaves out corrected rows of either kind as if they were never given", ({ rows, inEffect }) => {
  const options = { grain: "month", calendar: riga } as const;
  const result = aggregateRows(rows as never, kpis, options);
  expect(result.groups).toEqual(aggregateRows(inEffect as never, kpis, options).groups);
});
