import type { SqlDialect } from "../sqlDialect.js";

/** The bound parameters of one compiled query, and the SQL that refers to them. */
export interface SqlParams {
  /** The values bound so far, in order. */
  readonly params: (string | number)[];
  /** Binds a value: `$n` in DuckDB and PostgreSQL, `{pn:Type}` (of `clickHouseType`) in ClickHouse. */
  readonly bind: (value: string | number, clickHouseType: string) => string;
  /** Binds a text value: `CAST($n AS TEXT)`. */
  readonly text: (value: string) => string;
  /** Binds a number: `CAST($n AS DOUBLE PRECISION)`. */
  readonly num: (value: number) => string;
  /** Binds a list of text values, comma-separated. */
  readonly list: (ids: readonly string[]) => string;
}

/**
 * A fresh list of bound parameters for a query in a dialect: positional (`$1`) in DuckDB and PostgreSQL, named and
 * typed (`{p1:String}`) in ClickHouse. Internal to kpi-kit/sql.
 *
 * @param dialect - The dialect.
 * @returns The binders and the values bound.
 *
 * @example
 * ```ts
 * const p = createSqlParams("clickhouse");
 * [p.list(["a", "b"]), p.num(2), p.params];
 * //=> ["CAST({p1:String} AS TEXT), CAST({p2:String} AS TEXT)", "CAST({p3:Float64} AS DOUBLE PRECISION)", ["a", "b", 2]]
 * ```
 */
export function createSqlParams(dialect: SqlDialect): SqlParams {
  const params: (string | number)[] = [];
  const bind = (value: string | number, clickHouseType: string): string => {
    params.push(value);
    return dialect === "clickhouse" ? `{p${params.length}:${clickHouseType}}` : `$${params.length}`;
  };
  const text = (value: string) => `CAST(${bind(value, "String")} AS TEXT)`;
  const num = (value: number) => `CAST(${bind(value, "Float64")} AS DOUBLE PRECISION)`;
  return { params, bind, text, num, list: (ids) => ids.map(text).join(", ") };
}
