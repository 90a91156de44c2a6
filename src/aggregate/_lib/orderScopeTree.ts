import { KpiError } from "../../errors.js";

/** A scope tree as the roll-ups read it: parent indices, and an order in which every child precedes its parent. */
export interface ScopeTreeOrder {
  /** Node id → index in the `scopeNodes` argument. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per node, the index of its parent, or -1 for a root. */
  readonly parent: Int32Array;
  /** Node indices, deepest first; nodes of the same depth in the order of `scopeNodes` (a stable sort). */
  readonly order: readonly number[];
  /** The number of nodes on the longest path from a node up to its root (0 for an empty tree). */
  readonly height: number;
}

/**
 * Indexes a scope tree for a roll-up and orders its nodes so that every child comes before its parent.
 *
 * @throws {@link KpiError} `invalid_argument` (path `["scopeNodes"]`) when the tree is not an array, or (path
 * `[index]`) for an entry that is not an object; `duplicate_id` (path `[index, "id"]`) for an id given twice; `unknown_reference` (path `[index, "parentId"]`) for a parent that is not in the tree;
 * `cycle` (same path) when parents loop.
 *
 * @example
 * ```ts
 * const tree = orderScopeTree([{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "x", parentId: "a" }], "demo");
 * [Array.from(tree.parent), tree.order, tree.height];
 * //=> [[-1, 0, 1], [2, 1, 0], 3]
 * ```
 */
export function orderScopeTree(
  scopeNodes: readonly { readonly id: string; readonly parentId: string | null }[],
  caller: string,
): ScopeTreeOrder {
  if (!Array.isArray(scopeNodes)) throw new KpiError("invalid_argument", `${caller}: scopeNodes must be an array of nodes`, { path: ["scopeNodes"] });
  const n = scopeNodes.length;
  const indexOf = new Map<string, number>();
  scopeNodes.forEach((node: { readonly id: string } | null, i) => {
    if (typeof node !== "object" || node === null) throw new KpiError("invalid_argument", `${caller}: scopeNodes[${i}] must be a node`, { path: [i] });
    if (indexOf.has(node.id)) throw new KpiError("duplicate_id", `${caller}: the scope node "${node.id}" is given twice`, { path: [i, "id"] });
    indexOf.set(node.id, i);
  });
  const parent = new Int32Array(n).fill(-1);
  scopeNodes.forEach((node, i) => {
    if (node.parentId === null) return;
    const p = indexOf.get(node.parentId);
    if (p === undefined) {
      throw new KpiError("unknown_reference", `${caller}: the parent of "${node.id}" is not in the tree`, { path: [i, "parentId"] });
    }
    parent[i] = p;
  });
  // Depth of every node (memoised along each walk up), then deepest first.
  const depth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let d = 0;
    let j = i;
    while (parent[j]! >= 0 && depth[j] === -1) {
      j = parent[j]!;
      if (++d > n) throw new KpiError("cycle", `${caller}: the parents of "${scopeNodes[i]!.id}" loop`, { path: [i, "parentId"] });
    }
    depth[i] = d + (depth[j] === -1 ? 0 : depth[j]!);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => depth[b]! - depth[a]!);
  return { indexOf, parent, order, height: n === 0 ? 0 : depth[order[0]!]! + 1 };
}
