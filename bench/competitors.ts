/**
 * The implementations the benchmark compares, each computing the local month (Europe/Riga) itself.
 *
 * Each one is a {@link Competitor}: `compute` does the work and returns the implementation's natural result (what a
 * user of that library gets back: arquero's rolled-up columnar Table, d3's flatRollup array, the baseline's Map,
 * kpi-kit's columnar `PeriodAggregates`) and is the only part that is timed; `toCanonical` converts that result into
 * a `Map` from a group key to its numbers, untimed, only so that the harness can check that all agree.
 */
import * as aq from "arquero";
import { flatRollup, quantile as d3Quantile } from "d3-array";
import { aggregateColumns } from "../src/aggregate/aggregateColumns.js";
import { aggregateRows } from "../src/aggregate/aggregateRows.js";
import { rollUpScopes } from "../src/aggregate/rollUpScopes.js";
import type { MeasurementRow } from "../src/aggregate/measurementRow.js";
import type { PeriodAggregates } from "../src/aggregate/periodAggregates.js";
import { createPeriodIndex } from "../src/time/createPeriodIndex.js";
import { parseInstantFast } from "../src/time/_lib/parseInstantFast.js";
import {
  FROM_MS, TO_MS, ZONE, institutionOf, kpis, municipalityOf, scopeNodes, subjectIds, type BenchColumns,
} from "./data.js";

const { op } = aq;
/** Column names for `aq.from`: rows of value and ratio KPIs have different keys, so arquero must not infer them. */
const COLUMNS = ["kpiId", "subjectId", "at", "value", "numerator", "denominator"];
/** The canonical form: group key → numbers (counts first, compared exactly; then floats within 1e-9 relative). */
export type Canonical = Map<string, number[]>;
/** The input of every task (what is not needed is empty). */
export interface Input {
  readonly rows: readonly MeasurementRow[];
  readonly columns: BenchColumns | null;
  readonly iso: readonly string[] | null;
}
/** One implementation of a task: `compute` is timed, `toCanonical` is not. */
export interface Competitor {
  readonly name: string;
  readonly compute: (input: Input) => unknown;
  readonly toCanonical: (result: never) => Canonical | Int32Array;
}
const competitor = <R>(name: string, compute: (input: Input) => R, toCanonical: (result: R) => Canonical | Int32Array): Competitor => ({
  name,
  compute,
  toCanonical: toCanonical as (result: never) => Canonical | Int32Array,
});

const calendar = { timeZone: ZONE, fiscalYearStartMonth: 1 };
const valueKpi = new Set(kpis.filter((k) => k.measure.kind !== "ratio").map((k) => k.id as string));

/** A cached formatter: one `Intl.DateTimeFormat`, called once per row ("2026-03"). */
const monthFormat = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit" });
const monthOf = (at: string | number): string => monthFormat.format(typeof at === "string" ? new Date(at) : at);

// ---------- task 1: group by (KPI, subject, month) → count, sum, mean, min, max, p95 ----------

/** kpi-kit's columns → canonical (groups with values only: ratio KPIs' groups have count 0). */
function kpiKitGroups(result: PeriodAggregates): Canonical {
  const c = result.columns;
  const out: Canonical = new Map();
  for (let g = 0; g < c.length; g++) {
    const count = c.count[g]!;
    if (count === 0) continue;
    const key = `${c.kpiIds[c.kpiIndex[g]!]}|${c.subjectIds[c.subjectIndex[g]!]}|${result.periods[c.periodIndex[g]!]!.label}`;
    out.set(key, [count, c.sum[g]!, c.sum[g]! / count, c.min[g]!, c.max[g]!, c.value[g]!]);
  }
  return out;
}

function fromArquero(table: aq.ColumnTable, keys: string[]): Canonical {
  const out: Canonical = new Map();
  for (const o of table.objects() as Record<string, unknown>[]) {
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

type Flat = [string, string, string, number[]][];
const fromFlat = (flat: Flat): Canonical => new Map(flat.map(([k, s, m, v]) => [`${k}|${s}|${m}`, v]));

export const groupCompetitors: readonly Competitor[] = [
  competitor("kpi-kit", (i) => aggregateRows(i.rows, kpis, { grain: "month", calendar }), kpiKitGroups),
  competitor(
    "arquero",
    (i) =>
      aq
        .from(i.rows as object[], COLUMNS)
        .filter((d: { value: unknown }) => d.value != null)
        .derive({ month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))) })
        .groupby("kpiId", "subjectId", "month")
        .rollup(stats),
    (t) => fromArquero(t, ["kpiId", "subjectId", "month"]),
  ),
  competitor(
    "d3-array flatRollup",
    (i) =>
      flatRollup(
        i.rows.filter((r) => r.value !== undefined),
        (v) => summary(v.map((r) => r.value!)),
        (r) => r.kpiId,
        (r) => r.subjectId,
        (r) => monthOf(r.at as string),
      ) as Flat,
    fromFlat,
  ),
  competitor(
    "Map + Intl",
    (i) => {
      const groups = new Map<string, number[]>();
      for (const r of i.rows) {
        if (r.value === undefined || r.value === null) continue;
        const key = `${r.kpiId}|${r.subjectId}|${monthOf(r.at as string)}`;
        let values = groups.get(key);
        if (values === undefined) groups.set(key, (values = []));
        values.push(r.value);
      }
      for (const [key, values] of groups) groups.set(key, summary(values));
      return groups;
    },
    (m) => m,
  ),
];

