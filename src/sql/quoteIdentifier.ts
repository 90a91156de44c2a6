import { KpiError } from "../errors.js";
import { SQL_DIALECTS, type SqlDialect } from "./sqlDialect.js";

/**
 * Quotes a table or column name for a dialect, so that any name — with quotes, semicolons, comment markers, spaces or
 * any Unicode — stays one identifier: in double quotes, each double quote doubled (the SQL standard's rule, which
 * DuckDB, PostgreSQL and ClickHouse follow). ClickHouse also reads backslash escapes inside quotes, so there each
 * backslash is doubled too (else a name ending in a backslash would escape its closing quote).
 *
 * @param name - The name, 1–200 characters, without the NUL character (which no engine accepts in a name).
 * @param dialect - The dialect.
 * @returns The quoted identifier.
 * @throws {@link KpiError} `invalid_argument` (path `["name"]`) for an empty or too long name or one with NUL;
 * (path `["dialect"]`) for an unknown dialect.
 *
 * @example
 * ```ts
 * quoteIdentifier('my "table"; --', "postgres");
 * //=> '"my ""table""; --"'
 * ```
 *
 * @category SQL
 */
export function quoteIdentifier(name: string, dialect: SqlDialect): string {
  if (!SQL_DIALECTS.includes(dialect)) {
    throw new KpiError("invalid_argument", `quoteIdentifier: unknown dialect "${String(dialect)}" (use ${SQL_DIALECTS.join(" or ")})`, { path: ["dialect"] });
  }
  if (typeof name !== "string" || name.length === 0 || name.length > 200 || name.includes("\u0000")) {
    throw new KpiError("invalid_argument", "quoteIdentifier: a name is 1 to 200 characters without NUL", { path: ["name"] });
  }
  const escaped = dialect === "clickhouse" ? name.replaceAll("\\", "\\\\") : name;
  return `"${escaped.replaceAll('"', '""')}"`;
}
