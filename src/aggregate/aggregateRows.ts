import type { AggregationKpi } from "./aggregationKpi.js";
import { aggregateRowsAs } from "./_lib/aggregateRowsAs.js";
import type { MeasurementRow } from "./measurementRow.js";
import type { AggregateOptions, PeriodAggregates } from "./periodAggregates.js";

/** Options for {@link aggregateRows}. @category Aggregate */
export interface AggregateRowsOptions extends AggregateOptions {}

/**
 * Aggregates measurements — parsed ones (`parseMeasurements`) or raw rows as a user passes them (ISO strings, epoch
 * ms or `Date`s), validated row by row — into partials per KPI, subject and period of a grain.
 *
 * @remarks
 * One cheap pass checks and converts each row: ids are interned to integer codes, ISO instants parsed without a
 * `Date`, numbers checked; then the engine buckets instants by the period index (boundaries computed once per
 * period in the calendar's time zone, see README.md#performance), accumulates in typed arrays and returns the groups as columns
 * (`result.columns`); the `groups` objects, each with its {@link PartialAggregate} and the KPI's value, are built
 * from the columns on first access. Corrections (`supersedes`) are applied first unless
 * `effective` is `false`. A KPI's partials keep raw values only when its aggregation is a median or quantile.
 *
 * @param rows - The records, in any order: parsed `Measurement`s or raw rows.
 * @param kpis - The KPIs the rows refer to (their measure and aggregation decide what is kept).
 * @param options - Grain, calendar and more: see {@link AggregateOptions}.
 * @returns The periods spanned and the groups, in canonical order.
 * @throws {@link KpiError} with path `[rowIndex, field]`: `unknown_reference` (`kpiId`) for a KPI not in `kpis`;
 * `non_finite` for a `NaN` or infinite number (`value`, `numerator`, `denominator`, `weight`, `at`);
 * `invalid_weight` for a negative weight; `invalid_denominator` for a negative denominator, or a ratio KPI's row
 * without numerator and denominator; `overflow` for a value, numerator, denominator or weight larger in magnitude
 * than 1e100 (docs/conventions.md#overflow); `invalid_input` for a bad instant, a number field that is not a number
 * (a string `"5"`), a missing value or subject id, an
 * unknown status, or a numerator or denominator that a row's getter gives on a second read only (rows are read
 * twice), and (path `[rowIndex]`) for a row that is not an object; the codes of `resolveSupersedes`; `duplicate_id` (path `["kpis", i, "id"]`) for a KPI listed
 * twice; `invalid_period`, `invalid_time_zone` and `invalid_argument` for bad options (checked first: path `[]` for
 * options that are not an object, `["calendar"]` without a calendar); `invalid_argument` (path `["kpis", i, field]`)
 * for a KPI that is not an object with an `id`, a `measure` of a known `kind` and a known `aggregation` (a
 * `quantile` aggregation also a `quantile` from 0 to 1), `["kpis", i, "measure", "kind"]` for an unknown kind.
 *
 * @example
 * ```ts
 * const waiting = { id: "waiting-days", measure: { kind: "value" }, aggregation: "mean" } as const;
 * const result = aggregateRows(
 *   [
 *     { kpiId: "waiting-days", subjectId: "riga", at: "2026-03-31T21:30:00Z", value: 4 }, // 1 April in Riga
 *     { kpiId: "waiting-days", subjectId: "riga", at: "2026-03-31T20:30:00Z", value: 6 }, // 31 March in Riga
 *   ],
 *   [waiting],
 *   { grain: "month", calendar: { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 } },
 * );
 * result.groups.map((g) => [g.period, g.value]);
 * //=> [["2026-03", 6], ["2026-04", 4]]
 * ```
 *
 * @category Aggregate
 */
export function aggregateRows(
  rows: readonly MeasurementRow[],
  kpis: readonly AggregationKpi[],
  options: AggregateRowsOptions,
): PeriodAggregates {
  return aggregateRowsAs(rows, kpis, options, "aggregateRows");
}
