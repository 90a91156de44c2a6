import { checkMeasurementTable } from "./checkMeasurementTable.js";
import type { MeasurementColumn, MeasurementTable } from "../measurementTable.js";
import { quoteIdentifier } from "../quoteIdentifier.js";
import type { SqlDialect } from "../sqlDialect.js";

/**
 * The SQL of each field's column in a table: its quoted name, or `NULL` for a field the table has no column for
 * (`columns: { field: null }`). Internal to kpi-kit/sql; the compilers check the table first (`fromItem` runs
 * `checkMeasurementTable`).
 *
 * @param table - The table.
 * @param dialect - The dialect.
 * @returns The column of a field.
 *
 * @example
 * ```ts
 * const column = columnSql({ table: "m", columns: { kpiId: "kpi_id", weight: null } }, "duckdb");
 * [column("kpiId"), column("weight"), column("at")];
 * //=> ['"kpi_id"', "NULL", '"at"']
 * ```
 */
export function columnSql(table: MeasurementTable, dialect: SqlDialect): (field: MeasurementColumn) => string {
  const columns = table.columns ?? {};
  return (field) => {
    const named = columns[field];
    return named === null ? "NULL" : quoteIdentifier(named ?? field, dialect);
  };
}

/**
 * The FROM item of a table: its quoted name (or `schema.name`), or the caller's own SQL. Internal to kpi-kit/sql.
 *
 * @param table - The table.
 * @param dialect - The dialect.
 * @param name - The public function's name, for messages.
 * @returns SQL text.
 * @throws {@link KpiError} `invalid_argument` as `checkMeasurementTable` documents (run first, so that every compiler
 * checks the whole table, its columns included): path `["table"]`, `["table", "from"]`, `["table", "table"]` for a
 * table without a name or FROM item, with both, or with a malformed one; `["table", "columns", …]` for its columns.
 *
 * @example
 * ```ts
 * fromItem({ table: ["stats", "m"] }, "postgres", "f");
 * //=> '"stats"."m"'
 * ```
 */
export function fromItem(table: MeasurementTable, dialect: SqlDialect, name: string): string {
  checkMeasurementTable(table, name);
  if (table.from !== undefined) return `(SELECT * FROM ${table.from}) AS m`;
  const tableName = table.table!;
  return typeof tableName === "string" ? quoteIdentifier(tableName, dialect) : `${quoteIdentifier(tableName[0], dialect)}.${quoteIdentifier(tableName[1], dialect)}`;
}
