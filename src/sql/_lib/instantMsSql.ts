import type { SqlDialect } from "../sqlDialect.js";

/**
 * The SQL expression of an instant column as whole epoch milliseconds. Internal.
 *
 * @param dialect - The dialect.
 * @param column - The quoted column.
 * @param form - How the column holds instants.
 * @returns SQL text.
 *
 * @example
 * ```ts
 * instantMsSql("duckdb", '"at"', "epoch_ms");
 * //=> 'CAST("at" AS BIGINT)'
 * ```
 */
export function instantMsSql(dialect: SqlDialect, column: string, form: "timestamp" | "epoch_ms" | "iso"): string {
  if (dialect === "clickhouse") {
    // Nullable throughout: recordedAt may be NULL.
    if (form === "epoch_ms") return `CAST(${column} AS Nullable(Int64))`;
    return form === "iso"
      ? `toUnixTimestamp64Milli(parseDateTime64BestEffortOrNull(CAST(${column} AS Nullable(String)), 3, 'UTC'))`
      : `toUnixTimestamp64Milli(CAST(${column} AS Nullable(DateTime64(3, 'UTC'))))`;
  }
  if (form === "epoch_ms") return `CAST(${column} AS BIGINT)`;
  if (dialect === "postgres") return `CAST(FLOOR(EXTRACT(EPOCH FROM CAST(${column} AS TIMESTAMPTZ)) * 1000) AS BIGINT)`;
  return `epoch_ms(CAST(${column} AS TIMESTAMPTZ))`;
}
