import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { ScopeNode } from "../model/scopeTree.js";
import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { describeValue } from "../internal/describeValue.js";
import { checkAggregationKpi } from "./_lib/checkAggregationKpi.js";
import { checkRollUpRule } from "./_lib/checkRollUpRule.js";
import { finalizePartial } from "./finalizePartial.js";
import { mergePartials } from "./mergePartials.js";
import { orderScopeTree } from "./_lib/orderScopeTree.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { PeriodAggregates } from "./periodAggregates.js";
import type { RollUpKpi } from "./rollUpKpi.js";
import { rollUpColumns } from "./_lib/rollUpColumns.js";

/** The rolled-up value of one scope node, as {@link rollUpScopes} returns it. @category Aggregate */
export interface ScopeValue {
  /** The scope node's id. */
  readonly nodeId: string;
  /** The node's value by the KPI's roll-up rule, `null` when there is no data below it (or, for `none`, on it). */
  readonly value: number | null;
  /** The merged partial of the node and everything below it (`none`: the node's own), `null` with no data. */
  readonly partial: PartialAggregate | null;
}

/** What the roll-up of one KPI's partials reads of the KPI (spelled out in the public signature, for the API docs). */
type ScopeKpi = Pick<KpiDefinition, "rollUp" | "aggregation" | "measure"> & { readonly quantile?: number | undefined };

