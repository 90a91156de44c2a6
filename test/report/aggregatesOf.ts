// Report aggregates made from records with the public building blocks (effectiveMeasurements, aggregateRows,
// periodOf, findOutOfRange), not with buildReport's own path: the oracle for building a report from aggregates.
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import type { Measurement } from "../../src/model/measurement.js";
import type { Workspace } from "../../src/model/workspace.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import { findOutOfRange } from "../../src/quality/findOutOfRange.js";
import type { BuildReportOptions } from "../../src/report/buildReportOptions.js";
import { planReport } from "../../src/report/planReport.js";
import type { ReportAggregates, ReportQualityTally } from "../../src/report/reportAggregates.js";
import { periodOf } from "../../src/time/periodOf.js";

export function aggregatesOf(workspace: Workspace, records: readonly Measurement[], options: BuildReportOptions, engine = "test"): ReportAggregates {
  const plan = planReport(workspace, options);
  const known = effectiveMeasurements(records, { asKnownAt: plan.asOf }).effective.filter((m) => m.at <= plan.asOf);
  const groups: ReportAggregates["groups"][number][] = [];
  const nodes = new Set(plan.subjectIds);
  for (const range of plan.series) {
    const ids = new Set(range.kpiIds);
    const rows = known.filter((m) => ids.has(m.kpiId) && m.at >= range.start && m.at < range.end && nodes.has(m.subjectId));
    const kpis = workspace.kpis.filter((k) => ids.has(k.id));
    for (const g of aggregateRows(rows, kpis, { grain: range.grain, calendar: plan.calendar, effective: false }).groups) {
      groups.push({ kpiId: g.kpiId, subjectId: g.subjectId as string, period: g.period, partial: g.partial });
    }
  }
  const subtree = new Set(plan.qualitySubjectIds);
  const outside = new Set(findOutOfRange(known, workspace.kpis).map((f) => f.id as string));
  const tallies = new Map<string, { -readonly [K in keyof ReportQualityTally]: ReportQualityTally[K] }>();
  for (const range of plan.quality) {
    const ids = new Set(range.kpiIds);
    // Records of one series and instant, for duplicates.
    const byInstant = new Map<string, Measurement[]>();
    for (const m of known) {
      if (!ids.has(m.kpiId) || !subtree.has(m.subjectId) || m.at < range.start || m.at >= range.end) continue;
      const label = periodOf(m.at, range.grain, plan.calendar).label;
      const key = `${m.kpiId}|${m.subjectId}|${label}`;
      let t = tallies.get(key);
      if (t === undefined) {
        t = { kpiId: m.kpiId, subjectId: m.subjectId, period: label, records: 0, outOfRange: 0, duplicates: 0, provisional: 0, estimated: 0 };
        tallies.set(key, t);
      }
      t.records++;
      if (m.status === "provisional") t.provisional++;
      if (m.status === "estimated") t.estimated++;
      if (outside.has(m.id)) t.outOfRange++;
      const at = `${key}|${m.at}`;
      byInstant.set(at, [...(byInstant.get(at) ?? []), m]);
    }
    for (const [key, same] of byInstant) {
      if (same.length < 2) continue;
      const t = tallies.get(key.slice(0, key.lastIndexOf("|")))!;
      t.duplicates += same.length - 1;
    }
  }
  const last = new Map<string, { kpiId: string; subjectId: string; at: number }>();
  for (const m of known) {
    const key = `${m.kpiId}|${m.subjectId}`;
    if ((last.get(key)?.at ?? -Infinity) < m.at) last.set(key, { kpiId: m.kpiId, subjectId: m.subjectId, at: m.at });
  }
  return {
    kind: "report_aggregates",
    engine,
    groups,
    quality: [...tallies.values()],
    lastInstants: [...last.values()],
    measurementCount: records.length,
    effectiveMeasurementCount: known.length,
    measurementsDigest: null,
  };
}
