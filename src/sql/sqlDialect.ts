/**
 * The SQL dialects `kpi-kit/sql` compiles to: DuckDB (embedded, reads CSV, NDJSON and Parquet files directly) and
 * PostgreSQL.
 *
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres";

/**
 * Every {@link SqlDialect}, in a fixed order.
 *
 * @example
 * ```ts
 * SQL_DIALECTS;
 * //=> ["duckdb", "postgres"]
 * ```
 *
 * @category SQL
 */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(["duckdb", "postgres"]);
