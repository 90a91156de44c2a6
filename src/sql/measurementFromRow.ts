import { KpiError } from "../errors.js";
import type { MeasurementColumn } from "./measurementTable.js";

/** The fields of a measurement, as {@link measurementFromRow} reads them from a row: a table's, and two more. @category SQL */
export type MeasurementField = MeasurementColumn | "source" | "collection";

const FIELDS: readonly MeasurementField[] = [
  "id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes",
];
const NUMBERS = new Set<MeasurementField>(["value", "numerator", "denominator", "weight"]);
const INSTANTS = new Set<MeasurementField>(["at", "recordedAt"]);
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const NAME = "measurementFromRow";

/**
 * A measurement (as `parseMeasurement` and a batch builder's `add` take one) from a row of a database table, read as
 * kpi-kit reads a table (docs/at-scale.md#the-table-contract): each field from the column of its own name, or of the
 * name `columns` gives; `NULL` as absent (a status of `NULL` is `normal`, a weight of `NULL` counts as 1); a `NULL`
 * value kept only with weight 0 (a record reported with no responses), so a ratio record's `NULL` value goes; the
 * other columns of the row left out.
 *
 * @remarks
 * Drivers give numbers in several forms: a whole number as a `bigint` (DuckDB's `BIGINT`, for epoch-ms instants
 * say) becomes a number when it is a safe integer; a number column given as decimal text (`pg` gives `NUMERIC` so)
 * becomes a number. A `Date` stays a `Date`, text stays text: checking the measurement is `parseMeasurement`'s (or
 * the builder's) job, which names the field of a bad one.
 *
 * @param row - One row, as the driver gives it (`pg`'s `rows[i]`, DuckDB's `getRowObjectsJS()[i]`, a cursor's row).
 * @param columns - The column of each field whose column has another name (`{ kpiId: "kpi_id" }`).
 * @returns The measurement's fields.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) for a row that is not an object, (path `["columns"]`)
 * for `columns` that is not an object, (path `["columns", field]`) for a key that is not a measurement field or a
 * column the row does not have.
 *
 * @example
 * ```ts
 * const row = { id: "m1", kpi_id: "permits", subjectId: "svc", at: 1772445600000n, value: null, numerator: "42", denominator: 50, weight: null, status: null, loaded_by: "etl" };
 * measurementFromRow(row, { kpiId: "kpi_id" });
 * //=> { id: "m1", kpiId: "permits", subjectId: "svc", at: 1772445600000, numerator: 42, denominator: 50 }
 * ```
 *
 * @category SQL
 */
export function measurementFromRow(row: Readonly<Record<string, unknown>>, columns: Partial<Record<MeasurementField, string>> = {}): Record<string, unknown> {
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    throw new KpiError("invalid_argument", `${NAME}: row must be an object (a row as the driver gives it)`, { path: [] });
  }
  if (typeof columns !== "object" || columns === null || Array.isArray(columns)) {
    throw new KpiError("invalid_argument", `${NAME}: columns must be an object such as { kpiId: "kpi_id" }`, { path: ["columns"] });
  }
  for (const [field, column] of Object.entries(columns)) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new KpiError("invalid_argument", `${NAME}: columns.${field} is not a measurement field (${FIELDS.join(", ")})`, { path: ["columns", field] });
    }
    if (typeof column !== "string" || !Object.hasOwn(row, column)) {
      throw new KpiError("invalid_argument", `${NAME}: columns.${field}: the row has no column ${JSON.stringify(column)}`, { path: ["columns", field] });
    }
  }
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const column = columns[field] ?? field;
    if (!Object.hasOwn(row, column)) continue;
    let x = row[column];
    if (x === null || x === undefined) continue;
    if (typeof x === "bigint" && (NUMBERS.has(field) || INSTANTS.has(field)) && Number.isSafeInteger(Number(x))) x = Number(x);
    else if (typeof x === "string" && NUMBERS.has(field) && DECIMAL.test(x)) x = Number(x);
    out[field] = x;
  }
  // A NULL value is the value of a record reported with no responses (weight 0), and absent on any other record.
  const valueColumn = columns.value ?? "value";
  if (out["weight"] === 0 && Object.hasOwn(row, valueColumn) && row[valueColumn] === null) out["value"] = null;
  return out;
}
