import type { Measurement } from "../model/measurement.js";
import type { AggregationKpi } from "./aggregationKpi.js";
import { aggregateRowsAs } from "./_lib/aggregateRowsAs.js";
import type { AggregateOptions, PeriodAggregates } from "./periodAggregates.js";

/** Options for {@link aggregateByPeriod}. @category Aggregate */
export interface AggregateByPeriodOptions extends AggregateOptions {}

/**
 * Aggregates parsed measurements into mergeable partials and values per KPI, subject and period of a grain.
 *
 * @remarks
 * The records are first reduced to the effective ones (corrections applied, `effective: true` by default), then
 * grouped by KPI, subject and the period of `at` in the calendar's time zone (half-open periods from local midnight,
 * docs/conventions.md#time-and-calendars: `2026-03-31T21:30:00Z` is in April in `Europe/Riga`). Each group carries its {@link PartialAggregate}
 * — merge them across subjects or periods with `mergePartials`, `rollUpScopes` or `rollUpPeriods` — and the KPI's
 * value (`finalizePartial`). Statuses are counted so a result can say it rests on provisional data. Works as
 * `aggregateRows`, which also accepts unparsed rows.
 *
 * @param measurements - Parsed measurements (`at` in epoch ms).
 * @param kpis - The KPIs the measurements refer to.
 * @param options - Grain, calendar and more: see {@link AggregateOptions}.
 * @returns The periods spanned and the groups, in canonical order (KPI, subject id, period).
 * @throws {@link KpiError} as `aggregateRows`: `unknown_reference` (path `[i, "kpiId"]`) for a KPI not in `kpis`,
 * `unknown_reference` (path `[i, "supersedes"]`) for a correction of an unknown record, and the others listed there.
 *
 * @example
 * ```ts
 * const fcr = { id: "fcr", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
 * const result = aggregateByPeriod(
 *   [
 *     { id: "m1", kpiId: "fcr", subjectId: "riga", at: Date.UTC(2026, 0, 5), numerator: 1, denominator: 2, status: "normal" },
 *     { id: "m2", kpiId: "fcr", subjectId: "riga", at: Date.UTC(2026, 0, 9), numerator: 99, denominator: 100, status: "provisional" },
 *   ] as unknown as Measurement[],
 *   [fcr],
 *   { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } },
 * );
 * [result.groups[0]?.value?.toFixed(2), result.groups[0]?.partial.statuses.provisional];
 * //=> ["98.04", 1]
 * ```
 *
 * @category Aggregate
 */
export function aggregateByPeriod(
  measurements: readonly Measurement[],
  kpis: readonly AggregationKpi[],
  options: AggregateByPeriodOptions,
): PeriodAggregates {
  return aggregateRowsAs(measurements, kpis, options, "aggregateByPeriod");
}
