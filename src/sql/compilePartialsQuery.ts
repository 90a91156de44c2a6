import { KpiError } from "../errors.js";
import { showValue } from "../internal/describeValue.js";
import { requireObject } from "../internal/requireObject.js";
import type { AggregationKpi } from "../aggregate/aggregationKpi.js";
import { needsQuantileValues } from "../aggregate/_lib/needsQuantileValues.js";
import { buildSource } from "./_lib/buildSource.js";
import { doubleSql } from "./_lib/doubleSql.js";
import type { CompilePartialsOptions } from "./compilePartialsOptions.js";
import type { CompiledQuery } from "./compiledQuery.js";

/** A query compiled by {@link compilePartialsQuery}, with what {@link partialsFromRows} needs to read its rows. @category SQL */
export interface CompiledPartialsQuery extends CompiledQuery {
  /** The KPIs, for reading the rows. */
  readonly kpis: readonly AggregationKpi[];
  /** The survey answers that the columns `answer_0`, `answer_1`, … tally. */
  readonly answers: readonly number[];
  /** Whether the rows carry the sorted values of median and quantile KPIs (the `quantileValues` option). */
  readonly quantileValues: boolean;
}

const NAME = "compilePartialsQuery";

/**
 * Compiles one parameterised SQL query whose rows are kpi-kit's partial aggregates per (KPI, subject, period), so
 * that the heavy grouping runs in the engine that holds the measurements (DuckDB, PostgreSQL, ClickHouse) and kpi-kit merges,
 * rolls up, scores and reports the partials (`partialsFromRows`, then `mergePartials`, `rollUpScopes`, …).
 *
 * @remarks
 * docs/at-scale.md. The query follows `aggregateRows` (docs/conventions.md#aggregation) to the letter:
 * - **Corrections**: a record that another record supersedes is left out (whole chains are followed: the record in
 *   effect is the one nothing supersedes); with `asKnownAt`, records recorded after it are left out first, as
 *   `effectiveMeasurements` does. The chains are taken over the whole table, before the range is applied.
 * - **Periods** are the calendar's local periods, computed in the engine's own time-zone database, labelled exactly
 *   as `periodOf` labels them (DST switches, ISO week 53 and fiscal years included).
 * - **Every figure of a partial**: records and status counts, the values' count, sum, min, max, mean and `m2`
 *   (the sum of squared deviations: the engine's population variance × count), numerator and denominator sums and the
 *   ratio tally, weight sums, first and last values by instant (the larger at a tie) for first/last KPIs, survey
 *   answer tallies (an absent weight counts as 1; weight-0 records count as records only), and — for median and
 *   quantile KPIs — the sorted values themselves, so that quantiles stay exact at every node and period after merging.
 * Counts and sums of whole numbers are exact; sums, means and `m2` of other numbers may differ from `aggregateRows`'s
 * in the last bits (the engine adds in its own order), within 1e-12 relative.
 * Identifiers are quoted (`quoteIdentifier`) and every value — KPI and subject ids, instants, the time zone — is a
 * bound parameter, so no id can change the query.
 *
 * @param options - See {@link CompilePartialsOptions}.
 * @returns The query, its parameters, and what `partialsFromRows` needs.
 * @throws {@link KpiError} `invalid_argument` for an unknown dialect, a table without `table` or `from` (or with
 * both), a `table.columns` key that is not a field of a measurement (path `["table", "columns", key]`) or a column
 * name that is not 1 to 200 characters, `table.corrections` or `quantileValues` that is not a boolean, `asKnownAt`
 * with a table whose `recordedAt` column is given as `null` (path `["table", "columns", "recordedAt"]`), an unknown
 * grain, a bad calendar (path `["calendar"]` when it is not an object), KPIs that are not a non-empty list of distinct
 * ids, a KPI whose measure, aggregation or quantile an aggregation cannot read (path `["kpis", i, "measure"]`,
 * `["kpis", i, "aggregation"]`…), or subject ids that are not strings; `invalid_input` / `non_finite` for a bad
 * instant; `invalid_interval` (path `["end"]`) unless `start` is before `end`.
 *
 * @example
 * ```ts
 * const query = compilePartialsQuery({
 *   dialect: "postgres",
 *   table: { table: "measurements", columns: { kpiId: "kpi_id", subjectId: "subject_id" } },
 *   kpis: [{ id: "csat", measure: { kind: "value" }, aggregation: "mean" }],
 *   grain: "month",
 *   calendar: { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 },
 *   start: "2026-01-01T00:00:00+02:00",
 *   end: "2027-01-01T00:00:00+02:00",
 * });
 * [query.params, query.sql.includes('FROM "measurements"')];
 * //=> [["Europe/Riga", "csat", 1767218400000, 1798754400000], true]
 * ```
 *
 * @category SQL
 */
