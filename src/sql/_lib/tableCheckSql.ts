import { requireObject } from "../../internal/requireObject.js";
import { KpiError } from "../../errors.js";
import { SQL_DIALECTS } from "../sqlDialect.js";
import type { TableCheckOptions } from "../tableCheckOptions.js";
import { fromItem } from "./tableSql.js";

/**
 * Checks the options of a table check and gives what its SQL starts from: the FROM item, the limit, and the limit's
 * placeholder as an integer. Internal to kpi-kit/sql.
 *
 * @param options - The check's options.
 * @param name - The public function's name, for messages.
 * @returns The FROM item, the limit and its SQL.
 * @throws {@link KpiError} `invalid_argument` for an unknown dialect, a table without `table` or `from`, or a limit
 * that is not a whole number from 1 to 1,000,000.
 *
 * @example
 * ```ts
 * tableCheckSql({ dialect: "postgres", table: { table: "m" } }, "f");
 * //=> { from: '"m"', limit: 100, limitSql: "CAST($1 AS INTEGER)" }
 * ```
 */
export function tableCheckSql(options: TableCheckOptions, name: string): { from: string; limit: number; limitSql: string } {
  requireObject(options, name, "options");
  const { dialect, table } = options;
  if (!SQL_DIALECTS.includes(dialect)) {
    throw new KpiError("invalid_argument", `${name}: unknown dialect "${String(dialect)}" (use ${SQL_DIALECTS.join(" or ")})`, { path: ["dialect"] });
  }
  const limit = options.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1_000_000) {
    throw new KpiError("invalid_argument", `${name}: limit must be a whole number from 1 to 1,000,000`, { path: ["limit"] });
  }
  const from = fromItem(table, dialect, name);
  return { from, limit, limitSql: dialect === "clickhouse" ? "{p1:UInt32}" : "CAST($1 AS INTEGER)" };
}
