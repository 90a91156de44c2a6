import { describe, expect, it } from "vitest";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { createPeriodAggregates } from "../../src/aggregate/_lib/createPeriodAggregates.js";
import { parseInstantInto } from "../../src/aggregate/_lib/parseInstantInto.js";
import { partialOfColumns } from "../../src/aggregate/_lib/partialOfColumns.js";
import type { PeriodAggregateColumns } from "../../src/aggregate/periodAggregateColumns.js";
import { parseInstantFast } from "../../src/time/_lib/parseInstantFast.js";

const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const p95 = { id: "p95", measure: { kind: "duration" }, aggregation: "quantile", quantile: 0.95 } as const;
const fcr = { id: "fcr", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
const stock = { id: "open", measure: { kind: "count" }, aggregation: "last" } as const;

describe("aggregateColumns and the caller's columns", () => {
  it("leaves them as they were (the engine writes over its own working columns only)", () => {
    const kpi = Int32Array.of(0, 0, 1);
    const at = Float64Array.of(0, Date.UTC(2026, 1, 1), 0);
    const value = Float64Array.of(4, 5, NaN);
    aggregateColumns({ kpi, subject: [0, 0, 0], at, value, numerator: [NaN, NaN, 1], denominator: [NaN, NaN, 2] }, [p95, fcr], {
      grain: "month",
      calendar: utc,
      subjectIds: ["s"],
    });
    expect([[...kpi], [...at], [...value]]).toEqual([[0, 0, 1], [0, Date.UTC(2026, 1, 1), 0], [4, 5, NaN]]);
  });
});

describe("PeriodAggregates.columns", () => {
  const rows = [
    { kpiId: "p95", subjectId: "b", at: "2026-01-05T00:00:00Z", value: 4 },
    { kpiId: "p95", subjectId: "b", at: "2026-01-06T00:00:00Z", value: 2 },
    { kpiId: "p95", subjectId: "a", at: "2026-02-01T00:00:00Z", value: 7 },
    { kpiId: "fcr", subjectId: "a", at: "2026-01-09T00:00:00Z", numerator: 1, denominator: 4 },
    { kpiId: "fcr", subjectId: "a", at: "2026-01-10T00:00:00Z", numerator: 0, denominator: 0 },
    { kpiId: "fcr", subjectId: "b", at: "2026-01-10T00:00:00Z", numerator: 0, denominator: 0 },
  ];
  const result = aggregateRows(rows, [p95, fcr], { grain: "month", calendar: utc });

  it("holds the groups' numbers in canonical order when read as columns", () => {
    const c = result.columns;
    // Groups: p95 a 2026-02, p95 b 2026-01, fcr a 2026-01, fcr b 2026-01.
    expect(c.length).toBe(4);
    expect([...c.kpiIndex]).toEqual([0, 0, 1, 1]);
    expect([...c.subjectIndex].map((s) => c.subjectIds[s])).toEqual(["a", "b", "a", "b"]);
    expect([...c.periodIndex].map((p) => result.periods[p]!.label)).toEqual(["2026-02", "2026-01", "2026-01", "2026-01"]);
    expect([...c.records]).toEqual([1, 2, 2, 1]);
    expect([...c.count]).toEqual([1, 2, 0, 0]);
    expect([...c.sum]).toEqual([7, 6, 0, 0]);
    expect([...c.min.subarray(0, 2)]).toEqual([7, 2]);
    expect([...c.max.subarray(0, 2)]).toEqual([7, 4]);
    // b's values 2, 4 → h = 0.95 → 2 + 0.95·2 = 3.9; fcr a = 1/4 = 25 %; fcr b has a zero denominator → no value.
    expect(c.value[1]).toBeCloseTo(3.9, 12);
    expect(c.value[2]).toBe(25);
    expect([...c.hasValue]).toEqual([1, 1, 1, 0]);
    expect(c.value[3]).toBe(0);
    expect([...c.valueStart]).toEqual([0, 1, 3, 3, 3]);
    expect([...c.sortedValues]).toEqual([7, 2, 4]);
    expect([...c.numeratorSum!]).toEqual([0, 0, 1, 0]);
    expect(c.weightSum).toBeNull();
    expect(c.firstAt).toBeNull();
  });

  it("builds groups that equal the columns when groups are first read", () => {
    const c = result.columns;
    const groups = result.groups;
    expect(groups).toBe(result.groups); // built once, then cached
    groups.forEach((g, i) => {
      expect(g.kpiId).toBe(c.kpiIds[c.kpiIndex[i]!]);
      expect(g.subjectId).toBe(c.subjectIds[c.subjectIndex[i]!]);
      expect(g.period).toBe(result.periods[c.periodIndex[i]!]!.label);
      expect(g.partial.count).toBe(c.count[i]);
      expect(g.partial.sum).toBe(c.sum[i]);
      expect(g.value).toBe(c.hasValue[i] === 1 ? c.value[i] : null);
    });
    expect(groups.map((g) => g.partial.values)).toEqual([[7], [2, 4], null, null]);
  });

  it("serialises to grain, periods and groups only when stringified", () => {
    const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["grain", "periods", "groups"]);
    expect(json.groups).toEqual(JSON.parse(JSON.stringify(result.groups)));
  });

  it("keeps first and last columns and never NaN when a KPI is aggregated by last", () => {
    const r = aggregateColumns(
      { kpi: [0, 0, 0], subject: [0, 0, 1], at: [Date.UTC(2026, 0, 2), Date.UTC(2026, 0, 9), Date.UTC(2026, 0, 3)], value: [5, 3, 8] },
      [stock],
      { grain: "month", calendar: utc, subjectIds: ["x", "y"] },
    );
    const c = r.columns;
    // x: last at 9 January is 3, first at 2 January is 5; y: only 8.
    expect([...c.lastValue!]).toEqual([3, 8]);
    expect([...c.firstValue!]).toEqual([5, 8]);
    expect([...c.value]).toEqual([3, 8]);
    for (const column of [c.sum, c.min, c.max, c.mean, c.m2, c.value, c.firstAt!, c.lastAt!]) {
      expect(column.every((x) => Number.isFinite(x))).toBe(true);
    }
  });

  it("gives empty columns when there are no rows", () => {
    const r = aggregateRows([], [p95], { grain: "month", calendar: utc });
    expect(r.columns.length).toBe(0);
    expect(r.columns.valueStart.length).toBe(1);
  });
});

