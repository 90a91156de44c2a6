import type { KpiId, ScopeNodeId } from "../../model/ids.js";
import type { Measurement } from "../../model/measurement.js";

/**
 * The records of one series: one KPI for one subject (internal to `quality/`).
 */
export interface SeriesGroup {
  /** The KPI. */
  readonly kpiId: KpiId;
  /** The subject. */
  readonly subjectId: ScopeNodeId;
  /** The records, in input order. */
  readonly records: Measurement[];
}

/**
 * Splits records into series by KPI and subject, in the order each series first appears (internal to `quality/`).
 *
 * @param records - Checked records.
 * @returns The series.
 *
 * @example
 * ```ts
 * groupSeries([{ kpiId: "k", subjectId: "a" }, { kpiId: "k", subjectId: "b" }, { kpiId: "k", subjectId: "a" }] as never)
 *   .map((g) => [g.subjectId, g.records.length]);
 * //=> [["a", 2], ["b", 1]]
 * ```
 */
export function groupSeries(records: readonly Measurement[]): SeriesGroup[] {
  const byKpi = new Map<KpiId, Map<ScopeNodeId, SeriesGroup>>();
  const groups: SeriesGroup[] = [];
  for (let i = 0; i < records.length; i++) {
    const m = records[i]!;
    let bySubject = byKpi.get(m.kpiId);
    if (bySubject === undefined) byKpi.set(m.kpiId, (bySubject = new Map()));
    const group = bySubject.get(m.subjectId);
    if (group === undefined) {
      const created: SeriesGroup = { kpiId: m.kpiId, subjectId: m.subjectId, records: [m] };
      bySubject.set(m.subjectId, created);
      groups.push(created);
    } else group.records.push(m);
  }
  return groups;
}
