import { type ComposedRow } from "./composeRows.js";
import { type ComposedObjective } from "../composeSla.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportMover, ReportQualityWarning, ReportStatusCount, ReportSummarySection } from "../reportModel.js";
import { notScoredCount, subtreeOf, statusCounts } from "./reportRows.js";

/** The management summary section: status counts per scope, furthest off target, SLA, changes, data quality. Internal: a section builder of `buildReport`, tested through it. */
export function summary(
  ctx: ReportContext,
  rows: readonly ComposedRow[],
  objectives: readonly ComposedObjective[],
  changes: readonly ReportMover[],
  warnings: readonly ReportQualityWarning[],
  text: string,
): ReportSummarySection {
  const top = ctx.subtree.filter((s) => s.depth <= 1);
  const statusCountsOf = top.map(({ node }): ReportStatusCount => {
    const ids = subtreeOf(ctx, node.id);
    const own = rows.filter((r) => ids.has(r.view.scopeId));
    return {
      scopeId: node.id,
      scopeName: ctx.nodeName(node.id),
      counts: statusCounts(own.map((r) => r.view.status.status)),
      notScored: notScoredCount(own),
    };
  });
  // Off target: red before amber, then the lowest attainment; ties in scorecard order.
  const rank = { red: 0, amber: 1 } as const;
  const offTarget = rows
    .map((r) => r.view)
    .filter((v) => v.status.status === "red" || v.status.status === "amber")
    .map((v, i) => ({ v, i }))
    .sort(
      (a, b) =>
        rank[a.v.status.status as "red" | "amber"] - rank[b.v.status.status as "red" | "amber"] ||
        (a.v.attainment ?? 0) - (b.v.attainment ?? 0) ||
        a.i - b.i,
    )
    .slice(0, 5)
    .map(({ v }) => v);
  const shown = new Set(rows.filter((r) => r.view.value !== null).map((r) => `${r.view.kpiId}|${r.view.scopeId}`));
  return {
    kind: "summary",
    heading: ctx.text("heading_summary"),
    text,
    statusCounts: statusCountsOf,
    changes,
    slaObjectiveCount: objectives.length,
    slaAtRisk: objectives.filter((o) => o.result.met === false || (o.result.consumedFraction ?? 0) >= 0.75).map((o) => o.view),
    offTarget,
    // What makes this period's figures less certain; missing earlier periods (incomplete) weaken only the trends.
    quality: warnings.filter((w) => w.issue !== "incomplete" && shown.has(`${w.kpiId}|${w.subjectId}`)),
  };
}
