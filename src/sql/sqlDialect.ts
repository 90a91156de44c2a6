/**
 * The SQL dialects `kpi-kit/sql` compiles to: DuckDB (embedded, reads CSV, NDJSON and Parquet files directly),
 * PostgreSQL, and ClickHouse (servers and clusters through `@clickhouse/client`, or embedded with `chdb`).
 *
 * @remarks
 * DuckDB and PostgreSQL bind parameters by position (`$1`, `$2`, …); ClickHouse by name and type (`{p1:String}`,
 * `{p2:Float64}`, …), the names `p1`, `p2`, … standing for `params[0]`, `params[1]`, ….
 *
 * @category SQL
 */
export type SqlDialect = "duckdb" | "postgres" | "clickhouse";

/**
 * Every {@link SqlDialect}, in a fixed order.
 *
 * @example
 * ```ts
 * SQL_DIALECTS;
 * //=> ["duckdb", "postgres", "clickhouse"]
 * ```
 *
 * @category SQL
 */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(["duckdb", "postgres", "clickhouse"]);
