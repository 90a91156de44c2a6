import type { Calendar } from "../../model/calendar.js";
import type { KpiDefinition } from "../../model/kpiDefinition.js";
import type { Measurement } from "../../model/measurement.js";
import type { ScopeNode } from "../../model/scopeTree.js";
import { aggregateRows } from "../../aggregate/aggregateRows.js";
import type { PartialAggregate } from "../../aggregate/partialAggregate.js";
import type { PeriodAggregates } from "../../aggregate/periodAggregates.js";
import { rollUpScopes } from "../../aggregate/rollUpScopes.js";
import type { Grain } from "../../time/grain.js";
import type { Period } from "../../time/period.js";
import { planSeries } from "./planSeries.js";
import { isKpiError, KpiError } from "../../errors.js";

/**
 * Aggregates the effective measurements of `kpis` with instants in `[from, to)` and subjects in `known` at `grain`
 * (as `aggregateRows` with `effective: false`).
 */
export type SeriesSource = (
  kpis: readonly KpiDefinition[],
  grain: Grain,
  from: number,
  to: number,
  known: ReadonlySet<string>,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
) => SeriesGroups;

/** The groups a {@link SeriesSource} gives: `PeriodAggregates` has them, and so do report aggregates. */
export interface SeriesGroups {
  readonly groups: readonly { readonly kpiId: string; readonly subjectId: string | null; readonly period: string; readonly partial: PartialAggregate }[];
}

/**
 * The {@link SeriesSource} of an array of records.
 *
 * @param measurements - Effective measurements.
 * @returns The source.
 *
 * @example
 * ```ts
 * recordSeriesSource([])([], "month", 0, 1, new Set(), { timeZone: "UTC", fiscalYearStartMonth: 1 }).groups;
 * //=> []
 * ```
 */
export function recordSeriesSource(measurements: readonly Measurement[]): (...args: Parameters<SeriesSource>) => PeriodAggregates {
  return (ofGrain, grain, from, to, known, calendar) => {
    const ids = new Set(ofGrain.map((k) => k.id));
    const records = measurements.filter((m) => ids.has(m.kpiId) && m.at >= from && m.at < to && known.has(m.subjectId));
    try {
      return aggregateRows(records, ofGrain, { grain, calendar, effective: false });
    } catch (error) {
      // The index in the error is one of this filtered list: name the measurement by its id instead.
      const record = isKpiError(error) && typeof error.path[0] === "number" ? records[error.path[0]] : undefined;
      if (record === undefined || !isKpiError(error)) throw error;
      throw new KpiError(error.code, `${error.message} (measurement "${record.id}")`, { path: error.path, issues: error.issues, cause: error });
    }
  };
}

/** One KPI's series at every scope node: values and status counts per period. */
export interface KpiSeries {
  readonly kpi: KpiDefinition;
  readonly grain: Grain;
  /** The periods of the series, oldest first; the last one holds the end of the report's period. */
  readonly periods: readonly Period[];
  /** Values per node id, aligned with `periods` (`null` without data). */
  readonly values: ReadonlyMap<string, readonly (number | null)[]>;
  /** Provisional and estimated record counts per node id, aligned with `periods`. */
  readonly statuses: ReadonlyMap<string, readonly { readonly provisional: number; readonly estimated: number }[]>;
}

/**
 * Aggregates the effective measurements into each KPI's series at every scope node, with aggregateRows and
 * rollUpScopes. A KPI measured less often than the report's grain is shown at its own grain.
 *
 * @param source - Aggregates the effective measurements (corrections applied, at or before `asOf`) of some KPIs at
 * a grain: {@link recordSeriesSource} or `batchSeriesSource`.
 * @param kpis - The KPIs.
 * @param scopes - The whole scope tree.
 * @param reportPeriod - The period of the report.
 * @param length - How many periods each series holds.
 * @param calendar - The calendar of the periods.
 * @returns One series per KPI, in the order of `kpis`.
  * @example
 * ```ts
 * collectKpiSeries(effective, workspace.kpis, workspace.scopes, march, 12, calendar)[0]?.periods.length;
 * //=> 12
 * ```
 */
export function collectKpiSeries(
  source: SeriesSource,
  kpis: readonly KpiDefinition[],
  scopes: readonly ScopeNode[],
  reportPeriod: Period,
  length: number,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): KpiSeries[] {
  const known = new Set(scopes.map((s) => s.id));
  const { grainOf, periodsOf } = planSeries(kpis, reportPeriod, length, calendar);
  const partials = new Map<string, Map<string, Map<string, PartialAggregate>>>(); // kpi → period → subject → partial
  for (const [grain, periods] of periodsOf) {
    const from = (periods[0] as Period).start;
    const to = (periods[periods.length - 1] as Period).end;
    const ofGrain = kpis.filter((k) => grainOf.get(k.id) === grain);
    const result = source(ofGrain, grain, from, to, known, calendar);
    for (const g of result.groups) {
      if (g.subjectId === null) continue;
      let byPeriod = partials.get(g.kpiId);
      if (byPeriod === undefined) partials.set(g.kpiId, (byPeriod = new Map()));
      let bySubject = byPeriod.get(g.period);
      if (bySubject === undefined) byPeriod.set(g.period, (bySubject = new Map()));
      bySubject.set(g.subjectId, g.partial);
    }
  }
  return kpis.map((kpi) => {
    const grain = grainOf.get(kpi.id) as Grain;
    const periods = periodsOf.get(grain) as Period[];
    const values = new Map<string, (number | null)[]>();
    const statuses = new Map<string, { provisional: number; estimated: number }[]>();
    for (const s of scopes) {
      values.set(s.id, new Array<number | null>(periods.length).fill(null));
      statuses.set(s.id, periods.map(() => ({ provisional: 0, estimated: 0 })));
    }
    const byPeriod = partials.get(kpi.id);
    periods.forEach((p, i) => {
      const bySubject = byPeriod?.get(p.label);
      if (bySubject === undefined) return;
      for (const v of rollUpScopes(bySubject, scopes, kpi)) {
        (values.get(v.nodeId) as (number | null)[])[i] = v.value;
        if (v.partial !== null) {
          (statuses.get(v.nodeId) as { provisional: number; estimated: number }[])[i] = {
            provisional: v.partial.statuses.provisional,
            estimated: v.partial.statuses.estimated,
          };
        }
      }
    });
    return { kpi, grain, periods, values, statuses };
  });
}