/** The scope tree as both forms read it (spelled out in the public signatures, for the API docs). */
type ScopeTree = readonly { readonly id: ScopeNode["id"] | string; readonly parentId: ScopeNode["parentId"] | string }[];

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
 * **A whole aggregation at once.** Given a `PeriodAggregates` result (of `aggregateRows`, `aggregateColumns`…) whose
 * subjects are nodes of the tree, and its KPIs each with a `rollUp` rule, `rollUpScopes` rolls up every KPI and
 * period together, column by column, and returns a `PeriodAggregates` again: one group per KPI, node and period with
 * data at or below the node — the same partials and values as this function gives per KPI and period, to the last
 * bit, without an object per group (the way for many groups). Its `subjectIds` are the nodes' ids in the order of
 * `scopeNodes`, its groups ordered by KPI, node id and period; exact quantile values are pooled per node.
 *
 * @param partialsByNode - Each node's own partial for one KPI and period (nodes without records may be absent).
 * @param scopeNodes - The scope tree (a parsed tree: one root, no cycles).
 * @param kpi - The KPI (`rollUp`, `aggregation`, `measure`, `quantile`).
 * @returns One {@link ScopeValue} per node, in the order of `scopeNodes`.
 * @throws {@link KpiError} `unknown_reference` (path `["partialsByNode", id]`) for a partial of a node not in the
 * tree, or (path `[index, "parentId"]`) for a parent that is not in the tree; `cycle` (path `[index, "parentId"]`)
 * when parents loop; `duplicate_id` (path `[index, "id"]`) for a node id given twice; `invalid_argument` (path
 * `["scopeNodes"]`) when the tree is not an array, (path `[index]`) for a node that is not an object, (path `["kpi"]`)
 * for a `kpi` that is not an object, (path `["kpi", "rollUp"]`) for a roll-up rule that is not one of the rules, (path
 * `["kpi", "measure"]`, `["kpi", "measure", "kind"]`, `["kpi", "aggregation"]`, `["kpi", "quantile"]`) for a measure,
 * aggregation or quantile that an aggregation cannot read, and (path `["partialsByNode"]`, or `["aggregates"]` when
 * the third argument is a list) when the first argument is neither a `Map` nor a `PeriodAggregates`. For a whole
 * aggregation also `invalid_argument` (path `["kpis"]`, `["kpis", index]` or `["kpis", index, "id" | "rollUp" | "aggregation" | …]`) when
 * `kpis` is not the aggregation's list, an entry is not a KPI or a rule is unknown, or (path `["aggregates"]`) when subjects were pooled; `unknown_reference` (path
 * `["aggregates", "columns", "subjectIds", index]`) for a subject that is not a node; `overflow` when a merged sum
 * leaves the range of a double; `input_too_large` (path `["aggregates"]`) when the nodes would pool more than
 * 2³¹ − 1 exact values in all.
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
 *
 * // A whole aggregation: every KPI, node and period.
 * const ok = { id: "ok", ...kpi };
 * const byService = aggregateRows(
 *   [
 *     { kpiId: "ok", subjectId: "a", at: "2026-01-05T10:00:00Z", numerator: 1, denominator: 2 },
 *     { kpiId: "ok", subjectId: "b", at: "2026-01-06T10:00:00Z", numerator: 99, denominator: 100 },
 *   ],
 *   [ok],
 *   { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } },
 * );
 * rollUpScopes(byService, nodes, [ok]).groups.map((g) => `${g.subjectId} ${g.period} ${g.value?.toFixed(2)}`);
 * //=> ["a 2026-01 50.00", "b 2026-01 99.00", "lv 2026-01 98.04"]
 * ```
 *
 * @category Aggregate
 */
export function rollUpScopes(
  partialsByNode: ReadonlyMap<string, PartialAggregate>,
  scopeNodes: readonly { readonly id: ScopeNode["id"] | string; readonly parentId: ScopeNode["parentId"] | string }[],
  kpi: Pick<KpiDefinition, "rollUp" | "aggregation" | "measure"> & { readonly quantile?: number | undefined },
): ScopeValue[];
/**
 * Rolls a whole aggregation result up the scope tree: every KPI, node and period at once, column by column (see the
 * first form, whose numbers these are).
 *
 * @param aggregates - Per-subject groups (`aggregateRows`, `aggregateColumns`…) whose subject ids are node ids.
 * @param scopeNodes - The scope tree (one or more roots, no cycles, unique ids).
 * @param kpis - The KPIs the aggregates were built from, in the same order, each with its `rollUp` rule.
 * @returns One group per KPI, node and period with data at or below the node, ordered by KPI, node id and period;
 * `columns.subjectIds` are the nodes' ids in the order of `scopeNodes`.
 */
export function rollUpScopes(
  aggregates: PeriodAggregates,
  scopeNodes: readonly { readonly id: ScopeNode["id"] | string; readonly parentId: ScopeNode["parentId"] | string }[],
  kpis: readonly RollUpKpi[],
): PeriodAggregates;
export function rollUpScopes(
  own: ReadonlyMap<string, PartialAggregate> | PeriodAggregates,
  scopeNodes: ScopeTree,
  kpiOrKpis: ScopeKpi | readonly RollUpKpi[],
): ScopeValue[] | PeriodAggregates {
  if (!(own instanceof Map)) {
    if (typeof own === "object" && own !== null && !Array.isArray(own) && "columns" in own) {
      return rollUpColumns(own as PeriodAggregates, scopeNodes, kpiOrKpis as readonly RollUpKpi[]);
    }
    // Neither form: the path names the argument of the form the third argument suggests.
    throw new KpiError(
      "invalid_argument",
      `rollUpScopes: the first argument must be a Map of each node's partial (partialsByNode) or a PeriodAggregates result (aggregates), not ${describeValue(own)}`,
      { path: [Array.isArray(kpiOrKpis) ? "aggregates" : "partialsByNode"] },
    );
  }
  const partialsByNode = own as ReadonlyMap<string, PartialAggregate>;
  if (Array.isArray(kpiOrKpis)) {
    throw new KpiError("invalid_argument", "rollUpScopes: with partials by node, pass one KPI, not a list", { path: ["kpi"] });
  }
  if (typeof kpiOrKpis !== "object" || kpiOrKpis === null) {
    throw new KpiError("invalid_argument", `rollUpScopes: kpi must be a KPI ({ measure, aggregation, rollUp }), not ${describeValue(kpiOrKpis)}`, { path: ["kpi"] });
  }
  const kpi = kpiOrKpis as ScopeKpi;
  checkRollUpRule(kpi.rollUp, "rollUpScopes", "kpi.rollUp", ["kpi", "rollUp"]);
  checkAggregationKpi(kpi, "rollUpScopes", ["kpi"]);
  const { indexOf, parent, order } = orderScopeTree(scopeNodes, "rollUpScopes");
  const n = scopeNodes.length;
  for (const id of partialsByNode.keys()) {
    if (!indexOf.has(id)) {
      throw new KpiError("unknown_reference", `rollUpScopes: partialsByNode has "${id}", which is not in the scope tree`, {
        path: ["partialsByNode", id],
      });
    }
  }
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
