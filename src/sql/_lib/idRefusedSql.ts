import type { SqlDialect } from "../sqlDialect.js";

/**
 * The white space an id may not begin or end with: what JavaScript's `\s` matches (the id schemas' `ID_PATTERN`),
 * less the control characters, which no part of an id may hold. As code points.
 */
const WHITE_SPACE = [0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff] as const;

/** A regular-expression character class of code points, each written with `escape`. */
function characterClass(escape: (codePoint: number) => string): string {
  return `[${WHITE_SPACE.map((c) => (typeof c === "number" ? escape(c) : `${escape(c[0])}-${escape(c[1])}`)).join("")}]`;
}

/**
 * A condition, in SQL, true when a text value is not an id as the id schemas take one (the `id` of a record, as
 * `parseMeasurements` and so `kpi-kit validate` read it): `NULL`, empty, more than 200 characters (code points, as
 * the schemas count them), a control character (U+0000–U+001F, U+007F) anywhere, or white space at either end.
 * Internal to kpi-kit/sql.
 *
 * @remarks
 * Regular expressions are RE2's in DuckDB and ClickHouse (`\x{…}`), PostgreSQL's own there (`\u…`; PostgreSQL's text
 * holds no U+0000). ClickHouse reads backslashes in a string literal as escapes, so there they are doubled.
 *
 * @param dialect - The dialect.
 * @param x - The text value, as SQL.
 * @returns SQL text.
 *
 * @example
 * ```ts
 * idRefusedSql("postgres", "id").startsWith("(id IS NULL OR id = '' OR char_length(id) > 200 OR id ~ '[\\x01-\\x1f\\x7f]|^[");
 * //=> true
 * ```
 */
export function idRefusedSql(dialect: SqlDialect, x: string): string {
  const hex = (c: number) => c.toString(16).padStart(4, "0");
  if (dialect === "postgres") {
    const space = characterClass((c) => `\\u${hex(c)}`);
    return `(${x} IS NULL OR ${x} = '' OR char_length(${x}) > 200 OR ${x} ~ '[\\x01-\\x1f\\x7f]|^${space}|${space}$')`;
  }
  const space = characterClass((c) => (c < 0x80 ? String.fromCharCode(c) : `\\x{${hex(c)}}`));
  const pattern = `[\\x00-\\x1f\\x7f]|^${space}|${space}$`;
  if (dialect === "duckdb") return `(${x} IS NULL OR ${x} = '' OR length(${x}) > 200 OR regexp_matches(${x}, '${pattern}'))`;
  return `(${x} IS NULL OR ${x} = '' OR lengthUTF8(${x}) > 200 OR match(${x}, '${pattern.replaceAll("\\", "\\\\")}'))`;
}
