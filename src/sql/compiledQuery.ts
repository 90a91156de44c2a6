import type { SqlDialect } from "./sqlDialect.js";

/**
 * What every `compile…Query` of kpi-kit/sql returns: the query text in a dialect and the values of its parameters.
 *
 * @category SQL
 */
export interface CompiledQuery {
  /** The dialect of `sql`. */
  readonly dialect: SqlDialect;
  /** The query text: every value in it is a bound parameter (`$1`, `$2`, …; ClickHouse: `{p1:String}`, …). */
  readonly sql: string;
  /** The values of `$1`, `$2`, … (ClickHouse: `p1`, `p2`, …), in order. */
  readonly params: readonly (string | number)[];
}
