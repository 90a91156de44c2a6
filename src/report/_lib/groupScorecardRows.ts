import type { ReportScorecardRow } from "../reportModel.js";

/** Scorecard rows of one scope node. */
export interface ScorecardGroup {
  readonly scopeId: string;
  readonly scopeName: string;
  readonly depth: number;
  readonly rows: readonly ReportScorecardRow[];
}

/**
 * Groups scorecard rows by scope node (in scorecard order), with the rows that have no target taken out into one
 * group of their own, so a reader sees the scored KPIs first and each node's name once (internal: shared by the
 * renderers).
 *
 * @example
 * ```ts
 * groupScorecardRows(rows).noTarget.map((r) => r.scopeId);
 * //=> ["office"]
 * ```
 *
 * @param rows - The scorecard rows, node by node.
 * @returns The groups of scored rows (nodes with none left out) and the rows without a target.
 */
export function groupScorecardRows(rows: readonly ReportScorecardRow[]): { scopes: ScorecardGroup[]; noTarget: ReportScorecardRow[] } {
  const scopes: { scopeId: string; scopeName: string; depth: number; rows: ReportScorecardRow[] }[] = [];
  const noTarget: ReportScorecardRow[] = [];
  for (const r of rows) {
    if (r.status.status === "no_target") {
      noTarget.push(r);
      continue;
    }
    const last = scopes[scopes.length - 1];
    if (last !== undefined && last.scopeId === r.scopeId) last.rows.push(r);
    else scopes.push({ scopeId: r.scopeId, scopeName: r.scopeName, depth: r.depth, rows: [r] });
  }
  return { scopes, noTarget };
}
