import type { AggregationKpi } from "../../aggregate/aggregationKpi.js";
import type { CompilePartialsOptions } from "../compilePartialsOptions.js";
import type { CompiledQuery } from "../compiledQuery.js";
import { buildSource } from "./buildSource.js";
import { doubleSql } from "./doubleSql.js";

/** The KPI fields the data-quality tallies read. */
export type QualityKpi = AggregationKpi & { readonly validRange?: { readonly min?: number | undefined; readonly max?: number | undefined } | undefined };

/**
 * Compiles the query of a report's data-quality tallies (`ReportQualityTally` rows) per KPI, subject and period:
 * records, provisional and estimated records, records out of the KPI's valid range (or a share above its whole), and
 * duplicates — records of one series at one instant beyond the first, none for a survey KPI — as `assessDataQuality`
 * counts them. Internal to kpi-kit/sql
 * (`compileReportQueries`).
 *
 * @param options - As for `compilePartialsQuery`, with the KPIs' valid ranges.
 * @returns The query.
 *
 * @example
 * ```ts
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum", validRange: { min: 0 } } as const;
 * const q = qualitySql({ dialect: "duckdb", table: { table: "m", corrections: false }, kpis: [kpi], grain: "month", start: 0, end: 1 });
 * [q.sql.includes("out_of_range"), q.params];
 * //=> [true, ["UTC", "k", 0, 1, "k", 1, 0]]
 * ```
 */
export function qualitySql(options: Omit<CompilePartialsOptions, "kpis"> & { readonly kpis: readonly QualityKpi[] }): CompiledQuery {
  const { dialect, kpis } = options;
  const { ctes, params, text, num } = buildSource(options, "compileReportQueries");
  // As checkRange: the value, or the ratio scaled, against the valid range; a share (scale 100) above its whole.
  const checks: string[] = [];
  for (const k of kpis) {
    const { min, max } = k.validRange ?? {};
    const share = k.measure.kind === "ratio" && k.measure.scale === 100;
    if (min === undefined && max === undefined && !share) continue;
    const id = text(k.id);
    const outside: string[] = [];
    if (min !== undefined || max !== undefined) {
      const scale = k.measure.kind === "ratio" ? k.measure.scale : 1;
      const checked = `(CASE WHEN v IS NOT NULL THEN v WHEN den <> 0 THEN (num / den) * ${num(scale)} ELSE NULL END)`;
      if (min !== undefined) outside.push(`${checked} < ${num(min)}`);
      if (max !== undefined) outside.push(`${checked} > ${num(max)}`);
    }
    if (share) outside.push("num > den");
    checks.push(`(kpi_id = ${id} AND (${outside.join(" OR ")}))`);
  }
  const dbl = (expr: string) => doubleSql(dialect, expr);
  // Records of one series at one instant beyond the first; none for a survey, whose records at one instant are its
  // respondents' answers.
  const repeated = "COUNT(*) - COUNT(DISTINCT at_ms)";
  const surveys = kpis.filter((k) => k.measure.kind === "survey").map((k) => text(k.id));
  const out = [
    "kpi_id",
    "subject_id",
    "period",
    `${dbl("COUNT(*)")} AS records`,
    `${dbl(surveys.length === 0 ? repeated : `CASE WHEN kpi_id IN (${surveys.join(", ")}) THEN 0 ELSE ${repeated} END`)} AS duplicates`,
    `${dbl(`COUNT(*) FILTER (WHERE ${checks.length === 0 ? "FALSE" : checks.join(" OR ")})`)} AS out_of_range`,
    `${dbl("COUNT(*) FILTER (WHERE st = 'provisional')")} AS provisional`,
    `${dbl("COUNT(*) FILTER (WHERE st = 'estimated')")} AS estimated`,
  ];
  const sql = `WITH ${ctes.join(",\n")}\nSELECT ${out.join(", ")}\nFROM rows_\nGROUP BY kpi_id, subject_id, period`;
  return Object.freeze({ dialect, sql, params: Object.freeze(params) });
}
