// For the roll-up tests: a small scope tree, and the roll-up of per-subject aggregates through the object path (to
// check the whole-aggregation rollUpScopes against) — rollUpScopes per KPI and period over the groups' partials, keyed
// "kpi node period" → [partial, value].
import type { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import type { RollUpKpi } from "../../src/aggregate/rollUpKpi.js";
import { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";

/** A small scope tree for the roll-up tests: lv › riga › svc-1, svc-2; lv › cesis. */
export const tree = [
  { id: "lv", parentId: null },
  { id: "riga", parentId: "lv" },
  { id: "svc-1", parentId: "riga" },
  { id: "svc-2", parentId: "riga" },
  { id: "cesis", parentId: "lv" },
];

/** The same roll-up through the object path: `rollUpScopes` per KPI and period over the groups' partials. */
export function scopesOf(
  own: ReturnType<typeof aggregateRows>,
  nodes: readonly { id: string; parentId: string | null }[],
  kpis: readonly RollUpKpi[],
): Record<string, unknown> {
  const series = new Map<string, Map<string, (typeof own.groups)[number]["partial"]>>();
  for (const g of own.groups) {
    const key = `${g.kpiId} ${g.period}`;
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)!.set(g.subjectId!, g.partial);
  }
  const out: Record<string, unknown> = {};
  for (const [key, partials] of series) {
    const [kpiId, period] = key.split(" ") as [string, string];
    for (const s of rollUpScopes(partials, nodes, kpis.find((k) => k.id === kpiId)!)) {
      if (s.partial !== null) out[`${kpiId} ${s.nodeId} ${period}`] = [s.partial, s.value];
    }
  }
  return out;
}