export const columnarCompetitors: readonly Competitor[] = [
  competitor("kpi-kit", (i) => aggregateColumns(i.columns!, kpis, { grain: "month", calendar, subjectIds }), kpiKitGroups),
  competitor(
    "arquero",
    (i) => {
      const c = i.columns!;
      const kpiIds = kpis.map((k) => k.id as string);
      return aq
        .table({ kpi: c.kpi, subject: c.subject, at: c.at, value: c.value })
        .filter((d: { value: number }) => !op.is_nan(d.value))
        .derive({
          kpiId: aq.escape((d: { kpi: number }) => kpiIds[d.kpi]),
          subjectId: aq.escape((d: { subject: number }) => subjectIds[d.subject]),
          month: aq.escape((d: { at: number }) => monthFormat.format(d.at)),
        })
        .groupby("kpiId", "subjectId", "month")
        .rollup(stats);
    },
    (t) => fromArquero(t, ["kpiId", "subjectId", "month"]),
  ),
];

// ---------- task 2: ratio of sums per (KPI, month) ----------

export const ratioCompetitors: readonly Competitor[] = [
  competitor(
    "kpi-kit",
    (i) => aggregateRows(i.rows, kpis, { grain: "month", calendar, subjects: "pooled" }),
    (result) => {
      const c = result.columns;
      const out: Canonical = new Map();
      for (let g = 0; g < c.length; g++) {
        const kpiId = c.kpiIds[c.kpiIndex[g]!]!;
        if (valueKpi.has(kpiId)) continue;
        out.set(`${kpiId}|${result.periods[c.periodIndex[g]!]!.label}`, [c.numeratorSum![g]!, c.denominatorSum![g]!, c.value[g]! / 100]);
      }
      return out;
    },
  ),
  competitor(
    "arquero",
    (i) =>
      aq
        .from(i.rows as object[], COLUMNS)
        .filter((d: { denominator: unknown }) => d.denominator != null)
        .derive({ month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))) })
        .groupby("kpiId", "month")
        .rollup({ num: op.sum("numerator"), den: op.sum("denominator") })
        .derive({ ratio: (d: { num: number; den: number }) => d.num / d.den }),
    (t) => {
      const out: Canonical = new Map();
      for (const o of t.objects() as { kpiId: string; month: string; num: number; den: number; ratio: number }[]) {
        out.set(`${o.kpiId}|${o.month}`, [o.num, o.den, o.ratio]);
      }
      return out;
    },
  ),
  competitor(
    "d3-array flatRollup",
    (i) =>
      flatRollup(
        i.rows.filter((r) => r.denominator !== undefined),
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
      ),
    (flat) => new Map(flat.map(([k, m, v]) => [`${k}|${m}`, v])),
  ),
  competitor(
    "Map + Intl",
    (i) => {
      const groups = new Map<string, number[]>();
      for (const r of i.rows) {
        if (r.denominator === undefined) continue;
        const key = `${r.kpiId}|${monthOf(r.at as string)}`;
        let acc = groups.get(key);
        if (acc === undefined) groups.set(key, (acc = [0, 0, 0]));
        acc[0]! += r.numerator!;
        acc[1]! += r.denominator;
      }
      for (const acc of groups.values()) acc[2] = acc[0]! / acc[1]!;
      return groups;
    },
    (m) => m,
  ),
];

// ---------- task 3: roll-up of task 1 to every node of the scope tree ----------

const institutionBySubject = new Map(subjectIds.map((s, i) => [s, institutionOf[i]!]));
const municipalityBySubject = new Map(subjectIds.map((s, i) => [s, municipalityOf[i]!]));
const rollUpKpis = kpis.map((k) => ({ ...k, rollUp: k.measure.kind === "ratio" ? ("ratio_of_sums" as const) : ("recompute" as const) }));

