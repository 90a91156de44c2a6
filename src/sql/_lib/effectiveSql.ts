import type { CompiledQuery } from "../compiledQuery.js";
import type { MeasurementTable } from "../measurementTable.js";
import type { SqlDialect } from "../sqlDialect.js";
import { buildSource } from "./buildSource.js";
import { reportKnownAt } from "./reportKnownAt.js";

/** The table of {@link effectiveSql}'s rows, as a `MeasurementTable` for the report's queries (corrections applied). */
export const EFFECTIVE_COLUMNS: MeasurementTable["columns"] = {
  kpiId: "kpi_id",
  subjectId: "subject_id",
  at: "at_ms",
  value: "v",
  numerator: "num",
  denominator: "den",
  weight: "w",
  status: "st",
  id: null,
  supersedes: null,
  recordedAt: null,
};

/**
 * Compiles a query of the records in effect as known at `asOf`, at or before it (corrections followed), of the given
 * KPIs, in the columns {@link EFFECTIVE_COLUMNS} names: for an engine to keep them in a table that every query of a
 * report then reads with `corrections: false`, so the corrections are followed once, not once per query. Internal to
 * the CLI (`report --engine duckdb`).
 *
 * @param dialect - The dialect.
 * @param table - Where the measurements are.
 * @param kpis - The KPIs read.
 * @param asOf - The report's instant (epoch ms).
 * @returns The query.
 *
 * @example
 * ```ts
 * const q = effectiveSql("duckdb", { table: "m" }, [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], 10);
 * [q.sql.startsWith("WITH src AS"), q.params];
 * //=> [true, ["k", 10, -8640000000000000, 11]]
 * ```
 */
export function effectiveSql(dialect: SqlDialect, table: MeasurementTable, kpis: Parameters<typeof buildSource>[0]["kpis"], asOf: number): CompiledQuery {
  const asKnownAt = reportKnownAt(table, asOf);
  const { ctes, params } = buildSource({ dialect, table, kpis, grain: "year", start: -8.64e15, end: asOf + 1, asKnownAt }, "compileReportQueries", { periods: false });
  const sql = `WITH ${ctes.join(",\n")}\nSELECT kpi_id, subject_id, at_ms, v, num, den, w, st FROM rows_`;
  return { dialect, sql, params };
}
