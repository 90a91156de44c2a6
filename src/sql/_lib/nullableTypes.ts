import type { SqlDialect } from "../sqlDialect.js";

/**
 * The text and floating-point types a compiled query casts its columns to: ClickHouse's CAST keeps no NULL unless the
 * type says Nullable. Internal to kpi-kit/sql (and the CLI's checks of a table).
 *
 * @param dialect - The dialect.
 * @returns `[text, double]`.
 *
 * @example
 * ```ts
 * [nullableTypes("postgres"), nullableTypes("clickhouse")];
 * //=> [["TEXT", "DOUBLE PRECISION"], ["Nullable(String)", "Nullable(Float64)"]]
 * ```
 */
export function nullableTypes(dialect: SqlDialect): readonly [text: string, double: string] {
  return dialect === "clickhouse" ? ["Nullable(String)", "Nullable(Float64)"] : ["TEXT", "DOUBLE PRECISION"];
}