export function compilePartialsQuery(options: CompilePartialsOptions): CompiledPartialsQuery {
  requireObject(options, NAME, "options");
  const quantileValues: unknown = options.quantileValues ?? true;
  if (typeof quantileValues !== "boolean") {
    throw new KpiError("invalid_argument", `${NAME}: quantileValues must be true or false, not ${showValue(quantileValues)}`, { path: ["quantileValues"] });
  }
  const { dialect, kpis } = options;
  const { ctes, params, list, num } = buildSource(options, NAME);
  const surveys = kpis.filter((k) => k.measure.kind === "survey");
  const answers = new Set<number>();
  for (const k of surveys) {
    const { scaleMin, scaleMax } = k.measure as { scaleMin: number; scaleMax: number };
    for (let a = Math.ceil(scaleMin); a <= scaleMax && answers.size <= 1000; a++) answers.add(a);
  }
  const dbl = (expr: string) => doubleSql(dialect, expr);
  const ratio = "w > 0 AND num IS NOT NULL";
  const out = [
    "kpi_id",
    "subject_id",
    "period",
    `${dbl("COUNT(*)")} AS records`,
    `${dbl("COUNT(*) FILTER (WHERE st = 'provisional')")} AS provisional`,
    `${dbl("COUNT(*) FILTER (WHERE st = 'estimated')")} AS estimated`,
    `${dbl("COUNT(*) FILTER (WHERE st = 'revised')")} AS revised`,
    `${dbl("COUNT(*) FILTER (WHERE val)")} AS count`,
    `COALESCE(SUM(v) FILTER (WHERE val), 0) AS sum`,
    `MIN(v) FILTER (WHERE val) AS min`,
    `MAX(v) FILTER (WHERE val) AS max`,
    `COALESCE(AVG(v) FILTER (WHERE val), 0) AS mean`,
    `COALESCE(VAR_POP(v) FILTER (WHERE val) * COUNT(*) FILTER (WHERE val), 0) AS m2`,
    `COALESCE(SUM(w) FILTER (WHERE val), 0) AS weight_sum`,
    `COALESCE(SUM(w * v) FILTER (WHERE val), 0) AS weighted_sum`,
    `${dbl(`COUNT(*) FILTER (WHERE ${ratio})`)} AS ratio_records`,
    `COALESCE(SUM(num) FILTER (WHERE ${ratio}), 0) AS numerator_sum`,
    `COALESCE(SUM(den) FILTER (WHERE ${ratio}), 0) AS denominator_sum`,
    `${dbl(`COUNT(*) FILTER (WHERE ${ratio} AND den = 0)`)} AS zero_denominators`,
    `COALESCE(SUM(num / den) FILTER (WHERE ${ratio} AND den > 0), 0) AS ratio_sum`,
  ];
  const firstLast = kpis.filter((k) => k.aggregation === "first" || k.aggregation === "last");
  if (firstLast.length > 0) {
    const ofThem = `val AND kpi_id IN (${list(firstLast.map((k) => k.id))})`;
    // The first value by instant (the larger at a tie), and the last (the larger at a tie).
    const [first, last] =
      dialect === "clickhouse"
        ? [`argMinIf(v, (at_ms, -v), ${ofThem})`, `argMaxIf(v, (at_ms, v), ${ofThem})`]
        : [`(ARRAY_AGG(v ORDER BY at_ms ASC, v DESC) FILTER (WHERE ${ofThem}))[1]`, `(ARRAY_AGG(v ORDER BY at_ms DESC, v DESC) FILTER (WHERE ${ofThem}))[1]`];
    out.push(
      `${dbl(`MIN(at_ms) FILTER (WHERE ${ofThem})`)} AS first_at`,
      `${first} AS first_value`,
      `${dbl(`MAX(at_ms) FILTER (WHERE ${ofThem})`)} AS last_at`,
      `${last} AS last_value`,
    );
  }
  const quantiles = kpis.filter((k) => needsQuantileValues(k));
  if (quantileValues && quantiles.length > 0) {
    const ofThem = `val AND kpi_id IN (${list(quantiles.map((k) => k.id))})`;
    out.push(`${dialect === "clickhouse" ? `arraySort(groupArrayIf(v, ${ofThem}))` : `ARRAY_AGG(v ORDER BY v) FILTER (WHERE ${ofThem})`} AS "values"`);
  }
  const answerList = [...answers].sort((a, b) => a - b);
  if (surveys.length > 0) {
    out.push(`COALESCE(SUM(w) FILTER (WHERE w > 0 AND v IS NOT NULL AND NOT val), 0) AS invalid_answers`);
    answerList.forEach((a, k) => out.push(`COALESCE(SUM(w) FILTER (WHERE val AND v = ${num(a)}), 0) AS answer_${k}`));
  }
  const sql = `WITH ${ctes.join(",\n")}\nSELECT ${out.join(",\n  ")}\nFROM rows_\nGROUP BY kpi_id, subject_id, period`;
  return Object.freeze({ dialect, sql, params: Object.freeze(params), kpis: Object.freeze([...kpis]), answers: Object.freeze(answerList), quantileValues });
}
