import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import type { MeasurementRow } from "../../src/aggregate/measurementRow.js";
import type { RollUpKpi } from "../../src/aggregate/rollUpKpi.js";
import { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";
import { scopesOf } from "./scopesOf.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const base = [
  { id: "median", measure: { kind: "value" }, aggregation: "median" },
  { id: "p90", measure: { kind: "duration", unit: "s" }, aggregation: "quantile", quantile: 0.9 },
  { id: "ratio", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
  { id: "last", measure: { kind: "count" }, aggregation: "last" },
  { id: "first", measure: { kind: "value" }, aggregation: "first" },
  { id: "mean", measure: { kind: "value" }, aggregation: "mean" },
  { id: "sum", measure: { kind: "count" }, aggregation: "sum" },
  { id: "weighted", measure: { kind: "weighted" }, aggregation: "weighted_mean" },
  { id: "csat", measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" },
] as const;
const rules = ["none", "sum", "ratio_of_sums", "weighted_mean", "last", "recompute", "min", "max"] as const;
const statuses = ["normal", "provisional", "estimated", "revised"] as const;

/** A forest of up to 9 nodes: node i's parent is an earlier node or none; ids in an order unlike the tree's. */
const treeArb = fc.array(fc.option(fc.nat(), { freq: 4 }), { minLength: 1, maxLength: 9 }).map((parents) =>
  parents.map((p, i) => ({ id: `n${(i * 5) % 11}`, parentId: i === 0 || p === null ? null : `n${((p % i) * 5) % 11}` })),
);
const row = fc.record({
  k: fc.nat(),
  s: fc.nat(),
  // Thirteen instants, ten days apart, over four months: instants tie often, so that first and last must break ties
  // between nodes as mergePartials does.
  at: fc.integer({ min: 0, max: 12 }).map((d) => Date.UTC(2025, 0, 1, 9) + d * 10 * 86_400_000),
  value: fc.integer({ min: -40, max: 60 }).map((x) => x / 4),
  answer: fc.integer({ min: 0, max: 6 }),
  den: fc.integer({ min: 0, max: 9 }),
  weight: fc.option(fc.integer({ min: 0, max: 3 })),
  status: fc.constantFrom(...statuses),
});
const caseArb = fc.record({
  tree: treeArb,
  rows: fc.array(row, { maxLength: 120 }),
  // More records of "last" and "first" (KPIs 3 and 4), so that ties between nodes' first and last instants are common.
  firstLast: fc.array(row.map((r) => ({ ...r, k: 3 + (r.k % 2) })), { maxLength: 40 }),
  rules: fc.array(fc.constantFrom(...rules), { minLength: base.length, maxLength: base.length }),
  quantiles: fc.constantFrom("exact", "sketch" as const),
});

test.prop([caseArb], { numRuns: 300 })("rollUpScopes over a whole aggregation gives every node the groups and values it gives per KPI and period, to the last bit", ({ tree, rows, firstLast, rules, quantiles }) => {
  const kpis = base.map((k, i) => ({ ...k, rollUp: rules[i]! })) as RollUpKpi[];
  const records: MeasurementRow[] = [...rows, ...firstLast].map((r) => {
    const kpi = kpis[r.k % kpis.length]!;
    const subjectId = tree[r.s % tree.length]!.id;
    const at = new Date(r.at).toISOString();
    const weight = r.weight === null ? {} : { weight: r.weight };
    if (kpi.measure.kind === "ratio") return { kpiId: kpi.id, subjectId, at, status: r.status, ...weight, numerator: Math.min(Math.abs(r.value), r.den), denominator: r.den };
    return { kpiId: kpi.id, subjectId, at, status: r.status, ...weight, value: kpi.measure.kind === "survey" ? r.answer : r.value };
  });
  const own = aggregateRows(records, kpis, { grain: "month", calendar: riga, quantiles });
  const result = rollUpScopes(own, tree, kpis);
  const expected = scopesOf(own, tree, kpis);
  const actual = Object.fromEntries(result.groups.map((g) => [`${g.kpiId} ${g.subjectId} ${g.period}`, [g.partial, g.value]]));
  expect(actual).toEqual(expected);
  // The columns agree with the groups, in canonical order (KPI, node id, period).
  const c = result.columns;
  expect(c.length).toBe(result.groups.length);
  const keys = result.groups.map((g) => [kpis.findIndex((k) => k.id === g.kpiId), g.subjectId!, g.period] as const);
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1]!, keys[i]!];
    expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
  }
});
