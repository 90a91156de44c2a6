/**
 * The implementations the benchmark compares, each computing the local month (Europe/Riga) itself. Every function
 * returns a canonical result: a Map from a group key to its numbers, so the harness can check that all agree.
 */
import * as aq from "arquero";
import { flatRollup, quantile as d3Quantile } from "d3-array";
import { aggregateColumns } from "../src/aggregate/aggregateColumns.js";
import { aggregateRows } from "../src/aggregate/aggregateRows.js";
import { rollUpScopes } from "../src/aggregate/rollUpScopes.js";
import type { PartialAggregate } from "../src/aggregate/partialAggregate.js";
import type { MeasurementRow } from "../src/aggregate/measurementRow.js";
import { createPeriodIndex } from "../src/time/createPeriodIndex.js";
import { parseInstantFast } from "../src/time/parseInstantFast.js";
import {
  FROM_MS, TO_MS, ZONE, institutionOf, kpis, municipalityOf, scopeNodes, subjectIds, type BenchColumns,
} from "./data.js";

const { op } = aq;
/** Column names for `aq.from`: rows of value and ratio KPIs have different keys, so arquero must not infer them. */
const COLUMNS = ["kpiId", "subjectId", "at", "value", "numerator", "denominator"];
export type Result = Map<string, number[]>;
const calendar = { timeZone: ZONE, fiscalYearStartMonth: 1 };
const valueKpi = new Set(kpis.filter((k) => k.measure.kind !== "ratio").map((k) => k.id as string));

/** A cached formatter: one `Intl.DateTimeFormat`, called once per row ("2026-03"). */
const monthFormat = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit" });
const monthOf = (at: string | number): string => monthFormat.format(typeof at === "string" ? new Date(at) : at);

// ---------- task 1: group by (KPI, subject, month) → count, sum, mean, min, max, p95 ----------

export function groupKpiKit(rows: readonly MeasurementRow[]): Result {
  const result = aggregateRows(rows, kpis, { grain: "month", calendar });
  const out: Result = new Map();
  for (const g of result.groups) {
    const p = g.partial;
    if (p.count === 0) continue;
    out.set(`${g.kpiId}|${g.subjectId}|${g.period}`, [p.count, p.sum, p.sum / p.count, p.min!, p.max!, g.value!]);
  }
  return out;
}

export function groupColumnsKpiKit(c: BenchColumns): Result {
  const result = aggregateColumns(c, kpis, { grain: "month", calendar, subjectIds });
  const out: Result = new Map();
  for (const g of result.groups) {
    const p = g.partial;
    if (p.count === 0) continue;
    out.set(`${g.kpiId}|${g.subjectId}|${g.period}`, [p.count, p.sum, p.sum / p.count, p.min!, p.max!, g.value!]);
  }
  return out;
}

function fromArquero(objects: Record<string, unknown>[], keys: string[]): Result {
  const out: Result = new Map();
  for (const o of objects) {
    out.set(keys.map((k) => o[k]).join("|"), [o.count, o.sum, o.mean, o.min, o.max, o.p95] as number[]);
  }
  return out;
}

const stats = {
  count: op.count(),
  sum: op.sum("value"),
  mean: op.mean("value"),
  min: op.min("value"),
  max: op.max("value"),
  p95: op.quantile("value", 0.95),
};

export function groupArquero(rows: readonly MeasurementRow[]): Result {
  const table = aq
    .from(rows as object[], COLUMNS)
    .filter((d: { value: unknown }) => d.value != null)
    .derive({ month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))) })
    .groupby("kpiId", "subjectId", "month")
    .rollup(stats);
  return fromArquero(table.objects() as Record<string, unknown>[], ["kpiId", "subjectId", "month"]);
}

export function groupColumnsArquero(c: BenchColumns): Result {
  const kpiIds = kpis.map((k) => k.id as string);
  const table = aq
    .table({ kpi: c.kpi, subject: c.subject, at: c.at, value: c.value })
    .filter((d: { value: number }) => !op.is_nan(d.value))
    .derive({
      kpiId: aq.escape((d: { kpi: number }) => kpiIds[d.kpi]),
      subjectId: aq.escape((d: { subject: number }) => subjectIds[d.subject]),
      month: aq.escape((d: { at: number }) => monthFormat.format(d.at)),
    })
    .groupby("kpiId", "subjectId", "month")
    .rollup(stats);
  return fromArquero(table.objects() as Record<string, unknown>[], ["kpiId", "subjectId", "month"]);
}

