import type { SqlDialect } from "../sqlDialect.js";

/**
 * An expression cast to a double, so that every driver returns the counts and sums of a compiled query as numbers
 * (ClickHouse: nullable, for a `MIN` or `MAX` over no row). Internal to kpi-kit/sql.
 *
 * @param dialect - The dialect.
 * @param expr - The SQL expression.
 * @returns The cast.
 *
 * @example
 * ```ts
 * [doubleSql("postgres", "COUNT(*)"), doubleSql("clickhouse", "COUNT(*)")];
 * //=> ["CAST(COUNT(*) AS DOUBLE PRECISION)", "CAST(COUNT(*) AS Nullable(Float64))"]
 * ```
 */
export function doubleSql(dialect: SqlDialect, expr: string): string {
  return `CAST(${expr} AS ${dialect === "clickhouse" ? "Nullable(Float64)" : "DOUBLE PRECISION"})`;
}
