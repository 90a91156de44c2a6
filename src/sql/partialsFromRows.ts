import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { finalizePartial } from "../aggregate/finalizePartial.js";
import type { PartialAggregate } from "../aggregate/partialAggregate.js";
import type { PeriodGroup } from "../aggregate/periodAggregates.js";
import { needsQuantileValues } from "../aggregate/_lib/needsQuantileValues.js";
import { resultRows } from "./_lib/rowReader.js";
import type { QueryResult } from "./queryResult.js";
import type { CompiledPartialsQuery } from "./compilePartialsQuery.js";

/** One row of a compiled partials query, as a driver returns it (numbers may come as numbers, bigints or text). */
export type PartialsRow = Readonly<Record<string, unknown>>;

const NAME = "partialsFromRows";

/**
 * Reads the rows of a query from {@link compilePartialsQuery} into kpi-kit's groups: one `PeriodGroup` per (KPI,
 * subject, period) with its `PartialAggregate` (exactly the fields `aggregateRows` gives) and its value
 * (`finalizePartial`), ready for `mergePartials`, `rollUpScopes`, `rollUpPeriods`, scoring and trends.
 *
 * @remarks
 * Groups come sorted by the KPI's place in the query's `kpis`, then subject id and period label (by UTF-16 code
 * unit), whatever order or collation the engine used. Median and quantile KPIs compiled with `quantileValues: false`
 * get `values: null` and `value: null`: their values come from `compileQuantilesQuery`. A number column may arrive as a number, a bigint or decimal text
 * (drivers differ); anything else is refused.
 *
 * @param rows - The query's rows (objects keyed by column name), or its columns (`ResultColumns`: lighter for many
 * rows).
 * @param query - The compiled query the rows answer.
 * @returns The groups.
 * @throws {@link KpiError} `invalid_input` (path `[i, column]`) for a row that does not answer the query: an unknown
 * KPI, a missing or non-numeric figure; (path `[]`) for a result that is neither rows nor columns, (path `[column]`)
 * for columns of different lengths.
 *
 * @example
 * ```ts
 * const query = compilePartialsQuery({ dialect: "duckdb", table: { table: "m", corrections: false },
 *   kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "month",
 *   start: "2026-01-01T00:00:00Z", end: "2026-02-01T00:00:00Z" });
 * const row = { kpi_id: "k", subject_id: "s", period: "2026-01", records: 2, provisional: 0, estimated: 0, revised: 0,
 *   count: 2, sum: 5, min: 2, max: 3, mean: 2.5, m2: 0.5, weight_sum: 2, weighted_sum: 5, ratio_records: 0,
 *   numerator_sum: 0, denominator_sum: 0, zero_denominators: 0, ratio_sum: 0 };
 * partialsFromRows([row], query).map((g) => [g.period, g.value, g.partial.count]);
 * //=> [["2026-01", 5, 2]]
 * ```
 *
 * @category SQL
 */
export function partialsFromRows(rows: QueryResult, query: CompiledPartialsQuery): PeriodGroup[] {
  requireObject(query, NAME, "query");
  if (!Array.isArray(query.kpis)) throw new KpiError("invalid_argument", `${NAME}: query must be what compilePartialsQuery returned`, { path: [] });
  const result = resultRows(rows, NAME);
  const position = new Map(query.kpis.map((k, j) => [k.id, j]));
  const groups: { j: number; group: PeriodGroup }[] = [];
  for (let i = 0; i < result.length; i++) {
    const { text: str, number, maybeNumber: maybe, bad } = result.reader(i);
    const kpiId = str("kpi_id");
    const j = position.get(kpiId);
    if (j === undefined) bad("kpi_id", `"${kpiId}" is not one of the query's KPIs`);
    const kpi = query.kpis[j!]!;
    const count = number("count");
    const keepFirstLast = kpi.aggregation === "first" || kpi.aggregation === "last";
    let values: readonly number[] | null = null;
    const quantile = needsQuantileValues(kpi);
    if (quantile && query.quantileValues) {
      const list = result.cell(i, "values");
      const items = list === null || list === undefined ? [] : Array.isArray(list) ? list : bad("values", "must be a list of numbers");
      values = Object.freeze(items.map((x, k) => (typeof x === "number" && Number.isFinite(x) ? x : bad(`values.${k}`, "must be a finite number"))));
      if (values.length !== count) bad("values", `holds ${values.length} values, not count ${count}`);
    }
    let survey: PartialAggregate["survey"] = null;
    if (kpi.measure.kind === "survey") {
      const answers: Record<string, number> = {};
      let valid = 0;
      query.answers.forEach((a, k) => {
        const w = number(`answer_${k}`);
        if (w !== 0) {
          answers[String(a)] = w;
          valid += w;
        }
      });
      survey = Object.freeze({ answers, valid, invalid: number("invalid_answers") });
    }
    const ratioRecords = number("ratio_records");
    const partial: PartialAggregate = Object.freeze({
      records: number("records"),
      count,
      sum: number("sum"),
      min: count === 0 ? null : number("min"),
      max: count === 0 ? null : number("max"),
      mean: number("mean"),
      m2: number("m2"),
      firstAt: count === 0 || !keepFirstLast ? null : number("first_at"),
      firstValue: count === 0 || !keepFirstLast ? null : maybe("first_value"),
      lastAt: count === 0 || !keepFirstLast ? null : number("last_at"),
      lastValue: count === 0 || !keepFirstLast ? null : maybe("last_value"),
      numeratorSum: number("numerator_sum"),
      denominatorSum: number("denominator_sum"),
      weightSum: number("weight_sum"),
      weightedSum: number("weighted_sum"),
      values,
      sketch: null,
      survey,
      ratios: ratioRecords === 0 ? null : Object.freeze({ records: ratioRecords, zeroDenominators: number("zero_denominators"), ratioSum: number("ratio_sum") }),
      statuses: Object.freeze({ provisional: number("provisional"), estimated: number("estimated"), revised: number("revised") }),
    });
    const group: PeriodGroup = Object.freeze({ kpiId, subjectId: str("subject_id"), period: str("period"), partial, value: quantile && !query.quantileValues ? null : finalizePartial(partial, kpi) });
    groups.push({ j: j!, group });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  groups.sort((a, b) => a.j - b.j || order(a.group.subjectId!, b.group.subjectId!) || order(a.group.period, b.group.period));
  return groups.map((g) => g.group);
}
