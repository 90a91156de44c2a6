import type { MeasurementColumn, MeasurementTable } from "../sql/measurementTable.js";
import type { SqlDialect } from "../sql/sqlDialect.js";
import { nullableTypes } from "../sql/_lib/nullableTypes.js";
import { columnSql, fromItem } from "../sql/_lib/tableSql.js";

/** Runs a query in the engine and returns its rows. */
export type RunQuery = (sql: string, params: readonly (string | number)[]) => Promise<readonly Readonly<Record<string, unknown>>[]>;

/**
 * Names a record of a table whose fields hold the values given (`null`: the field is NULL), for the message of a
 * check that found such values refused: `record "m1"`, or `a record` when it has no id. One query, run only on the way
 * to an error.
 *
 * @param run - Runs a query in the engine.
 * @param dialect - The engine's dialect.
 * @param table - The table.
 * @param fields - The fields and the values the record holds, compared as text.
 * @returns How a message names the record.
 *
 * @example
 * ```ts
 * // A table whose record "m1" has status "final":
 * await engineRecordName(run, "duckdb", { table: "measurements" }, [["status", "final"]]);
 * //=> 'record "m1"'
 * ```
 */
export async function engineRecordName(
  run: RunQuery,
  dialect: SqlDialect,
  table: MeasurementTable,
  fields: readonly (readonly [MeasurementColumn, string | null])[],
): Promise<string> {
  const column = columnSql(table, dialect);
  const [text] = nullableTypes(dialect);
  const params: string[] = [];
  const conditions = fields.map(([field, value]) => {
    if (value === null) return `${column(field)} IS NULL`;
    params.push(value);
    return `CAST(${column(field)} AS ${text}) = ${dialect === "clickhouse" ? `{p${params.length}:String}` : `$${params.length}`}`;
  });
  const [record] = await run(`SELECT CAST(${column("id")} AS ${text}) AS id FROM ${fromItem(table, dialect, "report")} WHERE ${conditions.join(" AND ")} LIMIT 1`, params);
  const id = record?.["id"];
  return id === null || id === undefined ? "a record" : `record ${JSON.stringify(String(id))}`;
}
