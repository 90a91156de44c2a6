import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { ScopeNode } from "../model/scopeTree.js";
import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { finalizePartial } from "./finalizePartial.js";
import { mergePartials } from "./mergePartials.js";
import type { PartialAggregate } from "./partialAggregate.js";

/** The rolled-up value of one scope node, as {@link rollUpScopes} returns it. @category Aggregate */
export interface ScopeValue {
  /** The scope node's id. */
  readonly nodeId: string;
  /** The node's value by the KPI's roll-up rule, `null` when there is no data below it (or, for `none`, on it). */
  readonly value: number | null;
  /** The merged partial of the node and everything below it (`none`: the node's own), `null` with no data. */
  readonly partial: PartialAggregate | null;
}

/**
 * Rolls a KPI's partials up the scope tree by its roll-up rule and returns the value of every node.
 *
 * @remarks
 * docs/conventions.md#aggregation: roll-ups are recomputed from additive components. `sum`, `ratio_of_sums`, `weighted_mean`, `last`
 * and `recompute` merge the partials of a node's own records and of every node below it, then read the value with
 * the KPI's aggregation — so a parent's ratio is Σ numerators / Σ denominators (never a mean of children's ratios)
 * and a parent's percentile is computed from the pooled raw values. `min` and `max` take the smallest or largest of
 * the node's own value and its children's rolled-up values (e.g. the worst service). `sum` of a stock — a KPI
 * aggregated over time by `first` or `last`, such as open cases at month end — adds the node's own period value and
 * its children's rolled-up values (each service's period-end count, summed), not the last value of the pooled
 * records; its `partial` is still the merged partial. `none` gives each node only its
 * own value. A node with no data below it gets `null`.
 *
 * @param partialsByNode - Each node's own partial for one KPI and period (nodes without records may be absent).
 * @param scopeNodes - The scope tree (a parsed tree: one root, no cycles).
 * @param kpi - The KPI (`rollUp`, `aggregation`, `measure`, `quantile`).
 * @returns One {@link ScopeValue} per node, in the order of `scopeNodes`.
 * @throws {@link KpiError} `unknown_reference` (path `["partialsByNode", id]`) for a partial of a node not in the
 * tree, or (path `[index, "parentId"]`) for a parent that is not in the tree; `cycle` (path `[index, "parentId"]`)
 * when parents loop.
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums" } as const;
 * const nodes = [{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "b", parentId: "lv" }];
 * const own = new Map([
 *   ["a", accumulate([{ at: 0, numerator: 1, denominator: 2 }], kpi)],
 *   ["b", accumulate([{ at: 0, numerator: 99, denominator: 100 }], kpi)],
 * ]);
 * rollUpScopes(own, nodes, kpi).map((s) => [s.nodeId, s.value?.toFixed(2)]);
 * //=> [["lv", "98.04"], ["a", "50.00"], ["b", "99.00"]]
 * ```
 *
 * @category Aggregate
 */
export function rollUpScopes(
  partialsByNode: ReadonlyMap<string, PartialAggregate>,
  scopeNodes: readonly { readonly id: ScopeNode["id"] | string; readonly parentId: ScopeNode["parentId"] | string }[],
  kpi: Pick<KpiDefinition, "rollUp" | "aggregation" | "measure"> & { readonly quantile?: number | undefined },
): ScopeValue[] {
  const n = scopeNodes.length;
  const indexOf = new Map<string, number>();
  scopeNodes.forEach((node, i) => indexOf.set(node.id, i));
  for (const id of partialsByNode.keys()) {
    if (!indexOf.has(id)) {
      throw new KpiError("unknown_reference", `rollUpScopes: partialsByNode has "${id}", which is not in the scope tree`, {
        path: ["partialsByNode", id],
      });
    }
  }
  const parent = new Int32Array(n).fill(-1);
  scopeNodes.forEach((node, i) => {
    if (node.parentId === null) return;
    const p = indexOf.get(node.parentId);
    if (p === undefined) {
      throw new KpiError("unknown_reference", `rollUpScopes: the parent of "${node.id}" is not in the tree`, { path: [i, "parentId"] });
    }
    parent[i] = p;
  });
  // Order nodes so that every child comes before its parent (depth, deepest first).
  const depth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let d = 0;
    let j = i;
    while (parent[j]! >= 0 && depth[j] === -1) {
      j = parent[j]!;
      if (++d > n) throw new KpiError("cycle", `rollUpScopes: the parents of "${scopeNodes[i]!.id}" loop`, { path: [i, "parentId"] });
    }
    depth[i] = d + (depth[j] === -1 ? 0 : depth[j]!);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => depth[b]! - depth[a]!);
  const rule = kpi.rollUp;
  const merged: (PartialAggregate | null)[] = scopeNodes.map((node) => partialsByNode.get(node.id) ?? null);
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  switch (rule) {
    case "none":
      for (let i = 0; i < n; i++) values[i] = merged[i] === null ? null : finalizePartial(merged[i]!, kpi);
      break;
    case "sum":
    case "ratio_of_sums":
    case "weighted_mean":
    case "last":
    case "recompute":
    case "min":
    case "max": {
      // min, max and the sum of a stock (a KPI aggregated over time by first or last) combine the nodes' own
      // values; the other rules merge partials and read the merged partial.
      const stockSum = rule === "sum" && (kpi.aggregation === "first" || kpi.aggregation === "last");
      const byValue = rule === "min" || rule === "max" || stockSum;
      const own = merged.map((p) => (p === null ? null : finalizePartial(p, kpi)));
      const combined: (number | null)[] = [...own];
      for (const i of order) {
        const p = parent[i]!;
        if (p >= 0) {
          const child = merged[i];
          if (child !== null && child !== undefined) merged[p] = merged[p] === null ? child : mergePartials(merged[p]!, child);
          const v = combined[i];
          if (v !== null && v !== undefined) {
            const cur = combined[p];
            combined[p] =
              cur === null || cur === undefined ? v : rule === "min" ? Math.min(cur, v) : rule === "max" ? Math.max(cur, v) : cur + v;
          }
        }
      }
      for (let i = 0; i < n; i++) {
        values[i] = byValue ? combined[i]! : merged[i] === null ? null : finalizePartial(merged[i]!, kpi);
      }
      break;
    }
    default:
      return assertNever(rule, "rollUpScopes");
  }
  return scopeNodes.map((node, i) => ({ nodeId: node.id, value: values[i] ?? null, partial: merged[i] ?? null }));
}
