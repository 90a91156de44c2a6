import { KpiError, isKpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { Workspace } from "../model/workspace.js";
import type { BuildReportOptions } from "../report/buildReportOptions.js";
import { planReport } from "../report/planReport.js";
import type { ReportPlan, ReportRange } from "../report/reportPlan.js";
import { buildSource } from "./_lib/buildSource.js";
import { doubleSql } from "./_lib/doubleSql.js";
import { createSqlParams } from "./_lib/sqlParams.js";
import { qualitySql } from "./_lib/qualitySql.js";
import { columnSql, fromItem } from "./_lib/tableSql.js";
import { compilePartialsQuery, type CompiledPartialsQuery } from "./compilePartialsQuery.js";
import type { CompiledQuery } from "./compiledQuery.js";
import type { MeasurementTable } from "./measurementTable.js";
import type { SqlDialect } from "./sqlDialect.js";
import { reportKnownAt } from "./_lib/reportKnownAt.js";

/** Options for {@link compileReportQueries}. @category SQL */
export interface CompileReportOptions {
  /** The engine's dialect. */
  readonly dialect: SqlDialect;
  /** Where the measurements are. */
  readonly table: MeasurementTable;
  /** The workspace (KPIs, scope tree, calendar). */
  readonly workspace: Workspace;
  /** The report's options, as for `buildReport`. */
  readonly report: BuildReportOptions;
}

/** One query of a report, and what its rows are. @category SQL */
export type CompiledReportQuery =
  | (CompiledPartialsQuery & { readonly role: "partials" })
  | (CompiledQuery & { readonly role: "quality" | "series" | "count" });

/** The queries of a report: run each, in any order, and give their rows to `aggregatesFromRows`. @category SQL */
export interface CompiledReportQueries {
  /** The dialect of the queries. */
  readonly dialect: SqlDialect;
  /** What the report needs (`planReport`). */
  readonly plan: ReportPlan;
  /**
   * The queries: `partials` (one per series grain: partial aggregates), `quality` (one per KPI grain: data-quality
   * tallies), `series` (the latest instant and the records in effect of every series) and `count` (all records, and
   * those of KPIs the workspace does not have).
   */
  readonly queries: readonly CompiledReportQuery[];
}

const NAME = "compileReportQueries";

/**
 * `planReport` for `compileReportQueries`: its errors name this function, and the report's options by the name the
 * caller gave them (`report`, not `options`), keeping their code and the error as the cause.
 */
function planOfReport(workspace: Workspace, report: BuildReportOptions): ReportPlan {
  try {
    return planReport(workspace, report);
  } catch (error) {
    if (!isKpiError(error)) throw error;
    const path = error.path[0] === "options" ? ["report", ...error.path.slice(1)] : [...error.path];
    const message = error.message.replace(/^planReport: (options(?= ))?/, (_, options?: string) => `${NAME}: ${options === undefined ? "" : "report"}`);
    throw new KpiError(error.code, message, { path, issues: error.issues, cause: error });
  }
}

// The earliest instant a Date holds: the series query reads every record up to asOf.
const EARLIEST = -8.64e15;

/**
 * Compiles every query a report needs from the measurements in an engine (DuckDB, PostgreSQL, ClickHouse), so that
 * `buildReport` builds the very report it builds from the records, without the records leaving the engine.
 *
 * @remarks
 * docs/at-scale.md#reports-from-an-engine. The queries follow `planReport`: partial aggregates per KPI, subject and
 * period for each series grain (`compilePartialsQuery`, with the sorted values of median and quantile KPIs), data-quality
 * tallies per KPI, subject and period at each KPI's own grain (records out of range, collected by hand, duplicates and
 * conflicting duplicates, status counts), the latest instant of every series, and the record counts. Every figure is
 * over the records in effect as known at `asOf` (corrections followed in the engine), at or before `asOf`. The table is
 * trusted to hold valid measurements (run `compileCorrectionsCheckQuery`, or `kpi-kit validate` on an export);
 * `aggregatesFromRows` still refuses records of a KPI or subject the workspace does not have.
 *
 * @param options - See {@link CompileReportOptions}.
 * @returns The plan and the queries.
 * @throws {@link KpiError} for bad report options (as `buildReport`, with the path under `["report", …]`, e.g.
 * `unknown_reference` path `["report", "scope"]` for a scope that is not a node), and as `compilePartialsQuery` for a
 * bad dialect or table.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace(readFileSync("examples/workspace.json", "utf8"));
 * const compiled = compileReportQueries({ dialect: "duckdb", table: { table: "measurements" }, workspace,
 *   report: { audience: "management", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" } });
 * compiled.queries.map((q) => q.role);
 * //=> ["partials", "partials", "quality", "quality", "quality", "quality", "series", "count"]
 * ```
 *
 * @category SQL
 */
export function compileReportQueries(options: CompileReportOptions): CompiledReportQueries {
  requireObject(options, "compileReportQueries", "options");
  const { dialect, table, workspace } = options;
  const plan = planOfReport(workspace, options.report);
  // The report's instant as the queries' asKnownAt (none for a table without a recordedAt column).
  const asKnownAt = reportKnownAt(table, plan.asOf);
  // The options of a range's query: its KPIs, grain and instants, over the records in effect as known at asOf.
  const optionsOf = (range: ReportRange, subjectIds: readonly string[]) => {
    const wanted = new Set(range.kpiIds);
    const kpis = workspace.kpis.filter((k) => wanted.has(k.id));
    return { dialect, table, kpis, grain: range.grain, calendar: plan.calendar, start: range.start, end: range.end, subjectIds, asKnownAt };
  };
  const queries: CompiledReportQuery[] = [];
  for (const range of plan.series) queries.push(Object.freeze({ ...compilePartialsQuery(optionsOf(range, plan.subjectIds)), role: "partials" as const }));
  for (const range of plan.quality) queries.push(Object.freeze({ ...qualitySql(optionsOf(range, plan.qualitySubjectIds)), role: "quality" as const }));
  const all = workspace.kpis;
  if (all.length > 0) {
    const { ctes, params } = buildSource(
      { dialect, table, kpis: all, grain: "year", calendar: plan.calendar, start: EARLIEST, end: plan.asOf + 1, asKnownAt },
      NAME,
      { periods: false },
    );
    const sql = `WITH ${ctes.join(",\n")}\nSELECT kpi_id, subject_id, ${doubleSql(dialect, "COUNT(*)")} AS records, ${doubleSql(dialect, "MAX(at_ms)")} AS last_at\nFROM rows_\nGROUP BY kpi_id, subject_id`;
    queries.push(Object.freeze({ dialect, sql, params: Object.freeze(params), role: "series" as const }));
  }
  // Every record of the table, and those of KPIs the workspace does not have (the records' path refuses them).
  const { params, list } = createSqlParams(dialect);
  const kpiColumn = `CAST(${columnSql(table, dialect)("kpiId")} AS TEXT)`;
  const other = all.length === 0 ? "TRUE" : `NOT (${kpiColumn} IN (${list(all.map((k) => k.id))}))`;
  queries.push(
    Object.freeze({
      dialect,
      sql: `SELECT ${doubleSql(dialect, "COUNT(*)")} AS records, ${doubleSql(dialect, `COUNT(*) FILTER (WHERE ${other})`)} AS other_kpis FROM ${fromItem(table, dialect, NAME)}`,
      params: Object.freeze(params),
      role: "count" as const,
    }),
  );
  return Object.freeze({ dialect, plan, queries: Object.freeze(queries) });
}
