import { KpiError } from "../errors.js";
import type { MeasurementTable } from "../sql/measurementTable.js";
import type { SqlDialect } from "../sql/sqlDialect.js";
import { BATCH_STATUSES } from "../model/measurementBatch.js";
import { nullableTypes } from "../sql/_lib/nullableTypes.js";
import { columnSql, fromItem } from "../sql/_lib/tableSql.js";
import { engineRecordName, type RunQuery } from "./engineRecordName.js";

const STATUSES: ReadonlySet<string> = new Set(BATCH_STATUSES);

/**
 * Checks the statuses of a table's records as `kpi-kit validate` checks each record's: `normal`, `provisional`,
 * `estimated` or `revised`, or none. For `report --engine`, whose queries would count any other status as none.
 *
 * @remarks
 * One query reads the distinct statuses, at most five; a second one, only when a status is refused, finds a record of
 * it to name. A table without a status column passes.
 *
 * @param run - Runs a query in the engine.
 * @param dialect - The engine's dialect.
 * @param table - The table (its `status` and `id` columns).
 * @param where - The file or table, for messages.
 * @param hint - Appended to a message (how to find the record's line).
 * @throws {@link KpiError} `invalid_input` (path `["status"]`), naming a record.
 *
 * @example
 * ```ts
 * // A table with one record of status "final":
 * await checkEngineStatuses(run, "duckdb", { table: "measurements" }, "m.csv", "");
 * // throws: m.csv: record "m1": status "final" must be normal, provisional, estimated or revised
 * ```
 */
export async function checkEngineStatuses(run: RunQuery, dialect: SqlDialect, table: MeasurementTable, where: string, hint: string): Promise<void> {
  if (table.columns?.status === null) return;
  const column = columnSql(table, dialect);
  const from = fromItem(table, dialect, "report");
  const [text] = nullableTypes(dialect);
  const statuses = await run(`SELECT DISTINCT CAST(${column("status")} AS ${text}) AS status FROM ${from} LIMIT ${STATUSES.size + 2}`, []);
  for (const row of statuses) {
    const status = row["status"];
    if (status === null || STATUSES.has(String(status))) continue;
    const who = await engineRecordName(run, dialect, table, [["status", String(status)]]);
    throw new KpiError("invalid_input", `${where}: ${who}: status ${JSON.stringify(String(status))} must be ${BATCH_STATUSES.slice(0, -1).join(", ")} or ${BATCH_STATUSES.at(-1)!}${hint}`, {
      path: ["status"],
    });
  }
}
