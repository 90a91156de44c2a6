import type { MeasurementBatch } from "../../model/measurementBatch.js";
import { assessBatchQuality, type BatchSeriesQuality } from "../../quality/_lib/assessBatchQuality.js";
import { type KpiSeries } from "./collectKpiSeries.js";
import { percent } from "./composeRows.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportSeriesQuality } from "./qualityOfAggregates.js";
import type { ReportQualityWarning } from "../reportModel.js";

/** The start of the data-quality section's range: the first period of the series at the report's grain. */
export function qualityStart(ctx: ReportContext, allSeries: readonly KpiSeries[]): number {
  return allSeries.find((s) => s.grain === ctx.period.grain)?.periods[0]?.start ?? ctx.period.start;
}

/** `assessDataQuality` of the records in effect in the scope's subtree, on the batch's columns. Internal to `buildReport`. */
export function batchQuality(ctx: ReportContext, batch: MeasurementBatch, known: Int32Array, allSeries: readonly KpiSeries[]): BatchSeriesQuality[] {
  const inSubtree = Uint8Array.from(batch.subjectIds, (id) => (ctx.inSubtree.has(id) ? 1 : 0));
  let n = 0;
  for (let r = 0; r < known.length; r++) n += inSubtree[batch.subject[known[r]!]!]!;
  const rows = new Int32Array(n);
  for (let r = 0, k = 0; r < known.length; r++) if (inSubtree[batch.subject[known[r]!]!] === 1) rows[k++] = known[r]!;
  return assessBatchQuality(batch, rows, ctx.workspace.kpis, { start: qualityStart(ctx, allSeries), end: ctx.period.end, asOf: ctx.asOf, calendar: ctx.calendar });
}

/** The data-quality warnings of the period's figures. Internal: a section builder of `buildReport`, tested through it. */
export function quality(ctx: ReportContext, found: readonly ReportSeriesQuality[]): ReportQualityWarning[] {
  const kpis = ctx.workspace.kpis;
  const warnings: ReportQualityWarning[] = [];
  for (const q of found) {
    const base = { kpi: ctx.kpiName(q.kpiId), subject: ctx.nodeName(q.subjectId) };
    const push = (issue: ReportQualityWarning["issue"], text: string) =>
      warnings.push({ kpiId: q.kpiId, subjectId: q.subjectId, issue, text });
    if (q.stale) push("stale", ctx.text("quality_stale", { ...base, last: q.lastAt === null ? ctx.text("no_value") : ctx.localDate(q.lastAt) }));
    if (q.completenessPercent !== null && q.completenessPercent < 100) {
      push("incomplete", ctx.text("quality_incomplete", { ...base, percent: percent(ctx, q.completenessPercent / 100) }));
    }
    if (q.provisional > 0) push("provisional", ctx.text("quality_provisional", { ...base, count: q.provisional }));
    if (q.estimated > 0) push("estimated", ctx.text("quality_estimated", { ...base, count: q.estimated }));
    // Several records of one survey at one instant are the answers, not duplicates: kpi-kit's tallies count none,
    // and a tally built elsewhere that counts them is not shown either.
    if (q.duplicates > 0 && ctx.kpiById.get(q.kpiId)?.measure.kind !== "survey") push("duplicates", ctx.text("quality_duplicates", { ...base, count: q.duplicates }));
    if (q.outOfRange > 0) push("out_of_range", ctx.text("quality_out_of_range", { ...base, count: q.outOfRange }));
  }
  const order = new Map(kpis.map((k, i) => [k.id as string, i]));
  const nodeOrder = new Map(ctx.subtree.map((s, i) => [s.node.id as string, i]));
  return warnings.sort(
    (a, b) =>
      (order.get(a.kpiId) ?? 0) - (order.get(b.kpiId) ?? 0) ||
      (nodeOrder.get(a.subjectId) ?? 0) - (nodeOrder.get(b.subjectId) ?? 0) ||
      (a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0),
  );
}