function summary(values: number[]): number[] {
  let sum = 0, min = Infinity, max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const sorted = Float64Array.from(values).sort();
  return [values.length, sum, sum / values.length, min, max, d3Quantile(sorted, 0.95)!];
}

export function groupD3(rows: readonly MeasurementRow[]): Result {
  const valueRows = rows.filter((r) => r.value !== undefined);
  const flat = flatRollup(
    valueRows,
    (v) => summary(v.map((r) => r.value!)),
    (r) => r.kpiId,
    (r) => r.subjectId,
    (r) => monthOf(r.at as string),
  );
  return new Map(flat.map(([k, s, m, v]) => [`${k}|${s}|${m}`, v]));
}

export function groupMap(rows: readonly MeasurementRow[]): Result {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    if (r.value === undefined) continue;
    const key = `${r.kpiId}|${r.subjectId}|${monthOf(r.at as string)}`;
    let values = groups.get(key);
    if (values === undefined) groups.set(key, (values = []));
    values.push(r.value);
  }
  const out: Result = new Map();
  for (const [key, values] of groups) out.set(key, summary(values));
  return out;
}

// ---------- task 2: ratio of sums per (KPI, month) ----------

export function ratioKpiKit(rows: readonly MeasurementRow[]): Result {
  const result = aggregateRows(rows, kpis, { grain: "month", calendar, subjects: "pooled" });
  const out: Result = new Map();
  for (const g of result.groups) {
    if (valueKpi.has(g.kpiId)) continue;
    out.set(`${g.kpiId}|${g.period}`, [g.partial.numeratorSum, g.partial.denominatorSum, g.value! / 100]);
  }
  return out;
}

export function ratioArquero(rows: readonly MeasurementRow[]): Result {
  const table = aq
    .from(rows as object[], COLUMNS)
    .filter((d: { denominator: unknown }) => d.denominator != null)
    .derive({ month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))) })
    .groupby("kpiId", "month")
    .rollup({ num: op.sum("numerator"), den: op.sum("denominator") })
    .derive({ ratio: (d: { num: number; den: number }) => d.num / d.den });
  const out: Result = new Map();
  for (const o of table.objects() as { kpiId: string; month: string; num: number; den: number; ratio: number }[]) {
    out.set(`${o.kpiId}|${o.month}`, [o.num, o.den, o.ratio]);
  }
  return out;
}

export function ratioD3(rows: readonly MeasurementRow[]): Result {
  const flat = flatRollup(
    rows.filter((r) => r.denominator !== undefined),
    (v) => {
      let num = 0, den = 0;
      for (const r of v) {
        num += r.numerator!;
        den += r.denominator!;
      }
      return [num, den, num / den];
    },
    (r) => r.kpiId,
    (r) => monthOf(r.at as string),
  );
  return new Map(flat.map(([k, m, v]) => [`${k}|${m}`, v]));
}

export function ratioMap(rows: readonly MeasurementRow[]): Result {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    if (r.denominator === undefined) continue;
    const key = `${r.kpiId}|${monthOf(r.at as string)}`;
    let acc = groups.get(key);
    if (acc === undefined) groups.set(key, (acc = [0, 0, 0]));
    acc[0]! += r.numerator!;
    acc[1]! += r.denominator;
  }
  for (const acc of groups.values()) acc[2] = acc[0]! / acc[1]!;
  return groups;
}

// ---------- task 3: roll-up of task 1 to every node of the scope tree ----------

const institutionBySubject = new Map(subjectIds.map((s, i) => [s, institutionOf[i]!]));
const municipalityBySubject = new Map(subjectIds.map((s, i) => [s, municipalityOf[i]!]));

