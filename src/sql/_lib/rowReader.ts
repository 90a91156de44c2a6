import { KpiError } from "../../errors.js";

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
 * A reader of row `i` of a query's result, for `partialsFromRows` and `quantilesFromRows`. Internal to kpi-kit/sql.
 *
 * @param row - The row, as a driver gives it.
 * @param i - The row's index, for error paths.
 * @param where - The public function's name, for messages.
 * @returns The reader.
 * @throws {@link KpiError} `invalid_input` (path `[i, column]`) from its methods, for a missing or malformed column.
 *
 * @example
 * ```ts
 * const read = rowReader({ n: "2.5", t: "x" }, 0, "f");
 * [read.number("n"), read.text("t"), read.maybeNumber("none")];
 * //=> [2.5, "x", null]
 * ```
 */
export function rowReader(row: Readonly<Record<string, unknown>>, i: number, where: string): RowReader {
  const bad = (column: string, what: string): never => {
    throw new KpiError("invalid_input", `${where}: row ${i}: ${column} ${what}`, { path: [i, column] });
  };
  const number = (column: string): number => {
    const x = row[column];
    const n = typeof x === "number" ? x : typeof x === "bigint" ? Number(x) : typeof x === "string" && x.trim() !== "" ? Number(x) : Number.NaN;
    return Number.isFinite(n) ? n : bad(column, "must be a finite number");
  };
  return {
    text: (column) => {
      const x = row[column];
      return typeof x === "string" ? x : bad(column, "must be text");
    },
    number,
    maybeNumber: (column) => (row[column] === null || row[column] === undefined ? null : number(column)),
    bad,
  };
}
