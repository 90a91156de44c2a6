import { scoreComposite, type CompositeItem } from "../../score/scoreComposite.js";
import { type ComposedRow } from "./composeRows.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportStatusValue } from "../reportModel.js";

/** The composite of a node's scored rows. Internal: a section builder of `buildReport`, tested through it. */
export function compositeOf(rows: readonly ComposedRow[]) {
  const items: CompositeItem[] = rows.map((r) => ({
    kpiId: r.view.kpiId,
    score: r.scorecard.attainment,
    weight: 1,
    missing: r.scorecard.gap === "no_target" || r.scorecard.gap === "no_data" ? r.scorecard.gap : undefined,
  }));
  return scoreComposite(items);
}

/** The rows of a node, or, when it has none, the rows of every node below it. */
export function rowsFor(ctx: ReportContext, rows: readonly ComposedRow[], nodeId: string): ComposedRow[] {
  const own = rows.filter((r) => r.view.scopeId === nodeId);
  if (own.length > 0) return own;
  const below = new Set<string>();
  for (const s of ctx.workspace.scopes) {
    let p: string | null = s.parentId;
    while (p !== null) {
      if (p === nodeId) {
        below.add(s.id);
        break;
      }
      p = ctx.nodeById.get(p)?.parentId ?? null;
    }
  }
  return rows.filter((r) => below.has(r.view.scopeId));
}

/** The ids of a node and every node below it. */
export function subtreeOf(ctx: ReportContext, nodeId: string): Set<string> {
  const ids = new Set<string>([nodeId]);
  for (const { node } of ctx.subtree) if (node.parentId !== null && ids.has(node.parentId)) ids.add(node.id);
  return ids;
}

/**
 * How many rows have a value but no score (their status is `no_data`, their text "not scored": conventions rule 9).
 * Internal: a section builder of `buildReport`, tested through it.
 */
export function notScoredCount(rows: readonly ComposedRow[]): number {
  return rows.filter((r) => r.scorecard.gap === "undefined_score").length;
}

/** How many of each status a list holds. Internal: a section builder of `buildReport`, tested through it. */
export function statusCounts(statuses: readonly ReportStatusValue[]): Record<ReportStatusValue, number> {
  const counts: Record<ReportStatusValue, number> = { green: 0, amber: 0, red: 0, no_data: 0, no_target: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}