export function rollupKpiKit(rows: readonly MeasurementRow[]): Result {
  const result = aggregateRows(rows, kpis, { grain: "month", calendar });
  const bySeries = new Map<string, Map<string, PartialAggregate>>();
  for (const g of result.groups) {
    if (!valueKpi.has(g.kpiId)) continue;
    const key = `${g.kpiId}|${g.period}`;
    let own = bySeries.get(key);
    if (own === undefined) bySeries.set(key, (own = new Map()));
    own.set(g.subjectId!, g.partial);
  }
  const kpiById = new Map(kpis.map((k) => [k.id as string, { ...k, rollUp: "recompute" as const }]));
  const out: Result = new Map();
  for (const [key, own] of bySeries) {
    const [kpiId, period] = key.split("|") as [string, string];
    for (const s of rollUpScopes(own, scopeNodes, kpiById.get(kpiId)!)) {
      const p = s.partial;
      if (p === null || p.count === 0) continue;
      out.set(`${kpiId}|${s.nodeId}|${period}`, [p.count, p.sum, p.sum / p.count, p.min!, p.max!, s.value!]);
    }
  }
  return out;
}

export function rollupArquero(rows: readonly MeasurementRow[]): Result {
  const base = aq
    .from(rows as object[], COLUMNS)
    .filter((d: { value: unknown }) => d.value != null)
    .derive({
      month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))),
      institution: aq.escape((d: { subjectId: string }) => institutionBySubject.get(d.subjectId)),
      municipality: aq.escape((d: { subjectId: string }) => municipalityBySubject.get(d.subjectId)),
      national: () => "lv",
    });
  const out: Result = new Map();
  for (const level of ["subjectId", "institution", "municipality", "national"]) {
    const t = base.groupby("kpiId", level, "month").rollup(stats);
    for (const [k, v] of fromArquero(t.objects() as Record<string, unknown>[], ["kpiId", level, "month"])) out.set(k, v);
  }
  return out;
}

export function rollupD3(rows: readonly MeasurementRow[]): Result {
  const valueRows = rows.filter((r) => r.value !== undefined).map((r) => ({ r, month: monthOf(r.at as string) }));
  const out: Result = new Map();
  const levels: ((x: { r: MeasurementRow }) => string)[] = [
    (x) => x.r.subjectId,
    (x) => institutionBySubject.get(x.r.subjectId)!,
    (x) => municipalityBySubject.get(x.r.subjectId)!,
    () => "lv",
  ];
  for (const node of levels) {
    const flat = flatRollup(valueRows, (v) => summary(v.map((x) => x.r.value!)), (x) => x.r.kpiId, node, (x) => x.month);
    for (const [k, n, m, v] of flat) out.set(`${k}|${n}|${m}`, v);
  }
  return out;
}

export function rollupMap(rows: readonly MeasurementRow[]): Result {
  const groups = new Map<string, number[]>();
  const add = (key: string, v: number) => {
    let values = groups.get(key);
    if (values === undefined) groups.set(key, (values = []));
    values.push(v);
  };
  for (const r of rows) {
    if (r.value === undefined) continue;
    const month = monthOf(r.at as string);
    add(`${r.kpiId}|${r.subjectId}|${month}`, r.value);
    add(`${r.kpiId}|${institutionBySubject.get(r.subjectId)}|${month}`, r.value);
    add(`${r.kpiId}|${municipalityBySubject.get(r.subjectId)}|${month}`, r.value);
    add(`${r.kpiId}|lv|${month}`, r.value);
  }
  const out: Result = new Map();
  for (const [key, values] of groups) out.set(key, summary(values));
  return out;
}

// ---------- bucketing alone: ISO string → local month index ----------

const monthIndex = createPeriodIndex(FROM_MS - 86_400_000, TO_MS + 86_400_000, "month", calendar);

export function bucketKpiKit(isoStrings: readonly string[]): Int32Array {
  const out = new Int32Array(isoStrings.length);
  const indexOf = monthIndex.indexOf;
  for (let i = 0; i < isoStrings.length; i++) out[i] = indexOf(parseInstantFast(isoStrings[i]!)!);
  return out;
}

export function bucketIntl(isoStrings: readonly string[]): Int32Array {
  const labels = new Map(monthIndex.periods.map((p, i) => [p.label, i]));
  const out = new Int32Array(isoStrings.length);
  for (let i = 0; i < isoStrings.length; i++) out[i] = labels.get(monthFormat.format(new Date(isoStrings[i]!))) ?? -1;
  return out;
}