export const rollupCompetitors: readonly Competitor[] = [
  competitor(
    "kpi-kit",
    // Columnar all the way: the groups per subject, then every node's groups, without an object per group.
    (i) => rollUpScopes(aggregateRows(i.rows, rollUpKpis, { grain: "month", calendar }), scopeNodes, rollUpKpis),
    (result) => {
      const c = result.columns;
      const out: Canonical = new Map();
      for (let g = 0; g < c.length; g++) {
        const kpiId = c.kpiIds[c.kpiIndex[g]!]!;
        const count = c.count[g]!;
        if (!valueKpi.has(kpiId) || count === 0) continue;
        const key = `${kpiId}|${c.subjectIds[c.subjectIndex[g]!]}|${result.periods[c.periodIndex[g]!]!.label}`;
        out.set(key, [count, c.sum[g]!, c.sum[g]! / count, c.min[g]!, c.max[g]!, c.value[g]!]);
      }
      return out;
    },
  ),
  competitor(
    "arquero",
    (i) => {
      const base = aq
        .from(i.rows as object[], COLUMNS)
        .filter((d: { value: unknown }) => d.value != null)
        .derive({
          month: aq.escape((d: { at: string }) => monthFormat.format(new Date(d.at))),
          institution: aq.escape((d: { subjectId: string }) => institutionBySubject.get(d.subjectId)),
          municipality: aq.escape((d: { subjectId: string }) => municipalityBySubject.get(d.subjectId)),
          national: () => "lv",
        });
      return ["subjectId", "institution", "municipality", "national"].map(
        (level) => [level, base.groupby("kpiId", level, "month").rollup(stats)] as const,
      );
    },
    (tables) => {
      const out: Canonical = new Map();
      for (const [level, t] of tables) for (const [k, v] of fromArquero(t, ["kpiId", level, "month"])) out.set(k, v);
      return out;
    },
  ),
  competitor(
    "d3-array flatRollup",
    (i) => {
      const valueRows = i.rows.filter((r) => r.value !== undefined).map((r) => ({ r, month: monthOf(r.at as string) }));
      const levels: ((x: { r: MeasurementRow }) => string)[] = [
        (x) => x.r.subjectId,
        (x) => institutionBySubject.get(x.r.subjectId)!,
        (x) => municipalityBySubject.get(x.r.subjectId)!,
        () => "lv",
      ];
      return levels.map(
        (node) => flatRollup(valueRows, (v) => summary(v.map((x) => x.r.value!)), (x) => x.r.kpiId, node, (x) => x.month) as Flat,
      );
    },
    (flats) => {
      const out: Canonical = new Map();
      for (const flat of flats) for (const [k, v] of fromFlat(flat)) out.set(k, v);
      return out;
    },
  ),
  competitor(
    "Map + Intl",
    (i) => {
      const groups = new Map<string, number[]>();
      const add = (key: string, v: number) => {
        let values = groups.get(key);
        if (values === undefined) groups.set(key, (values = []));
        values.push(v);
      };
      for (const r of i.rows) {
        if (r.value === undefined || r.value === null) continue;
        const month = monthOf(r.at as string);
        add(`${r.kpiId}|${r.subjectId}|${month}`, r.value);
        add(`${r.kpiId}|${institutionBySubject.get(r.subjectId)}|${month}`, r.value);
        add(`${r.kpiId}|${municipalityBySubject.get(r.subjectId)}|${month}`, r.value);
        add(`${r.kpiId}|lv|${month}`, r.value);
      }
      for (const [key, values] of groups) groups.set(key, summary(values));
      return groups;
    },
    (m) => m,
  ),
];

// ---------- bucketing alone: ISO string → local month index ----------

const monthIndex = createPeriodIndex(FROM_MS - 86_400_000, TO_MS + 86_400_000, "month", calendar);

export const bucketCompetitors: readonly Competitor[] = [
  competitor(
    "kpi-kit",
    (i) => {
      const iso = i.iso!;
      const out = new Int32Array(iso.length);
      const indexOf = monthIndex.indexOf;
      for (let j = 0; j < iso.length; j++) out[j] = indexOf(parseInstantFast(iso[j]!)!);
      return out;
    },
    (out) => out,
  ),
  competitor(
    "Intl.DateTimeFormat",
    (i) => {
      const iso = i.iso!;
      const labels = new Map(monthIndex.periods.map((p, j) => [p.label, j]));
      const out = new Int32Array(iso.length);
      for (let j = 0; j < iso.length; j++) out[j] = labels.get(monthFormat.format(new Date(iso[j]!))) ?? -1;
      return out;
    },
    (out) => out,
  ),
];
