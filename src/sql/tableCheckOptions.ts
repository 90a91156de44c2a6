import type { MeasurementTable } from "./measurementTable.js";
import type { CompiledQuery } from "./compiledQuery.js";
import type { SqlDialect } from "./sqlDialect.js";

/**
 * Options of the queries that check a table of measurements before its rows are trusted
 * (`compileCorrectionsCheckQuery`, `compileValuesCheckQuery`).
 *
 * @category SQL
 */
export interface TableCheckOptions {
  /** The engine's dialect. */
  readonly dialect: SqlDialect;
  /** Where the measurements are: the columns each check reads are named in its documentation. */
  readonly table: MeasurementTable;
  /**
   * The most problems returned.
   * @defaultValue 100
   */
  readonly limit?: number | undefined;
}

/**
 * A query compiled by `compileCorrectionsCheckQuery` or `compileValuesCheckQuery`: its one parameter is the limit, and
 * each of its rows is a problem.
 *
 * @category SQL
 */
export interface CompiledTableCheckQuery extends CompiledQuery {
  /** The value of its one parameter, the limit. */
  readonly params: readonly number[];
}
