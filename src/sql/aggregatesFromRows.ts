import { requireObject } from "../internal/requireObject.js";
import { KpiError } from "../errors.js";
import type { ReportAggregateGroup, ReportAggregates, ReportLastInstant, ReportQualityTally } from "../report/reportAggregates.js";
import { resultRows, type ResultRows } from "./_lib/rowReader.js";
import type { QueryResult } from "./queryResult.js";
import type { CompiledReportQueries } from "./compileReportQueries.js";
import { partialsFromRows } from "./partialsFromRows.js";

const NAME = "aggregatesFromRows";

/**
 * Reads the rows of a report's queries (`compileReportQueries`) into the `ReportAggregates` that `buildReport` takes.
 *
 * @remarks
 * `rows[q]` is the result of `compiled.queries[q]` as the driver returns it: rows, or columns (`ResultColumns`);
 * numbers as numbers, bigints or decimal text. The report's `provenance.engine` is `engine`; its `measurementsDigest`
 * is `null` (the records never leave the engine).
 *
 * @param rows - The result of each query (rows or columns), in the order of `compiled.queries`.
 * @param compiled - The compiled queries.
 * @param engine - What ran them, for the provenance (by default, the dialect).
 * @returns The aggregates.
 * @throws {@link KpiError} `invalid_input` (path `[q, i, column]`) for a row that does not answer its query, (path
 * `[q]`) when the count query's result has no row, or when
 * `rows` does not hold one result per query (path `[]`), or as `partialsFromRows` for a result that is neither rows
 * nor columns; `invalid_argument` (path `[]`) when `compiled` is not an object with a `queries` list of objects and a
 * `plan` with `subjectIds` (not what `compileReportQueries` returned); `unknown_reference` (path
 * `[q, i, "subject_id"]`, or `[q, 0, "other_kpis"]`) for records of a subject or KPI the workspace does not have: the
 * records' path refuses them too, and no figure silently leaves them out.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace(readFileSync("examples/workspace.json", "utf8"));
 * const compiled = compileReportQueries({ dialect: "duckdb", table: { table: "measurements" }, workspace,
 *   report: { audience: "public", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" } });
 * // An empty table: every query gives no rows but the count.
 * const aggregates = aggregatesFromRows(compiled.queries.map((q) => (q.role === "count" ? [{ records: 0, other_kpis: 0 }] : [])), compiled, "duckdb");
 * [aggregates.groups.length, aggregates.measurementCount, aggregates.engine];
 * //=> [0, 0, "duckdb"]
 * ```
 *
 * @category SQL
 */
export function aggregatesFromRows(
  rows: readonly QueryResult[],
  compiled: CompiledReportQueries,
  engine?: string,
): ReportAggregates {
  requireObject(compiled, NAME, "compiled");
  const shape = compiled as { queries?: unknown; plan?: { subjectIds?: unknown } | null };
  if (
    !Array.isArray(shape.queries) ||
    shape.queries.some((q) => typeof q !== "object" || q === null) ||
    typeof shape.plan !== "object" ||
    shape.plan === null ||
    !Array.isArray(shape.plan.subjectIds)
  ) {
    throw new KpiError("invalid_argument", `${NAME}: compiled must be what compileReportQueries returned ({ queries, plan })`, { path: [] });
  }
  engine ??= compiled.dialect;
  if (!Array.isArray(rows) || rows.length !== compiled.queries.length || rows.some((r) => typeof r !== "object" || r === null)) {
    throw new KpiError("invalid_input", `${NAME}: rows must hold one result (rows or columns) per query (${compiled.queries.length})`, { path: [] });
  }
  const { plan } = compiled;
  const subjects = new Set(plan.subjectIds);
  const groups: ReportAggregateGroup[] = [];
  const quality: ReportQualityTally[] = [];
  const lastInstants: ReportLastInstant[] = [];
  let measurementCount = 0;
  let effectiveMeasurementCount = 0;
  compiled.queries.forEach((query, q) => {
    const these = rows[q]!;
    // Errors name the query and the row: [q, i, column].
    const within = <T>(f: () => T): T => {
      try {
        return f();
      } catch (error) {
        // The message names one function: the inner one's name (this one's, or partialsFromRows') is dropped.
        if (error instanceof KpiError) {
          throw new KpiError(error.code, `${NAME}: query ${q} (${query.role}): ${error.message.replace(/^[A-Za-z]+: /, "")}`, { path: [q, ...error.path], cause: error });
        }
        throw error;
      }
    };
    const read = (): ResultRows => within(() => resultRows(these, NAME));
    switch (query.role) {
      case "partials":
        for (const g of within(() => partialsFromRows(these, query))) groups.push({ kpiId: g.kpiId, subjectId: g.subjectId as string, period: g.period, partial: g.partial });
        break;
      case "quality": {
        const result = read();
        for (let i = 0; i < result.length; i++) {
          const r = result.reader(i);
          within(() =>
            quality.push({
              kpiId: r.text("kpi_id"),
              subjectId: r.text("subject_id"),
              period: r.text("period"),
              records: r.number("records"),
              outOfRange: r.number("out_of_range"),
              duplicates: r.number("duplicates"),
              provisional: r.number("provisional"),
              estimated: r.number("estimated"),
            }),
          );
        }
        break;
      }
      case "series": {
        const result = read();
        for (let i = 0; i < result.length; i++) {
          const r = result.reader(i);
          const subjectId = within(() => r.text("subject_id"));
          if (!subjects.has(subjectId)) {
            throw new KpiError("unknown_reference", `${NAME}: the table holds records of subject "${subjectId}", which is not a scope node of the workspace`, {
              path: [q, i, "subject_id"],
            });
          }
          effectiveMeasurementCount += within(() => r.number("records"));
          lastInstants.push({ kpiId: within(() => r.text("kpi_id")), subjectId, at: within(() => r.number("last_at")) });
        }
        break;
      }
      case "count": {
        const result = read();
        if (result.length === 0) {
          throw new KpiError("invalid_input", `${NAME}: query ${q} (count): the count query returned no row (it returns one: records, other_kpis)`, { path: [q] });
        }
        const r = result.reader(0);
        measurementCount = within(() => r.number("records"));
        const other = within(() => r.number("other_kpis"));
        if (other > 0) {
          throw new KpiError("unknown_reference", `${NAME}: the table holds ${other} records of KPIs the workspace does not have`, { path: [q, 0, "other_kpis"] });
        }
        break;
      }
    }
  });
  return Object.freeze({
    kind: "report_aggregates",
    engine,
    groups,
    quality,
    lastInstants,
    measurementCount,
    effectiveMeasurementCount,
    measurementsDigest: null,
  });
}
