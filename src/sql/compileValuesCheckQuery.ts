import { nullableTypes } from "./_lib/nullableTypes.js";
import { MAGNITUDE_LIMIT } from "../internal/magnitudeLimit.js";
import type { MeasurementColumn } from "./measurementTable.js";
import { columnSql } from "./_lib/tableSql.js";
import { tableCheckSql } from "./_lib/tableCheckSql.js";
import type { TableCheckOptions } from "./tableCheckOptions.js";
import type { CompiledQuery } from "./compiledQuery.js";
import type { KpiDefinition } from "../model/kpiDefinition.js";
import { createSqlParams } from "./_lib/sqlParams.js";
import { KpiError } from "../errors.js";
import { idRefusedSql } from "./_lib/idRefusedSql.js";

/** Options for {@link compileValuesCheckQuery}. @category SQL */
export interface CompileValuesCheckOptions extends TableCheckOptions {
  /**
   * The KPIs whose records are checked against their measure too, as `parseMeasurements` checks them (the table's
   * `kpiId` column is read then): records of other KPIs get the checks of every record only.
   * @defaultValue none
   */
  readonly kpis?: readonly Pick<KpiDefinition, "id" | "measure">[] | undefined;
}

/** A query compiled by {@link compileValuesCheckQuery}: its rows are `(problem, id, field)`. @category SQL */
export interface CompiledValuesCheckQuery extends CompiledQuery {
  /** The limit, then the KPI ids and survey scales the query compares records with. */
  readonly params: readonly (string | number)[];
}

const NAME = "compileValuesCheckQuery";
const NUMBERS = ["value", "numerator", "denominator", "weight"] as const;

/**
 * Compiles one query that finds, in a table of measurements, the numbers and ids that `parseMeasurements` (and so
 * `kpi-kit validate`) refuses — so that they stop a report computed in the engine instead of becoming its sums.
 *
 * @remarks
 * Each row is `(problem, id, field)`, sorted by id, then field, then problem; `problem` is the `KpiErrorCode` the
 * record parser gives:
 * - `non_finite` — the field is `NaN`, `Infinity` or `-Infinity` (a floating-point column can hold them);
 * - `overflow` — its magnitude is above 1e100, the largest number kpi-kit sums (docs/conventions.md);
 * - `invalid_denominator` — the denominator is negative, or one of numerator and denominator is there without the
 *   other (`field` names the one that is missing);
 * - `invalid_weight` — the weight is negative;
 * - `invalid_input` (field `value`) — the record has no value and no numerator or denominator, and a weight other
 *   than 0 (or none): only a record "reported, with no responses" (weight 0) may have no value;
 * - `invalid_input` (field `id`) — the record's id is not one the id schemas take: none (`NULL`), empty, more than
 *   200 characters (code points), a control character (U+0000–U+001F, U+007F) anywhere, or white space at either end.
 * With `kpis`, a record of one of them is also checked against its KPI's measure, as `parseMeasurements` checks it:
 * - `invalid_input` — a ratio KPI's record with a value, or without a numerator and denominator; another KPI's
 *   record with a numerator and denominator, or without a value (a weighted or survey KPI's record may have none with
 *   weight 0); a weighted KPI's record without a weight;
 * - `out_of_scale` (field `value`) — a survey answer that is not a whole number on its KPI's scale.
 * A field without a column (`columns: { weight: null }`) is not checked (without an `id` column, ids are `NULL`). Whether
 * a KPI applies to its record's subject, and that the ids are known, is for the other checks. In DuckDB and
 * PostgreSQL one pass over the table finds the records with any problem, kept (a materialized CTE) to name their
 * problems; ClickHouse evaluates a CTE where it is used, so there each problem's part reads the table again.
 *
 * @param options - See {@link CompileValuesCheckOptions}.
 * @returns The query.
 * @throws {@link KpiError} `invalid_argument` for an unknown dialect, a table without `table` or `from`, a limit
 * that is not a whole number from 1 to 1,000,000, `kpis` that is not an array of KPIs with an id and a measure, or
 * `kpis` with a table whose `kpiId` column is given as `null`.
 *
 * @example
 * ```ts
 * const query = compileValuesCheckQuery({ dialect: "duckdb", table: { table: "measurements", columns: { weight: null } }, limit: 5 });
 * [query.params, query.sql.includes('"weight"'), query.sql.includes("isfinite")];
 * //=> [[5], false, true]
 * ```
 *
 * @category SQL
 */
