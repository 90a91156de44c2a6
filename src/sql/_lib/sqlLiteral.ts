/**
 * Text as an SQL string literal: in single quotes, a quote inside doubled. Internal to kpi-kit/sql and the CLI, for
 * text that cannot be a query parameter (a file path in a FROM item, a message in an expression).
 *
 * @param text - The text.
 * @returns SQL text.
 *
 * @example
 * ```ts
 * sqlLiteral("it's.csv");
 * //=> "'it''s.csv'"
 * ```
 */
export function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
