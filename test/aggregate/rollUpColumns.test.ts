import { describe, expect, it } from "vitest";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import type { MeasurementRow } from "../../src/aggregate/measurementRow.js";
import type { PeriodAggregates } from "../../src/aggregate/periodAggregates.js";
import { rollUpColumns } from "../../src/aggregate/_lib/rollUpColumns.js";
import type { RollUpKpi } from "../../src/aggregate/rollUpKpi.js";
import { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";
import { kpiErrorCodeOf } from "../kpiErrorOf.js";
import { scopesOf, tree } from "./scopesOf.js";

const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const jan = (day: number): string => `2026-01-${String(day).padStart(2, "0")}T12:00:00Z`;
const feb = (day: number): string => `2026-02-${String(day).padStart(2, "0")}T12:00:00Z`;

/** The "wait" KPI's records: svc-1 {1, 9}, svc-2 {4}, cesis {2, 6} (medians 5, 4, 4; riga 4, lv 4). */
const waitRows: MeasurementRow[] = [
  { kpiId: "wait", subjectId: "svc-1", at: jan(2), value: 9 },
  { kpiId: "wait", subjectId: "svc-1", at: jan(3), value: 1 },
  { kpiId: "wait", subjectId: "svc-2", at: jan(2), value: 4 },
  { kpiId: "wait", subjectId: "cesis", at: jan(9), value: 2 },
  { kpiId: "wait", subjectId: "cesis", at: jan(8), value: 6 },
];

/** `subjectId period` → value, for one KPI of a result. */
function valuesOf(result: PeriodAggregates, kpiId: string): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const g of result.groups) if (g.kpiId === kpiId) out[`${g.subjectId} ${g.period}`] = g.value;
  return out;
}

describe("rollUpColumns", () => {
  it("matches the documented example", () => {
    const kpi = { id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" } as const;
    const own = aggregateRows([{ kpiId: "n", subjectId: "a", at: 0, value: 2 }, { kpiId: "n", subjectId: "b", at: 0, value: 3 }], [kpi], {
      grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 },
    });
    // lv = 2 + 3
    expect(rollUpColumns(own, [{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "b", parentId: "lv" }], [kpi]).groups.map((g) => [g.subjectId, g.value])).toEqual([["a", 2], ["b", 3], ["lv", 5]]);
  });
});