export function compileValuesCheckQuery(options: CompileValuesCheckOptions): CompiledValuesCheckQuery {
  const { from, limit, limitSql } = tableCheckSql(options, NAME);
  const { dialect, table } = options;
  const column = columnSql(table, dialect);
  const has = (field: MeasurementColumn) => table.columns?.[field] !== null;
  const [text, double] = nullableTypes(dialect);
  // NaN and the infinities: PostgreSQL compares NaN equal to itself and above every number, so it is named outright.
  const nonFinite = (x: string): string =>
    dialect === "postgres" ? `${x} IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)` : dialect === "duckdb" ? `NOT isfinite(${x})` : `NOT isFinite(${x})`;
  // Each problem: its code (an SQL expression), its field, and the rows it is found in. The rows with any problem are
  // found in one pass over the table (`bad`); each problem is then looked for in those few rows only.
  const parts: { problem: string; field: string; where: string }[] = [];
  // The record's id, as the id schemas take one (a table without an id column has no ids to check).
  if (has("id")) parts.push({ problem: "'invalid_input'", field: "id", where: idRefusedSql(dialect, "id") });
  const limitMagnitude = MAGNITUDE_LIMIT.toExponential();
  for (const x of NUMBERS.filter(has)) {
    const negative = x === "denominator" ? "invalid_denominator" : x === "weight" ? "invalid_weight" : null;
    // The first that applies (NaN is above every number in PostgreSQL and DuckDB: it is named first).
    parts.push({
      problem: `CASE WHEN ${nonFinite(x)} THEN 'non_finite' WHEN ABS(${x}) > ${limitMagnitude} THEN 'overflow' ${negative === null ? "" : `WHEN ${x} < 0 THEN '${negative}' `}END`,
      field: x,
      where: `${x} IS NOT NULL AND (${nonFinite(x)} OR ABS(${x}) > ${limitMagnitude}${negative === null ? "" : ` OR ${x} < 0`})`,
    });
  }
  // A ratio record has both numerator and denominator: the one missing is named.
  if (has("numerator") && has("denominator")) {
    parts.push({ problem: "'invalid_denominator'", field: "denominator", where: "numerator IS NOT NULL AND denominator IS NULL" });
    parts.push({ problem: "'invalid_denominator'", field: "numerator", where: "numerator IS NULL AND denominator IS NOT NULL" });
  }
  // No value and no ratio: only a record of weight 0 (reported, no responses) may be that. A table holds no
  // difference between an absent value and a null one, so a record of weight 0 passes either way.
  const empty = NUMBERS.filter((f) => f !== "weight" && has(f)).map((f) => `${f} IS NULL`);
  if (empty.length > 0) {
    const weightless = has("weight") ? " AND (weight IS NULL OR weight <> 0)" : "";
    parts.push({ problem: "'invalid_input'", field: "value", where: `${empty.join(" AND ")}${weightless}` });
  }
  // Each listed KPI's records against its measure (checkMeasurementBatch's rules, in SQL).
  const p = createSqlParams(dialect);
  p.bind(limit, "UInt32"); // $1, the limit (limitSql)
  const kpis = options.kpis ?? [];
  if (!Array.isArray(kpis) || kpis.some((k) => typeof k !== "object" || k === null || typeof k.id !== "string" || typeof k.measure?.kind !== "string")) {
    throw new KpiError("invalid_argument", `${NAME}: kpis must be an array of KPIs with an id and a measure`, { path: ["kpis"] });
  }
  if (kpis.length > 0 && table.columns?.kpiId === null) {
    throw new KpiError("invalid_argument", `${NAME}: checking records against kpis needs the table's kpiId column`, { path: ["table", "columns", "kpiId"] });
  }
  const ofKind = (test: (kind: string) => boolean) => kpis.filter((k) => test(k.measure.kind)).map((k) => k.id);
  const rule = (problem: string, field: string, ids: readonly string[], where: string): void => {
    if (ids.length > 0) parts.push({ problem: `'${problem}'`, field, where: `kpi IN (${p.list(ids)}) AND ${where}` });
  };
  const ratio = ofKind((kind) => kind === "ratio");
  const others = ofKind((kind) => kind !== "ratio");
  // (A numerator without a denominator, or the other way round, is refused above for every record.)
  rule("invalid_input", "value", ratio, "value IS NOT NULL");
  rule("invalid_input", "numerator", ratio, "numerator IS NULL AND denominator IS NULL");
  rule("invalid_input", "numerator", others, "numerator IS NOT NULL AND denominator IS NOT NULL");
  rule("invalid_input", "weight", ofKind((kind) => kind === "weighted"), "weight IS NULL");
  // A weighted or survey KPI's record may have no value with weight 0: the check of every record above has that rule.
  rule("invalid_input", "value", ofKind((kind) => kind !== "ratio" && kind !== "weighted" && kind !== "survey"), "value IS NULL");
  for (const k of kpis) {
    if (k.measure.kind !== "survey") continue;
    const { scaleMin, scaleMax } = k.measure;
    // A finite value off the scale or not whole (a value that is not finite is refused above).
    rule("out_of_scale", "value", [k.id], `value IS NOT NULL AND NOT (${nonFinite("value")}) AND (value < ${p.num(scaleMin)} OR value > ${p.num(scaleMax)} OR value <> FLOOR(value))`);
  }
  const read = NUMBERS.map((field) => `CAST(${has(field) ? column(field) : "NULL"} AS ${double}) AS ${field}`);
  const kpi = kpis.length > 0 ? `, CAST(${column("kpiId")} AS ${text}) AS kpi` : "";
  // A table without number columns has nothing to check: the query still runs, and returns no row.
  const any = parts.length === 0 ? "FALSE" : parts.map((part) => `(${part.where})`).join("\n    OR ");
  const found =
    parts.length === 0
      ? [`SELECT CAST(NULL AS ${text}) AS problem, id, CAST(NULL AS ${text}) AS field FROM bad`]
      : parts.map((part) => `SELECT ${part.problem} AS problem, id, '${part.field}' AS field FROM bad WHERE ${part.where}`);
  // The table streamed once through the filter; the few rows it keeps are kept for the problems' queries.
  const [streamed, kept] = dialect === "clickhouse" ? ["", ""] : ["NOT MATERIALIZED ", "MATERIALIZED "];
  const sql = `WITH t AS ${streamed}(SELECT CAST(${column("id")} AS ${text}) AS id${kpi}, ${read.join(", ")} FROM ${from}),
bad AS ${kept}(SELECT * FROM t WHERE ${any})
SELECT problem, id, field FROM (${found.join("\n  UNION ALL ")}) AS p WHERE problem IS NOT NULL ORDER BY id, field, problem LIMIT ${limitSql}`;
  return Object.freeze({ dialect, sql, params: Object.freeze([...p.params]) });
}
