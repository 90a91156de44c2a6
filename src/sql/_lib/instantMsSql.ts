import type { SqlDialect } from "../sqlDialect.js";
import { sqlLiteral } from "./sqlLiteral.js";

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
  // The instant as epoch ms, once it is a time-zone-aware timestamp (text is cast to one: "iso").
  const ms =
    dialect === "postgres" ? `CAST(FLOOR(EXTRACT(EPOCH FROM CAST(${column} AS TIMESTAMPTZ)) * 1000) AS BIGINT)` : `epoch_ms(CAST(${column} AS TIMESTAMPTZ))`;
  if (form === "timestamp") {
    // Only a time-zone-aware column is an instant: a timestamp without a zone (DuckDB's TIMESTAMP, PostgreSQL's
    // timestamp without time zone), or text, would be read in the session's time zone, and the figures would depend
    // on the machine. Such a column stops the query with this message (the test costs nothing: the type is a constant;
    // the cast, a no-op for the right type, lets the query bind whatever the column's type).
    const said = (type: string) =>
      `'kpi-kit: the instant column ' || ${sqlLiteral(column)} || ' is ' || ${type} || ', not a timestamp with a time zone (TIMESTAMPTZ): ` +
      `give instants as TIMESTAMPTZ, or say instants: "epoch_ms" or "iso"'`;
    if (dialect === "postgres") {
      // No error() in PostgreSQL: the message is cast to a number, which fails with it (not a constant, so never
      // evaluated while planning).
      return (
        `CASE WHEN pg_typeof(${column}) = 'timestamp with time zone'::regtype THEN ${ms} ` +
        `ELSE CAST((${said(`pg_typeof(${column})::text`)}) AS BIGINT) END`
      );
    }
    return `CASE WHEN typeof(${column}) = 'TIMESTAMP WITH TIME ZONE' THEN ${ms} ELSE error(${said(`typeof(${column})`)}) END`;
  }
  return ms;
}
