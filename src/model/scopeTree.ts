import { z } from "zod";
import { ScopeNodeIdSchema, type ScopeNodeId } from "./ids.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { SCOPE_KIND_DEPTH, ScopeKindSchema } from "./scopeKind.js";
import { parseWith } from "./_lib/parseWith.js";
import { withArticle } from "../internal/withArticle.js";

/** Schema of a {@link LifecyclePhase}. @category Model */
export const LifecyclePhaseSchema = z.enum([
  "planning",
  "creation_or_acquisition",
  "introduction",
  "delivery_or_use",
  "maintenance_and_improvement",
  "decommissioning",
]);
/**
 * The life-cycle phase of a service or resource: planning, creation or acquisition, introduction, delivery or use,
 * maintenance and improvement, decommissioning.
 *
 * @category Model
 */
export type LifecyclePhase = z.output<typeof LifecyclePhaseSchema>;

/** Schema of a {@link ScopeNode}. @category Model */
export const ScopeNodeSchema = z
  .object({
    id: ScopeNodeIdSchema,
    kind: ScopeKindSchema,
    name: LocalizedTextSchema,
    parentId: ScopeNodeIdSchema.nullable(),
    lifecyclePhase: LifecyclePhaseSchema.optional(),
    /** For services: the life situations (e.g. "birth of a child", "moving house") the service belongs to. */
    lifeSituations: z.array(z.string().min(1).max(200)).readonly().optional(),
    /** For services: the resources the service uses (many-to-many). */
    resourceIds: z.array(ScopeNodeIdSchema).readonly().optional(),
  })
  .strict()
  .readonly()
  .superRefine((n, ctx) => {
    if (n.kind !== "service" && n.lifeSituations !== undefined) {
      ctx.addIssue({ code: "custom", message: "only a service has life situations", path: ["lifeSituations"] });
    }
    if (n.kind !== "service" && n.resourceIds !== undefined) {
      ctx.addIssue({ code: "custom", message: "only a service links to resources", path: ["resourceIds"] });
    }
    if (n.lifecyclePhase !== undefined && n.kind !== "service" && n.kind !== "resource") {
      ctx.addIssue({ code: "custom", message: "only services and resources have a life-cycle phase", path: ["lifecyclePhase"] });
    }
  });
/**
 * One node of the scope tree: a national, sector, municipality, institution, service or resource scope.
 *
 * @category Model
 */
export interface ScopeNode extends z.output<typeof ScopeNodeSchema> {}

/**
 * Checks the structure of a list of scope nodes and reports the first problem as a zod issue.
 * Shared by {@link ScopeTreeSchema} and the workspace schema.
 */
function checkTree(nodes: readonly ScopeNode[], ctx: z.RefinementCtx, at: readonly PropertyKey[]): void {
  const byId = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (byId.has(n.id)) {
      ctx.addIssue({ code: "custom", message: `scope id "${n.id}" is used twice`, path: [...at, i, "id"], params: { code: "duplicate_id" } });
    } else byId.set(n.id, i);
  });
  // Cycles first: a node that is its own ancestor would otherwise be reported as a kind below its own kind.
  const state = new Uint8Array(nodes.length); // 0 unknown, 1 done, 2 on the current walk
  for (let start = 0; start < nodes.length; start++) {
    const chain: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 2;
      chain.push(i);
      const parentId: ScopeNodeId | null | undefined = nodes[i]?.parentId;
      i = parentId === null || parentId === undefined ? undefined : byId.get(parentId);
    }
    if (i !== undefined && state[i] === 2) {
      const loop = chain.slice(chain.indexOf(i));
      const first = Math.min(...loop);
      // Name the loop from its first node in input order, child before parent: "a" → "b" → "a".
      const from = loop.indexOf(first);
      const names = [...loop.slice(from), ...loop.slice(0, from), first].map((k) => `"${nodes[k]?.id}"`);
      ctx.addIssue({
        code: "custom",
        message: `the scope tree has a cycle: ${names.join(" → ")} (each the parent of the one before)`,
        path: [...at, first, "parentId"],
        params: { code: "cycle" },
      });
      return;
    }
    for (const c of chain) state[c] = 1;
  }
  const roots = nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.parentId === null);
  if (nodes.length > 0 && roots.length !== 1) {
    const where = roots[1]?.i ?? 0;
    ctx.addIssue({
      code: "custom",
      message: roots.length === 0 ? "the scope tree has no root (a node with parentId null)" : "the scope tree has more than one root",
      path: [...at, where, "parentId"],
    });
    return;
  }
  nodes.forEach((n, i) => {
    if (n.parentId === null) return;
    const p = byId.get(n.parentId);
    if (p === undefined) {
      ctx.addIssue({ code: "custom", message: `parent "${n.parentId}" does not exist`, path: [...at, i, "parentId"], params: { code: "unknown_reference" } });
      return;
    }
    const parent = nodes[p];
    if (parent !== undefined && SCOPE_KIND_DEPTH[n.kind] <= SCOPE_KIND_DEPTH[parent.kind]) {
      ctx.addIssue({
        code: "custom",
        message: `${withArticle(n.kind)} cannot sit below ${withArticle(parent.kind)}`,
        path: [...at, i, "parentId"],
      });
    }
    if (n.resourceIds !== undefined) {
      n.resourceIds.forEach((r, k) => {
        const ri = byId.get(r);
        const resource = ri === undefined ? undefined : nodes[ri];
        if (resource === undefined) {
          ctx.addIssue({ code: "custom", message: `resource "${r}" does not exist`, path: [...at, i, "resourceIds", k], params: { code: "unknown_reference" } });
        } else if (resource.kind !== "resource") {
          ctx.addIssue({ code: "custom", message: `"${r}" is a ${resource.kind}, not a resource`, path: [...at, i, "resourceIds", k] });
        }
      });
    }
  });
}

/** Schema of a {@link ScopeTree}. @category Model */
export const ScopeTreeSchema = z
  .array(ScopeNodeSchema)
  .readonly()
  .superRefine((nodes, ctx) => checkTree(nodes, ctx, []));

/**
 * The scope tree as a flat list of nodes: one root, no cycles, each kind below its parent's kind
 * (national › sector | municipality › institution › service › resource; levels may be skipped).
 *
 * @category Model
 */
export type ScopeTree = readonly ScopeNode[];

/** @internal Used by the workspace schema to run the same checks on its `scopes` field. */
export { checkTree as checkScopeTree };

/**
 * Parses and validates a scope tree given as a flat list of nodes.
 *
 * @param input - Untrusted data: an array of nodes.
 * @returns The frozen list of {@link ScopeNode}s.
 * @throws {@link KpiError} `invalid_input` for a malformed node, more than one root or a kind above its parent's,
 * `duplicate_id`, `unknown_reference` for a parent or resource that does not exist, `cycle` for a node that is its own
 * ancestor (checked before the root count and the kind order; the message names every node of the loop, the path is
 * the `parentId` of its first node in input order) — each with the path of the offending field.
 *
 * @example
 * ```ts
 * parseScopeTree([
 *   { id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null },
 *   { id: "riga", kind: "municipality", name: { lv: "Rīga", en: "Riga" }, parentId: "lv" },
 * ]).length;
 * //=> 2
 * ```
 *
 * @category Model
 */
export function parseScopeTree(input: unknown): ScopeTree {
  return parseWith(ScopeTreeSchema, input, "parseScopeTree");
}