describe("createPeriodAggregates", () => {
  it("matches the documented example", () => {
    const empty = { length: 0, kpiIds: [], subjectIds: [] } as unknown as PeriodAggregateColumns;
    expect(createPeriodAggregates("month", [], empty, []).groups).toEqual([]);
  });
});

describe("partialOfColumns", () => {
  it("matches the documented example", () => {
    const result = aggregateRows(
      [{ kpiId: "k", subjectId: "s", at: 0, value: 2 }],
      [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }],
      { grain: "year", calendar: utc },
    );
    expect(partialOfColumns(result.columns, 0, { keepsValues: false, keepsFirstLast: false }).sum).toBe(2);
  });
});

describe("parseInstantInto", () => {
  it("matches the documented example", () => {
    const out = new Float64Array(1);
    expect([parseInstantInto("2026-03-01T02:00:00+02:00", out, 0), out[0] === Date.parse("2026-03-01T00:00:00Z")]).toEqual([true, true]);
  });
  it("reads the common shapes as Date.parse does", () => {
    const out = new Float64Array(2);
    expect(parseInstantInto("2024-02-29T23:59:59Z", out, 0)).toBe(true);
    expect(out[0]).toBe(Date.parse("2024-02-29T23:59:59Z"));
    expect(parseInstantInto("1969-12-31T23:59:59.999Z", out, 1)).toBe(true);
    expect(out[1]).toBe(-1);
  });
  it("rejects what parseInstantFast rejects and leaves the cell alone", () => {
    const out = new Float64Array([42]);
    for (const text of ["2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T23:60:00Z", "2026-03-01T23:00:60Z", "2026-03-01T02:00:00.12xZ", "2026-03-01 02:00:00Z", "2026/03/01T02:00:00Z"]) {
      expect(parseInstantInto(text, out, 0), text).toBe(false);
      expect(parseInstantFast(text), text).toBeNull();
    }
    expect(out[0]).toBe(42);
  });
});