describe("rollUpScopes over a whole aggregation", () => {
  it("rolls each KPI up by its rule, worked by hand", () => {
    const kpis: RollUpKpi[] = [
      { id: "calls", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" },
      { id: "wait", measure: { kind: "duration", unit: "s" }, aggregation: "median", rollUp: "recompute" },
      { id: "worst", measure: { kind: "value" }, aggregation: "mean", rollUp: "max" },
      { id: "open", measure: { kind: "count" }, aggregation: "last", rollUp: "sum" },
      { id: "own", measure: { kind: "value" }, aggregation: "sum", rollUp: "none" },
    ] as RollUpKpi[];
    const rows: MeasurementRow[] = [
      // calls: svc-1 2 + 3, svc-2 10, riga itself 1 (January); cesis 7 (February)
      { kpiId: "calls", subjectId: "svc-1", at: jan(2), value: 2 },
      { kpiId: "calls", subjectId: "svc-1", at: jan(3), value: 3 },
      { kpiId: "calls", subjectId: "svc-2", at: jan(4), value: 10 },
      { kpiId: "calls", subjectId: "riga", at: jan(5), value: 1 },
      { kpiId: "calls", subjectId: "cesis", at: feb(1), value: 7 },
      // wait: svc-1 {1, 9}, svc-2 {4}, cesis {2, 6}
      ...waitRows,
      // worst: the mean of each service, then the largest up the tree
      { kpiId: "worst", subjectId: "svc-1", at: jan(2), value: 10 },
      { kpiId: "worst", subjectId: "svc-1", at: jan(3), value: 30 },
      { kpiId: "worst", subjectId: "svc-2", at: jan(2), value: 25 },
      { kpiId: "worst", subjectId: "cesis", at: jan(2), value: 5 },
      // open cases at month end: the last value of each service, summed up the tree
      { kpiId: "open", subjectId: "svc-1", at: jan(2), value: 4 },
      { kpiId: "open", subjectId: "svc-1", at: jan(30), value: 6 },
      { kpiId: "open", subjectId: "svc-2", at: jan(29), value: 3 },
      { kpiId: "open", subjectId: "svc-2", at: jan(10), value: 8 },
      // own: no roll-up
      { kpiId: "own", subjectId: "svc-1", at: jan(2), value: 1 },
      { kpiId: "own", subjectId: "lv", at: jan(2), value: 5 },
    ];
    const result = rollUpScopes(aggregateRows(rows, kpis, { grain: "month", calendar: utc }), tree, kpis);
    expect(result.columns.subjectIds).toEqual(tree.map((n) => n.id));
    expect(valuesOf(result, "calls")).toEqual({
      "cesis 2026-02": 7,
      "lv 2026-01": 16, // 2 + 3 + 10 + 1
      "lv 2026-02": 7,
      "riga 2026-01": 16,
      "svc-1 2026-01": 5,
      "svc-2 2026-01": 10,
    });
    expect(valuesOf(result, "wait")).toEqual({
      "cesis 2026-01": 4, // median of {2, 6}
      "lv 2026-01": 4, // median of {1, 2, 4, 6, 9}
      "riga 2026-01": 4, // median of {1, 4, 9}
      "svc-1 2026-01": 5, // median of {1, 9}
      "svc-2 2026-01": 4,
    });
    expect(valuesOf(result, "worst")).toEqual({
      "cesis 2026-01": 5,
      "lv 2026-01": 25, // max(max(20, 25), 5), not the mean of all records (17.5)
      "riga 2026-01": 25,
      "svc-1 2026-01": 20,
      "svc-2 2026-01": 25,
    });
    expect(valuesOf(result, "open")).toEqual({
      "lv 2026-01": 9, // 6 + 3, not the last value of all records (6)
      "riga 2026-01": 9,
      "svc-1 2026-01": 6,
      "svc-2 2026-01": 3,
    });
    expect(valuesOf(result, "own")).toEqual({ "lv 2026-01": 5, "svc-1 2026-01": 1 });
    // Pooled components: lv's wait values, and the merged partial of "worst" keeps every record.
    const lvWait = result.groups.find((g) => g.kpiId === "wait" && g.subjectId === "lv")!;
    expect(lvWait.partial.values).toEqual([1, 2, 4, 6, 9]);
    const lvWorst = result.groups.find((g) => g.kpiId === "worst" && g.subjectId === "lv")!;
    expect([lvWorst.partial.count, lvWorst.partial.sum, lvWorst.partial.min, lvWorst.partial.max]).toEqual([4, 70, 5, 30]);
  });

  it("keeps its numbers when later aggregations and roll-ups run (its columns may sit in the scratch it took over)", () => {
    const kpis = [
      { id: "wait", measure: { kind: "duration", unit: "s" }, aggregation: "median", rollUp: "recompute" },
      { id: "calls", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" },
    ] as RollUpKpi[];
    // wait: svc-1 {1, 9}, svc-2 {4}, cesis {2, 6}; calls: svc-1 2 + 3, cesis 7.
    const rows: MeasurementRow[] = [
      ...waitRows,
      { kpiId: "calls", subjectId: "svc-1", at: jan(2), value: 2 },
      { kpiId: "calls", subjectId: "svc-1", at: jan(3), value: 3 },
      { kpiId: "calls", subjectId: "cesis", at: jan(4), value: 7 },
    ];
    const first = rollUpScopes(aggregateRows(rows, kpis, { grain: "month", calendar: utc }), tree, kpis);
    // Then more work through the same scratch, larger, with other numbers: 20 000 rows of -1 and -2.
    const other: MeasurementRow[] = Array.from({ length: 20_000 }, (_, i) => ({
      kpiId: kpis[i % 2]!.id,
      subjectId: ["svc-1", "svc-2", "cesis"][i % 3]!,
      at: (i % 4 < 2 ? jan : feb)(1 + (i % 27)),
      value: -1 - (i % 2),
    }));
    for (let round = 0; round < 3; round++) rollUpScopes(aggregateRows(other, kpis, { grain: "month", calendar: utc }), tree, kpis);
    aggregateColumns({ kpi: new Int32Array(20_000), subject: new Int32Array(20_000), at: new Float64Array(20_000), value: new Float64Array(20_000).fill(-5) }, kpis, {
      grain: "month",
      calendar: utc,
      subjectIds: ["svc-1"],
    });
    // The first result, read only now (its groups are built on first access), worked by hand.
    expect(valuesOf(first, "wait")).toEqual({
      "cesis 2026-01": 4, // median of {2, 6}
      "lv 2026-01": 4, // median of {1, 2, 4, 6, 9}
      "riga 2026-01": 4, // median of {1, 4, 9}
      "svc-1 2026-01": 5, // median of {1, 9}
      "svc-2 2026-01": 4,
    });
    expect(valuesOf(first, "calls")).toEqual({ "cesis 2026-01": 7, "lv 2026-01": 12, "riga 2026-01": 5, "svc-1 2026-01": 5 });
    expect(first.groups.find((g) => g.kpiId === "wait" && g.subjectId === "lv")!.partial.values).toEqual([1, 2, 4, 6, 9]);
    // Records per group, by KPI (wait, calls), then node id, then period: wait cesis 2, lv 5, riga 3, svc-1 2, svc-2 1;
    // calls cesis 1, lv 3, riga 2, svc-1 2.
    expect(Array.from(first.columns.count)).toEqual([2, 5, 3, 2, 1, 1, 3, 2, 2]);
  });

  it("orders groups by KPI, node id and period, and keeps the periods and grain", () => {
    const kpis = [{ id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" }] as RollUpKpi[];
    const nodes = [{ id: "z", parentId: null }, { id: "b", parentId: "z" }, { id: "a", parentId: "z" }];
    const own = aggregateRows(
      [
        { kpiId: "n", subjectId: "b", at: feb(1), value: 1 },
        { kpiId: "n", subjectId: "a", at: jan(1), value: 2 },
      ],
      kpis,
      { grain: "month", calendar: utc },
    );
    const result = rollUpScopes(own, nodes, kpis);
    expect(result.grain).toBe("month");
    expect(result.periods).toEqual(own.periods);
    expect(result.groups.map((g) => `${g.subjectId} ${g.period} ${g.value}`)).toEqual([
      "a 2026-01 2",
      "b 2026-02 1",
      "z 2026-01 2",
      "z 2026-02 1",
    ]);
  });

  it("gives the same groups as rollUpScopes with weights, statuses, ratios, first and sketches", () => {
    const kpis = [
      { id: "w", measure: { kind: "weighted" }, aggregation: "weighted_mean", rollUp: "weighted_mean" },
      { id: "r", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums" },
      { id: "f", measure: { kind: "value" }, aggregation: "first", rollUp: "last" },
      { id: "q", measure: { kind: "value" }, aggregation: "quantile", quantile: 0.9, rollUp: "recompute" },
      { id: "m", measure: { kind: "value" }, aggregation: "min", rollUp: "min" },
    ] as RollUpKpi[];
    const subjects = ["svc-1", "svc-2", "cesis", "riga"];
    const rows: MeasurementRow[] = [];
    for (let i = 0; i < 60; i++) {
      const kpi = kpis[i % kpis.length]!;
      const subjectId = subjects[(i * 7) % subjects.length]!;
      const at = (i % 3 === 0 ? feb : jan)(1 + (i % 27));
      const status = i % 4 === 0 ? "provisional" : i % 9 === 0 ? "estimated" : undefined;
      rows.push(
        kpi.measure.kind === "ratio"
          ? { kpiId: kpi.id, subjectId, at, numerator: i % 5, denominator: i % 7, status }
          : { kpiId: kpi.id, subjectId, at, value: (i * 37) % 23, weight: kpi.id === "w" ? i % 4 : undefined, status },
      );
    }
    for (const quantiles of ["exact", "sketch"] as const) {
      const own = aggregateRows(rows, kpis, { grain: "month", calendar: utc, quantiles });
      const result = rollUpScopes(own, tree, kpis);
      const expected = scopesOf(own, tree, kpis);
      expect(Object.fromEntries(result.groups.map((g) => [`${g.kpiId} ${g.subjectId} ${g.period}`, [g.partial, g.value]]))).toEqual(expected);
    }
  });

  it("pools survey tallies", () => {
    const kpis = [
      { id: "csat", measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey", rollUp: "recompute" },
    ] as RollUpKpi[];
    const rows: MeasurementRow[] = [
      { kpiId: "csat", subjectId: "svc-1", at: jan(1), value: 5, weight: 3 },
      { kpiId: "csat", subjectId: "svc-1", at: jan(1), value: 2, weight: 1 },
      { kpiId: "csat", subjectId: "svc-2", at: jan(1), value: 4, weight: 2 },
      { kpiId: "csat", subjectId: "cesis", at: jan(1), value: 1, weight: 4 },
    ];
    const result = rollUpScopes(aggregateRows(rows, kpis, { grain: "month", calendar: utc }), tree, kpis);
    // CSAT: the share of answers 4 and 5. riga: (3 + 2) / (3 + 1 + 2) = 83.3 %; lv: 5 / 10 = 50 %.
    const v = valuesOf(result, "csat");
    expect(v["riga 2026-01"]).toBeCloseTo(500 / 6, 10);
    expect(v["lv 2026-01"]).toBeCloseTo(50, 10);
    expect(result.groups.find((g) => g.subjectId === "lv")!.partial.survey).toEqual({ answers: { "1": 4, "2": 1, "4": 2, "5": 3 }, valid: 10, invalid: 0 });
  });

  it("finds cells by search when nodes × periods are too many for a table", () => {
    // 3 000 nodes (a root, 2 999 services) × 1 461 daily periods = 4.4 M cells, over the table's 4.19 M.
    const nodes = [{ id: "root", parentId: null }, ...Array.from({ length: 2999 }, (_, i) => ({ id: `s${i}`, parentId: "root" }))];
    const kpis = [{ id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" }] as RollUpKpi[];
    const subjects = [0, 1, 2, 1500, 2998];
    const at = [Date.UTC(2022, 0, 1), Date.UTC(2023, 5, 1), Date.UTC(2025, 11, 31)];
    const columns = {
      kpi: new Int32Array(15),
      subject: Int32Array.from({ length: 15 }, (_, i) => subjects[i % 5]!),
      at: Float64Array.from({ length: 15 }, (_, i) => at[i % 3]!),
      value: Float64Array.from({ length: 15 }, (_, i) => i + 1),
    };
    const own = aggregateColumns(columns, kpis, { grain: "day", calendar: utc, subjectIds: nodes.slice(1).map((n) => n.id) });
    expect(own.periods.length * nodes.length).toBeGreaterThan(1 << 22);
    const result = rollUpScopes(own, nodes, kpis);
    expect(Object.fromEntries(result.groups.map((g) => [`${g.kpiId} ${g.subjectId} ${g.period}`, [g.partial, g.value]]))).toEqual(scopesOf(own, nodes, kpis));
    // The root's three days: 1+6+11 (i % 3 = 0), 2+7+12+… — every value once: 1 + … + 15 = 120 in all.
    expect(result.groups.filter((g) => g.subjectId === "root").reduce((s, g) => s + g.value!, 0)).toBe(120);
  });

  it("returns no groups for no groups", () => {
    const kpis = [{ id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" }] as RollUpKpi[];
    const result = rollUpScopes(aggregateRows([], kpis, { grain: "month", calendar: utc }), tree, kpis);
    expect(result.groups).toEqual([]);
    expect(result.columns.length).toBe(0);
  });

  it("refuses bad input with a code and a path", () => {
    const kpis = [{ id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" }] as RollUpKpi[];
    const rows = [{ kpiId: "n", subjectId: "svc-1", at: jan(1), value: 1 }];
    const own = aggregateRows(rows, kpis, { grain: "month", calendar: utc });
    const cases: [() => unknown, string, (string | number)[]][] = [
      [() => rollUpScopes({} as never, tree, kpis), "invalid_argument", ["aggregates"]],
      [() => rollUpScopes(own, tree, []), "invalid_argument", ["kpis"]],
      [() => rollUpScopes(own, tree, [null as never]), "invalid_argument", ["kpis", 0]],
      [() => rollUpScopes(own, tree, ["n" as never]), "invalid_argument", ["kpis", 0]],
      [() => rollUpScopes(own, tree, [{ ...kpis[0]!, id: "m" }]), "invalid_argument", ["kpis", 0, "id"]],
      [() => rollUpScopes(own, tree, [{ ...kpis[0]!, rollUp: "average" as never }]), "invalid_argument", ["kpis", 0, "rollUp"]],
      [() => rollUpScopes(aggregateRows(rows, kpis, { grain: "month", calendar: utc, subjects: "pooled" }), tree, kpis), "invalid_argument", ["aggregates"]],
      [() => rollUpScopes(own, tree.slice(0, 2), kpis), "unknown_reference", ["aggregates", "columns", "subjectIds", 0]],
      [() => rollUpScopes(new Map(), tree, kpis as never), "invalid_argument", ["kpi"]],
      [() => rollUpScopes(own, "lv" as never, kpis), "invalid_argument", ["scopeNodes"]],
      [() => rollUpScopes(own, [...tree, null as never], kpis), "invalid_argument", [5]],
      [() => rollUpScopes(new Map(), [null as never], kpis[0]!), "invalid_argument", [0]],
      [() => rollUpScopes(own, [...tree, { id: "riga", parentId: "lv" }], kpis), "duplicate_id", [5, "id"]],
      [() => rollUpScopes(own, [...tree, { id: "x", parentId: "nowhere" }], kpis), "unknown_reference", [5, "parentId"]],
      [() => rollUpScopes(own, [{ id: "svc-1", parentId: "b" }, { id: "b", parentId: "svc-1" }], kpis), "cycle", [0, "parentId"]],
    ];
    for (const [f, code, path] of cases) expect(kpiErrorCodeOf(f)).toEqual({ code, path });
  });
});
