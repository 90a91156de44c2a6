import { KpiError } from "../errors.js";
import { checkAggregateArguments } from "./_lib/checkAggregateArguments.js";
import { aggregateColumnsCore } from "./_lib/aggregateColumnsCore.js";
import type { AggregationKpi } from "./aggregationKpi.js";
import type { AggregateOptions, PeriodAggregates } from "./periodAggregates.js";

/**
 * Records as columns of equal length with integer-coded ids, for {@link aggregateColumns}.
 *
 * @category Aggregate
 */
export interface MeasurementColumns {
  /** Per row, the index of its KPI in the `kpis` argument. */
  readonly kpi: Int32Array | readonly number[];
  /** Per row, the index of its subject in `options.subjectIds`. */
  readonly subject: Int32Array | Uint32Array | readonly number[];
  /** Per row, the instant in epoch milliseconds. */
  readonly at: Float64Array | readonly number[];
  /** Per row, the value; ignored (may be `NaN`) on rows of ratio KPIs. */
  readonly value?: Float64Array | readonly number[] | undefined;
  /** Per row, the numerator (`NaN` on rows that have none). */
  readonly numerator?: Float64Array | readonly number[] | undefined;
  /** Per row, the denominator (`NaN` on rows that have none). */
  readonly denominator?: Float64Array | readonly number[] | undefined;
  /** Per row, the weight (≥ 0). */
  readonly weight?: Float64Array | readonly number[] | undefined;
}

/** Options for {@link aggregateColumns}. @category Aggregate */
export interface AggregateColumnsOptions extends AggregateOptions {
  /** The subject ids: code `i` in `columns.subject` is `subjectIds[i]`. */
  readonly subjectIds: readonly string[];
}

/**
 * Aggregates columnar records (typed arrays, integer-coded ids, epoch-ms instants) into partials per KPI, subject
 * and period — the fastest input path.
 *
 * @remarks
 * The same engine as `aggregateRows` without the conversion pass: the columns are read in place, not copied.
 * Corrections are not applied (columns carry no record ids); apply `resolveSupersedes` before building them.
 * A ratio KPI's rows need a numerator and a denominator; other rows need a finite value.
 *
 * @param columns - The records as columns; see {@link MeasurementColumns}.
 * @param kpis - The KPIs; `columns.kpi` indexes this list.
 * @param options - Grain, calendar, subject ids and more: see {@link AggregateColumnsOptions}.
 * @returns The periods spanned and the groups, in canonical order.
 * @throws {@link KpiError} with path `[field, rowIndex]`: `unknown_reference` for a KPI or subject code out of
 * range; `non_finite` for an infinite value or a `NaN` one on a non-ratio row, and for an instant, numerator,
 * denominator or weight that is not finite;
 * `invalid_weight` for a negative weight; `invalid_denominator` for a negative or missing denominator (or numerator);
 * `overflow` for a value, numerator, denominator or weight larger in magnitude than 1e100 (docs/conventions.md#overflow);
 * the rows are checked in order, and the first problem found is the error: in a row, its KPI and subject codes, its
 * instant, its weight, value, numerator and denominator, then what its KPI needs;
 * `invalid_argument` (path `[field]`) for columns of different lengths; `invalid_period`, `invalid_time_zone` and
 * `invalid_argument` for bad options and KPIs, checked first, as for `aggregateRows`.
 *
 * @example
 * ```ts
 * const visits = { id: "visits", measure: { kind: "count" }, aggregation: "sum" } as const;
 * const result = aggregateColumns(
 *   { kpi: new Int32Array([0, 0, 0]), subject: new Int32Array([0, 1, 0]),
 *     at: new Float64Array([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), Date.UTC(2026, 1, 1)]),
 *     value: new Float64Array([3, 4, 5]) },
 *   [visits],
 *   { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 }, subjectIds: ["a", "b"] },
 * );
 * result.groups.map((g) => `${g.subjectId} ${g.period} ${g.value}`);
 * //=> ["a 2026-01 3", "a 2026-02 5", "b 2026-01 4"]
 * ```
 *
 * @category Aggregate
 */
export function aggregateColumns(
  columns: MeasurementColumns,
  kpis: readonly AggregationKpi[],
  options: AggregateColumnsOptions,
): PeriodAggregates {
  checkAggregateArguments(kpis, options, "aggregateColumns");
  if (typeof columns !== "object" || columns === null || columns.kpi === undefined) {
    throw new KpiError("invalid_argument", "aggregateColumns: columns must be an object with a kpi column", { path: ["kpi"] });
  }
  const n = columns.kpi.length;
  const fields = ["subject", "at", "value", "numerator", "denominator", "weight"] as const;
  for (const field of fields) {
    const column = columns[field];
    if ((field === "subject" || field === "at") && column === undefined) {
      throw new KpiError("invalid_argument", `aggregateColumns: the ${field} column is missing`, { path: [field] });
    }
    if (column !== undefined && column.length !== n) {
      throw new KpiError("invalid_argument", `aggregateColumns: the ${field} column has ${column.length} rows, not ${n}`, {
        path: [field],
      });
    }
  }
  if (!Array.isArray(options.subjectIds)) {
    throw new KpiError("invalid_argument", "aggregateColumns: subjectIds must be an array", { path: ["subjectIds"] });
  }
  return aggregateColumnsCore(
    {
      n,
      kpi: columns.kpi,
      subject: columns.subject,
      at: columns.at,
      value: columns.value ?? null,
      numerator: columns.numerator ?? null,
      denominator: columns.denominator ?? null,
      weight: columns.weight ?? null,
      status: null,
      subjectIds: options.subjectIds,
      rowIndex: null,
    },
    kpis,
    options,
    { name: "aggregateColumns", form: "columns" },
  );
}
