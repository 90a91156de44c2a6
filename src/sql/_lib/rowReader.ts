import { KpiError } from "../../errors.js";
import type { QueryResult } from "../queryResult.js";

/** Reads the columns of one result row, refusing what does not answer the query. */
export interface RowReader {
  /** A text column. */
  text(column: string): string;
  /** A number column: a number, a bigint or decimal text (drivers differ), finite. */
  number(column: string): number;
  /** A number column that may be `NULL`. */
  maybeNumber(column: string): number | null;
  /** Refuses the row, naming the column. */
  bad(column: string, what: string): never;
}

/**
 * A reader of row `i` of a query's result, for `partialsFromRows`, `quantilesFromRows` and `aggregatesFromRows`.
 * Internal to kpi-kit/sql.
 *
 * @param cell - The row's value in a column (`undefined` for a column the result does not have).
 * @param i - The row's index, for error paths.
 * @param where - The public function's name, for messages.
 * @returns The reader.
 * @throws {@link KpiError} `invalid_input` (path `[i, column]`) from its methods, for a missing or malformed column.
 *
 * @example
 * ```ts
 * const row: Record<string, unknown> = { n: "2.5", t: "x" };
 * const read = rowReader((column) => row[column], 0, "f");
 * [read.number("n"), read.text("t"), read.maybeNumber("none")];
 * //=> [2.5, "x", null]
 * ```
 */
export function rowReader(cell: (column: string) => unknown, i: number, where: string): RowReader {
  const bad = (column: string, what: string): never => {
    throw new KpiError("invalid_input", `${where}: row ${i}: ${column} ${what}`, { path: [i, column] });
  };
  const number = (column: string): number => {
    const x = cell(column);
    const n = typeof x === "number" ? x : typeof x === "bigint" ? Number(x) : typeof x === "string" && x.trim() !== "" ? Number(x) : Number.NaN;
    return Number.isFinite(n) ? n : bad(column, "must be a finite number");
  };
  return {
    text: (column) => {
      const x = cell(column);
      return typeof x === "string" ? x : bad(column, "must be text");
    },
    number,
    maybeNumber: (column) => {
      const x = cell(column);
      return x === null || x === undefined ? null : number(column);
    },
    bad,
  };
}

/** A query's result, checked: its number of rows and a reader for each. */
export interface ResultRows {
  /** The number of rows. */
  readonly length: number;
  /** A reader of row `i` (`0 ≤ i < length`). */
  reader(i: number): RowReader;
  /** Row `i`'s value in a column, as the driver gave it. */
  cell(i: number, column: string): unknown;
}

/**
 * Checks a query's result — rows, or columns of one length — and gives a reader for each row. Internal to kpi-kit/sql.
 *
 * @param result - The result, as {@link QueryResult}.
 * @param where - The public function's name, for messages.
 * @returns Its rows.
 * @throws {@link KpiError} `invalid_input` (path `[]`) for neither an array of rows nor an object of arrays, (path
 * `[column]`) for columns of different lengths.
 *
 * @example
 * ```ts
 * const rows = resultRows({ n: [1, 2], t: ["a", "b"] }, "f");
 * [rows.length, rows.reader(1).number("n"), rows.reader(1).text("t")];
 * //=> [2, 2, "b"]
 * ```
 */
export function resultRows(result: QueryResult, where: string): ResultRows {
  if (Array.isArray(result)) {
    const rows = result as readonly Readonly<Record<string, unknown>>[];
    const cell = (i: number, column: string): unknown => {
      const row = rows[i];
      return typeof row === "object" && row !== null ? row[column] : undefined;
    };
    return { length: rows.length, reader: (i) => rowReader((column) => cell(i, column), i, where), cell };
  }
  if (typeof result !== "object" || result === null) {
    throw new KpiError("invalid_input", `${where}: the result must be an array of rows or an object of columns`, { path: [] });
  }
  const columns = result as Readonly<Record<string, readonly unknown[]>>;
  let length: number | null = null;
  let first = "";
  for (const [name, values] of Object.entries(columns)) {
    if (!Array.isArray(values)) {
      throw new KpiError("invalid_input", `${where}: column ${name} must be an array of the column's values`, { path: [name] });
    }
    if (length === null) [length, first] = [values.length, name];
    else if (values.length !== length) {
      throw new KpiError("invalid_input", `${where}: column ${name} holds ${values.length} values, column ${first} ${length}`, { path: [name] });
    }
  }
  const cell = (i: number, column: string): unknown => (Object.hasOwn(columns, column) ? columns[column]![i] : undefined);
  return { length: length ?? 0, reader: (i) => rowReader((column) => cell(i, column), i, where), cell };
}
