import { KpiError } from "../../errors.js";
import { showValue } from "../../internal/describeValue.js";
import type { MeasurementColumn, MeasurementTable } from "../measurementTable.js";

/** The fields a table's columns can hold (a record, so that the compiler checks every field is there, and no other). */
const FIELDS: Readonly<Record<MeasurementColumn, true>> = {
  id: true,
  kpiId: true,
  subjectId: true,
  at: true,
  value: true,
  numerator: true,
  denominator: true,
  weight: true,
  status: true,
  recordedAt: true,
  supersedes: true,
};
const MEASUREMENT_COLUMNS = Object.keys(FIELDS);

/** Whether a name is one every engine takes as an identifier (as `quoteIdentifier` checks it): 1–200 characters, no NUL. */
const isName = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 200 && !value.includes("\u0000");


/**
 * Checks a `MeasurementTable` before any SQL is written from it: that it is an object with one of `table` (a name
 * or `[schema, name]`) and `from` (SQL text); that `columns`, when given, is a plain object whose keys are fields of a
 * measurement and whose values are column names or `null`; that `instants` is one of its forms and `corrections` a
 * boolean. Internal to kpi-kit/sql: every compiler runs it (through `fromItem`).
 *
 * @remarks
 * A misspelt key (`{ kpiID: "kpi_id" }`, `{ wieght: "w" }`) would otherwise be left out unseen — the field read from
 * its default column — and the query would fail later in the engine ("column kpiId not found"); a name no engine
 * takes (`""`) would fail in `quoteIdentifier` with a path that does not name the field.
 *
 * @param table - The table passed.
 * @param name - The public function's name, for messages.
 * @throws {@link KpiError} `invalid_argument`: path `["table"]` for a table that is not an object or has neither or
 * both of `table` and `from`; `["table", "table"]`, `["table", "from"]` for a malformed one; `["table", "columns"]`
 * for `columns` that is not a plain object; `["table", "columns", key]` for a key that is not a field or a column
 * name that is neither `null` nor 1 to 200 characters without NUL; `["table", "instants"]`, `["table", "corrections"]`.
 *
 * @example
 * ```ts
 * try {
 *   checkMeasurementTable({ table: "m", columns: { kpiID: "kpi_id" } }, "compilePartialsQuery");
 * } catch (error) {
 *   (error as KpiError).path;
 *   //=> ["table", "columns", "kpiID"]
 * }
 * ```
 */
export function checkMeasurementTable(table: MeasurementTable, name: string): void {
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    throw new KpiError("invalid_argument", `${name}: table must be an object ({ table } or { from }, with columns), not ${showValue(table)}`, { path: ["table"] });
  }
  const hasTable = table.table !== undefined;
  const hasFrom = table.from !== undefined;
  if (hasTable === hasFrom) {
    const what = hasTable ? "the table's name (table) or a FROM item (from), not both" : "one of the table's name (table) or a FROM item (from)";
    throw new KpiError("invalid_argument", `${name}: give ${what}`, { path: ["table"] });
  }
  if (hasFrom && (typeof table.from !== "string" || table.from.trim() === "")) {
    throw new KpiError("invalid_argument", `${name}: table.from must be SQL text`, { path: ["table", "from"] });
  }
  const tableName: unknown = table.table;
  if (hasTable && !(isName(tableName) || (Array.isArray(tableName) && tableName.length === 2 && isName(tableName[0]) && isName(tableName[1])))) {
    throw new KpiError("invalid_argument", `${name}: table.table is a name or [schema, name], each 1 to 200 characters without NUL`, { path: ["table", "table"] });
  }
  const columns: unknown = table.columns;
  if (columns !== undefined) {
    const proto: unknown = typeof columns === "object" && columns !== null ? Object.getPrototypeOf(columns) : undefined;
    if (proto !== Object.prototype && proto !== null) {
      throw new KpiError("invalid_argument", `${name}: table.columns must be an object of field → column name (e.g. { kpiId: "kpi_id" }), not ${showValue(columns)}`, {
        path: ["table", "columns"],
      });
    }
    for (const [key, column] of Object.entries(columns as object)) {
      if (!MEASUREMENT_COLUMNS.includes(key)) {
        throw new KpiError("invalid_argument", `${name}: table.columns.${key} is not a field of a measurement (the fields are ${MEASUREMENT_COLUMNS.join(", ")})`, {
          path: ["table", "columns", key],
        });
      }
      if (column !== null && column !== undefined && !isName(column)) {
        throw new KpiError("invalid_argument", `${name}: table.columns.${key} must be a column name (1 to 200 characters without NUL) or null, not ${showValue(column)}`, {
          path: ["table", "columns", key],
        });
      }
    }
  }
  const instants: unknown = table.instants;
  if (instants !== undefined && instants !== "timestamp" && instants !== "epoch_ms" && instants !== "iso") {
    throw new KpiError("invalid_argument", `${name}: table.instants must be timestamp, epoch_ms or iso`, { path: ["table", "instants"] });
  }
  const corrections: unknown = table.corrections;
  if (corrections !== undefined && typeof corrections !== "boolean") {
    throw new KpiError("invalid_argument", `${name}: table.corrections must be true or false, not ${showValue(corrections)}`, { path: ["table", "corrections"] });
  }
}
