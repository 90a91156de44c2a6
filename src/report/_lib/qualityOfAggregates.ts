import type { KpiDefinition } from "../../model/kpiDefinition.js";
import type { BatchSeriesQuality } from "../../quality/_lib/assessBatchQuality.js";
import { createQualityGrids } from "../../quality/_lib/createQualityGrids.js";
import { grainOfFrequency } from "../../quality/_lib/grainOfFrequency.js";
import type { Calendar } from "../../model/calendar.js";
import type { ReportLastInstant, ReportQualityTally } from "../reportAggregates.js";

/** The figures of a series that the data-quality section shows. */
export type ReportSeriesQuality = Pick<
  BatchSeriesQuality,
  "kpiId" | "subjectId" | "expectedPeriods" | "periodsWithData" | "completenessPercent" | "lastAt" | "stale" | "records" | "duplicates" | "outOfRange" | "provisional" | "estimated"
>;

/** The range of the data-quality section: as `assessBatchQuality`'s options. */
export interface QualityRange {
  readonly start: number;
  readonly end: number;
  readonly asOf: number;
  readonly calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
}

/**
 * The figures of `assessBatchQuality` that a report shows, from tallies per period (a {@link ReportAggregates}' `quality` and
 * `lastInstants`) instead of records: one per series with a record in the subtree. Internal to the report; the report
 * tests check it against the records' figures.
 *
 * @param tallies - Tallies per KPI, subject and period at the KPI's own grain.
 * @param lastInstants - The latest instant of each series.
 * @param kpis - The workspace's KPIs.
 * @param subjects - The subjects assessed (the scope's subtree).
 * @param range - The range of the assessment.
 * @returns One figure set per series.
 *
 * @example
 * ```ts
 * const kpi = { id: "k", frequency: "monthly" } as never;
 * const tally = { kpiId: "k", subjectId: "s", period: "2026-01", records: 2, outOfRange: 0, duplicates: 1, provisional: 0, estimated: 0 };
 * const [q] = qualityOfAggregates([tally], [{ kpiId: "k", subjectId: "s", at: Date.parse("2026-01-10T00:00:00Z") }], [kpi],
 *   new Set(["s"]), { start: Date.parse("2026-01-01T00:00:00Z"), end: Date.parse("2026-03-01T00:00:00Z"),
 *   asOf: Date.parse("2026-03-15T00:00:00Z"), calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } });
 * [q?.completenessPercent, q?.duplicates, q?.stale];
 * //=> [50, 1, true]
 * ```
 */
export function qualityOfAggregates(
  tallies: readonly ReportQualityTally[],
  lastInstants: readonly ReportLastInstant[],
  kpis: readonly Pick<KpiDefinition, "id" | "frequency">[],
  subjects: ReadonlySet<string>,
  range: QualityRange,
): ReportSeriesQuality[] {
  const gridOf = createQualityGrids(range.start, range.end, range.asOf, 0, range.calendar, "assessDataQuality");
  // Series key (KPI and subject, NUL-separated: ids hold no NUL) → the series' tallies by period and latest instant.
  const series = new Map<string, { kpiId: string; subjectId: string; lastAt: number | null; byPeriod: Map<string, ReportQualityTally> }>();
  const seriesOf = (kpiId: string, subjectId: string) => {
    const key = `${kpiId}\u0000${subjectId}`;
    let s = series.get(key);
    if (s === undefined) series.set(key, (s = { kpiId, subjectId, lastAt: null, byPeriod: new Map() }));
    return s;
  };
  for (const l of lastInstants) {
    if (!subjects.has(l.subjectId) || l.at > range.asOf) continue;
    const s = seriesOf(l.kpiId, l.subjectId);
    if (s.lastAt === null || l.at > s.lastAt) s.lastAt = l.at;
  }
  for (const t of tallies) if (subjects.has(t.subjectId)) seriesOf(t.kpiId, t.subjectId).byPeriod.set(t.period, t);
  const kpiIndex = new Map(kpis.map((k, j) => [k.id as string, j]));
  const result: ReportSeriesQuality[] = [];
  for (const s of series.values()) {
    const j = kpiIndex.get(s.kpiId);
    if (j === undefined) continue;
    const grain = grainOfFrequency(kpis[j]!.frequency, ["kpis", j, "frequency"], "assessDataQuality");
    const { index, due, expected } = gridOf(grain);
    let periodsWithData = 0;
    const sums = { records: 0, duplicates: 0, outOfRange: 0, provisional: 0, estimated: 0 };
    index.periods.forEach((p, k) => {
      const t = s.byPeriod.get(p.label);
      if (t === undefined) return;
      if (k < due && t.records > 0) periodsWithData++;
      for (const field of Object.keys(sums) as (keyof typeof sums)[]) sums[field] += t[field];
    });
    result.push({
      kpiId: s.kpiId,
      subjectId: s.subjectId,
      expectedPeriods: due,
      periodsWithData,
      completenessPercent: due === 0 ? null : (100 * periodsWithData) / due,
      lastAt: s.lastAt,
      stale: s.lastAt === null || s.lastAt < expected.start,
      ...sums,
    });
  }
  return result;
}
