import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import type { RagStatus } from "./ragStatus.js";

/** How many KPIs have each status. @category Score */
export interface StatusCounts {
  /** KPIs on or above target. */
  readonly green: number;
  /** KPIs near target. */
  readonly amber: number;
  /** KPIs off target. */
  readonly red: number;
  /** KPIs without a score (no data, no target or an undefined score). */
  readonly no_data: number;
}

/** The status counts of one scope node, as returned by {@link countStatuses}. @category Score */
export interface NodeStatusCounts {
  /** The node's own KPIs. */
  readonly own: StatusCounts;
  /** The node's own KPIs and those of all its descendants. */
  readonly total: StatusCounts;
}

/**
 * Returns, for every node of the scope tree, how many of its KPIs are green, amber, red or without data — its own
 * and rolled up over all its descendants.
 *
 * @remarks
 * Each node's `total` is its `own` counts plus the `total` of each child, so the root's total counts every status
 * given. Nodes without statuses count zeros. Runs in `O(n log n + s)` for `n` nodes and `s` statuses. The result
 * has an entry for every node, keyed by id.
 *
 * @param scopeNodes - The scope tree as a flat list of `{ id, parentId }` (a `ScopeTree` fits).
 * @param statuses - The statuses of each node's KPIs, keyed by scope id (e.g. from `buildScorecard` rows).
 * @returns The counts per scope id.
 * @throws {@link KpiError} `duplicate_id` (path `["scopeNodes", i, "id"]`); `unknown_reference` (path
 * `["scopeNodes", i, "parentId"]`) for a missing parent, or (path `["statuses", id]`) for statuses of a node not in
 * the tree; `cycle` (path `["scopeNodes", i, "parentId"]`); `invalid_argument` (path `["statuses", id, k]`) for a
 * value that is not a status, or for missing or wrong-shaped arguments: `scopeNodes` not an array (path
 * `["scopeNodes"]`), a node that is not an object (path `["scopeNodes", i]`), `statuses` not an object (path
 * `["statuses"]`), a node's statuses that are not an array (path `["statuses", id]`).
 *
 * @example
 * ```ts
 * const nodes = [{ id: "lv", parentId: null }, { id: "riga", parentId: "lv" }, { id: "cesis", parentId: "lv" }];
 * const counts = countStatuses(nodes, { lv: ["green"], riga: ["green", "red"], cesis: ["amber", "no_data"] });
 * [counts["riga"]?.own, counts["lv"]?.total];
 * //=> [{ green: 1, amber: 0, red: 1, no_data: 0 }, { green: 2, amber: 1, red: 1, no_data: 1 }]
 * ```
 *
 * @category Score
 */
export function countStatuses(
  scopeNodes: readonly { readonly id: string; readonly parentId: string | null }[],
  statuses: Readonly<Record<string, readonly RagStatus[]>>,
): Record<string, NodeStatusCounts> {
  requireArray(scopeNodes, "countStatuses", "scopeNodes", ["scopeNodes"]);
  requireObject(statuses, "countStatuses", "statuses", ["statuses"]);
  const n = scopeNodes.length;
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const node: unknown = scopeNodes[i];
    if (typeof node !== "object" || node === null) requireObject(node, "countStatuses", `scopeNodes[${i}]`, ["scopeNodes", i]);
    const id = (node as { readonly id: string }).id;
    if (indexById.has(id)) {
      throw new KpiError("duplicate_id", `countStatuses: scope id "${id}" is used twice`, { path: ["scopeNodes", i, "id"] });
    }
    indexById.set(id, i);
  }
  const parentOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const parentId = (scopeNodes[i] as { readonly parentId: string | null }).parentId;
    if (parentId === null) continue;
    const p = indexById.get(parentId);
    if (p === undefined) {
      throw new KpiError("unknown_reference", `countStatuses: parent "${parentId}" does not exist`, {
        path: ["scopeNodes", i, "parentId"],
      });
    }
    parentOf[i] = p;
  }
  // Depth of every node (root 0), with cycle detection: -1 unknown, -2 on the current chain.
  const depth = new Int32Array(n).fill(-1);
  for (let start = 0; start < n; start++) {
    const chain: number[] = [];
    let i = start;
    while (i !== -1 && depth[i] === -1) {
      depth[i] = -2;
      chain.push(i);
      i = parentOf[i] as number;
    }
    if (i !== -1 && depth[i] === -2) {
      throw new KpiError("cycle", "countStatuses: the scope tree's parent chain loops", {
        path: ["scopeNodes", i, "parentId"],
      });
    }
    let d = i === -1 ? -1 : (depth[i] as number);
    for (let k = chain.length - 1; k >= 0; k--) depth[chain[k] as number] = ++d;
  }

  // Counts in a flat typed array: node i has green, amber, red, no_data at 4i … 4i+3.
  const own = new Float64Array(4 * n);
  for (const id of Object.keys(statuses)) {
    const i = indexById.get(id);
    if (i === undefined) {
      throw new KpiError("unknown_reference", `countStatuses: scope node "${id}" is not in the scope tree`, {
        path: ["statuses", id],
      });
    }
    const list = statuses[id] as readonly RagStatus[];
    if (!Array.isArray(list)) requireArray(list, "countStatuses", `statuses[${JSON.stringify(id)}]`, ["statuses", id]);
    for (let k = 0; k < list.length; k++) {
      const status: unknown = list[k];
      const slot = typeof status === "string" && Object.hasOwn(SLOT, status) ? SLOT[status] : undefined;
      if (slot === undefined) {
        throw new KpiError("invalid_argument", `countStatuses: ${JSON.stringify(list[k])} is not a status`, {
          path: ["statuses", id, k],
        });
      }
      own[4 * i + slot] = (own[4 * i + slot] as number) + 1;
    }
  }
  const total = own.slice();
  const deepestFirst = Array.from({ length: n }, (_, i) => i).sort((a, b) => (depth[b] as number) - (depth[a] as number));
  for (const i of deepestFirst) {
    const p = parentOf[i] as number;
    if (p === -1) continue;
    for (let s = 0; s < 4; s++) total[4 * p + s] = (total[4 * p + s] as number) + (total[4 * i + s] as number);
  }
  const counts = (arr: Float64Array, i: number): StatusCounts => ({
    green: arr[4 * i] as number,
    amber: arr[4 * i + 1] as number,
    red: arr[4 * i + 2] as number,
    no_data: arr[4 * i + 3] as number,
  });
  return Object.fromEntries(
    scopeNodes.map((node, i) => [node.id, { own: counts(own, i), total: counts(total, i) }] as const),
  );
}

const SLOT: Readonly<Record<string, number>> = { green: 0, amber: 1, red: 2, no_data: 3 };
