import { nullableTypes } from "./_lib/nullableTypes.js";
import { KpiError } from "../errors.js";
import { instantMsSql } from "./_lib/instantMsSql.js";
import { columnSql } from "./_lib/tableSql.js";
import { tableCheckSql } from "./_lib/tableCheckSql.js";
import type { CompiledTableCheckQuery, TableCheckOptions } from "./tableCheckOptions.js";

/** Options for {@link compileCorrectionsCheckQuery}. @category SQL */
export type CompileCorrectionsCheckOptions = TableCheckOptions;

/** A query compiled by {@link compileCorrectionsCheckQuery}: its rows are `(problem, id, other)`. @category SQL */
export type CompiledCorrectionsCheckQuery = CompiledTableCheckQuery;

const NAME = "compileCorrectionsCheckQuery";

/**
 * Compiles one query that finds, in a table of measurements, the problems that `parseMeasurements` (and so
 * `kpi-kit validate`) refuses in ids and corrections — so that a table is checked where it lives before its partials
 * are trusted, instead of being merged silently.
 *
 * @remarks
 * Each row is `(problem, id, other)`, sorted by problem, then id:
 * - `duplicate_id` — `id` is used by more than one record;
 * - `unknown_supersedes` — record `id` supersedes `other`, which no record has;
 * - `other_series` — record `id` corrects `other`, a record of another KPI or subject;
 * - `fork` — records `id` and `other` both correct the same record;
 * - `recorded_before` — record `id` is recorded before the record `other` it corrects (a record without
 *   `recordedAt` counts as known from the beginning);
 * - `cycle` — following what record `id` supersedes never ends: it is on a loop of corrections (a record that
 *   supersedes itself included), or corrects a record on one.
 * No row means the table's ids and corrections are sound, as `checkCorrections` (docs/conventions.md#data-quality-and-history)
 * defines it; a property test holds each engine to that. Only the records on chains of corrections are joined and
 * followed; the rest are read by a filter, a semi-join and the grouping by id (which engines spill to disk), so the
 * memory needed follows the number of corrections. Chains are followed with a recursive query (`WITH RECURSIVE`);
 * in ClickHouse, which recurses at most 1000 levels, a chain of more than 900 corrections is reported as a `cycle`.
 *
 * @param options - See {@link CompileCorrectionsCheckOptions}.
 * @returns The query.
 * @throws {@link KpiError} `invalid_argument` for an unknown dialect, a table without `table` or `from`, a limit that
 * is not a whole number from 1 to 1,000,000, or a table whose `id` or `supersedes` column is given as `null`.
 *
 * @example
 * ```ts
 * const query = compileCorrectionsCheckQuery({ dialect: "postgres", table: { table: "measurements" }, limit: 10 });
 * [query.params, query.sql.startsWith("WITH RECURSIVE")];
 * //=> [[10], true]
 * ```
 *
 * @category SQL
 */
export function compileCorrectionsCheckQuery(options: CompileCorrectionsCheckOptions): CompiledCorrectionsCheckQuery {
  const { from, limit, limitSql } = tableCheckSql(options, NAME);
  const { dialect, table } = options;
  const columns = table.columns ?? {};
  for (const field of ["id", "supersedes", "kpiId", "subjectId"] as const) {
    if (columns[field] === null) throw new KpiError("invalid_argument", `${NAME}: the table needs a ${field} column`, { path: ["table", "columns", field] });
  }
  const column = columnSql(table, dialect);
  const [text, double] = nullableTypes(dialect);
  // When a record is known from: its recordedAt as epoch ms (instantMsSql, as the partials query reads it), or the
  // beginning of time.
  const recorded =
    columns.recordedAt === null ? `CAST(NULL AS ${double})` : `CAST(${instantMsSql(dialect, column("recordedAt"), table.instants ?? "timestamp")} AS ${double})`;
  // The records reached from a chain's start by following corrections. ClickHouse recurses with UNION ALL only (and
  // at most 1000 levels): there the walk stops at 900 corrections, so that ids used twice cannot make it endless.
  const reach =
    dialect === "clickhouse"
      ? "reach AS (SELECT id, 0 AS depth FROM heads UNION ALL SELECT c.id AS id, r.depth + 1 AS depth FROM corr c JOIN reach r ON c.sup = r.id WHERE c.sup <> c.id AND r.depth < 900)"
      : "reach AS (SELECT id FROM heads UNION SELECT c.id AS id FROM corr c JOIN reach r ON c.sup = r.id WHERE c.sup <> c.id)";
  const known = (alias: string) => `COALESCE(${alias}.rec, CAST(-1e300 AS ${double}))`;
  // Only the records on chains of corrections are joined and followed: the corrections (`corr`, a record with
  // `supersedes`), the records they name (`targets`) and the records that share an id with either (`near`, for ids
  // used twice). Each of the whole table's records is read by a filter, a semi-join against those few ids and the
  // grouping by id, so the query's memory follows the corrections, not the table.
  const all = dialect === "clickhouse" ? "" : "NOT MATERIALIZED ";
  const fields = "id, sup, kpi, subject, rec";
  const sql = `WITH RECURSIVE t AS ${all}(SELECT CAST(${column("id")} AS ${text}) AS id, CAST(${column("supersedes")} AS ${text}) AS sup, CAST(${column("kpiId")} AS ${text}) AS kpi, CAST(${column("subjectId")} AS ${text}) AS subject, ${recorded} AS rec FROM ${from}),
corr AS (SELECT ${fields} FROM t WHERE sup IS NOT NULL),
near AS (SELECT ${fields} FROM t WHERE id IN (SELECT sup FROM corr UNION ALL SELECT id FROM corr)),
targets AS (SELECT ${fields} FROM near WHERE id IN (SELECT sup FROM corr)),
heads AS (SELECT o.id AS id FROM near o WHERE o.sup IS NULL OR NOT EXISTS (SELECT 1 FROM targets r WHERE r.id = o.sup)),
${reach},
problems AS (
  SELECT 'duplicate_id' AS problem, id, CAST(NULL AS ${text}) AS other FROM t GROUP BY id HAVING COUNT(*) > 1
  UNION ALL SELECT 'unknown_supersedes', c.id, c.sup FROM corr c WHERE NOT EXISTS (SELECT 1 FROM targets r WHERE r.id = c.sup)
  UNION ALL SELECT 'other_series', c.id, r.id FROM corr c JOIN targets r ON c.sup = r.id WHERE c.id <> r.id AND (c.kpi <> r.kpi OR c.subject <> r.subject)
  UNION ALL SELECT 'fork', a.id, b.id FROM corr a JOIN corr b ON a.sup = b.sup WHERE a.id < b.id
  UNION ALL SELECT 'recorded_before', c.id, r.id FROM corr c JOIN targets r ON c.sup = r.id WHERE c.id <> r.id AND ${known("c")} < ${known("r")}
  UNION ALL SELECT 'cycle', o.id, o.sup FROM corr o WHERE EXISTS (SELECT 1 FROM targets r WHERE r.id = o.sup) AND NOT EXISTS (SELECT 1 FROM reach g WHERE g.id = o.id)
)
SELECT DISTINCT problem, id, other FROM problems ORDER BY problem, id, other LIMIT ${limitSql}`;
  return Object.freeze({ dialect, sql, params: Object.freeze([limit]) });
}
