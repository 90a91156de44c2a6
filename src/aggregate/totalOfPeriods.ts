import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import type { AggregationKpi } from "./aggregationKpi.js";
import { finalizePartial } from "./finalizePartial.js";
import { mergePartials } from "./mergePartials.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { PeriodAggregates, PeriodGroup } from "./periodAggregates.js";

/**
 * The total over all periods of one (KPI, subject) group, as {@link totalOfPeriods} returns it.
 *
 * @category Aggregate
 */
export interface PeriodTotal {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id, or `null` when subjects were pooled. */
  readonly subjectId: string | null;
  /** The first and the last period with records, e.g. `"2026-01"` and `"2026-06"`. */
  readonly from: string;
  readonly to: string;
  /** How many periods had records. */
  readonly periods: number;
  /** The merged partial of every period. */
  readonly partial: PartialAggregate;
  /** The KPI's value over all the periods (`finalizePartial` of the merged partial), `null` when undefined. */
  readonly value: number | null;
}

/**
 * Merges every period of each (KPI, subject) group of an aggregation result into one total: the KPI's value over the
 * whole span, by its own aggregation rule.
 *
 * @remarks
 * Partials merge exactly (docs/conventions.md#aggregation), so the total equals aggregating all the records in one
 * group: a sum over the span, the mean of all values, a ratio of all numerators to all denominators, a pooled median
 * or survey statistic — never a mean of the period values. Totals come in the result's group order (KPI, then
 * subject).
 *
 * @param aggregates - The result of `aggregateRows`, `aggregateRows` or `aggregateColumns`.
 * @param kpis - The KPIs the result was built with (found by id).
 * @returns One total per (KPI, subject) group with records.
 * @throws {@link KpiError} `unknown_reference` (path `["kpis"]`) when a group's KPI is not among `kpis`;
 * `invalid_argument` for missing or wrong-shaped arguments: `aggregates` not an object (path `[]`), `kpis` not an
 * array (path `["kpis"]`) or a KPI that is not an object (path `["kpis", i]`), `aggregates.groups` not an array (path
 * `["groups"]`), a group that is not an object (path `["groups", i]`) or whose `partial` is not an object (path
 * `["groups", i, "partial"]`).
 *
 * @example
 * ```ts
 * const fcr = { id: "fcr", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
 * const result = aggregateRows(
 *   [
 *     { kpiId: "fcr", subjectId: "riga", at: "2026-01-10T10:00:00Z", numerator: 1, denominator: 4 },
 *     { kpiId: "fcr", subjectId: "riga", at: "2026-02-10T10:00:00Z", numerator: 9, denominator: 16 },
 *   ],
 *   [fcr],
 *   { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } },
 * );
 * // The months read 25 % and 56.25 %; the span reads (1 + 9) / (4 + 16) = 50 %, not their mean.
 * totalOfPeriods(result, [fcr]).map((t) => [t.subjectId, t.from, t.to, t.periods, t.value]);
 * //=> [["riga", "2026-01", "2026-02", 2, 50]]
 * ```
 *
 * @category Aggregate
 */
export function totalOfPeriods(aggregates: PeriodAggregates, kpis: readonly AggregationKpi[]): PeriodTotal[] {
  requireObject(aggregates, "totalOfPeriods", "aggregates");
  requireArray(kpis, "totalOfPeriods", "kpis", ["kpis"]);
  const groups = aggregates.groups;
  requireArray(groups, "totalOfPeriods", "aggregates.groups", ["groups"]);
  const byId = new Map<string, AggregationKpi>();
  kpis.forEach((k, i) => {
    if (typeof k !== "object" || k === null) requireObject(k, "totalOfPeriods", `kpis[${i}]`, ["kpis", i]);
    byId.set(k.id, k);
  });
  const totals: PeriodTotal[] = [];
  let current: { kpiId: string; subjectId: string | null; from: string; to: string; periods: number; partial: PartialAggregate } | null = null;
  const close = (): void => {
    if (current === null) return;
    const kpi = byId.get(current.kpiId);
    if (kpi === undefined) {
      throw new KpiError("unknown_reference", `totalOfPeriods: KPI "${current.kpiId}" of the result is not among kpis`, { path: ["kpis"] });
    }
    totals.push(Object.freeze({ ...current, value: finalizePartial(current.partial, kpi) }));
  };
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as PeriodGroup;
    if (typeof g !== "object" || g === null) requireObject(g, "totalOfPeriods", `aggregates.groups[${i}]`, ["groups", i]);
    if (typeof g.partial !== "object" || g.partial === null) {
      requireObject(g.partial, "totalOfPeriods", `aggregates.groups[${i}].partial`, ["groups", i, "partial"]);
    }
    if (current !== null && current.kpiId === g.kpiId && current.subjectId === g.subjectId) {
      current.partial = mergePartials(current.partial, g.partial);
      current.to = g.period;
      current.periods++;
    } else {
      close();
      current = { kpiId: g.kpiId, subjectId: g.subjectId, from: g.period, to: g.period, periods: 1, partial: g.partial };
    }
  }
  close();
  return totals;
}
