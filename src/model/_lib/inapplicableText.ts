import { withArticle } from "../../internal/withArticle.js";

/**
 * The message for a KPI used on a scope node of a kind it does not apply to: the kinds it applies to, and the node
 * with its kind. Internal (the workspace checks, the record checks and the CLI's engine check say it alike).
 *
 * @param kpiId - The KPI.
 * @param kinds - The scope kinds it applies to.
 * @param nodeId - The scope node.
 * @param kind - The node's kind.
 * @returns The text.
 *
 * @example
 * ```ts
 * [inapplicableText("backlog", ["service"], "dome", "institution"), inapplicableText("staff", ["resource", "institution", "sector"], "svc", "service")];
 * //=> ['KPI "backlog" applies to service scope nodes only; "dome" is an institution scope node', 'KPI "staff" applies to resource, institution and sector scope nodes only; "svc" is a service scope node']
 * ```
 */
export function inapplicableText(kpiId: string, kinds: readonly string[], nodeId: string, kind: string): string {
  const listed = kinds.length <= 1 ? kinds.join("") : `${kinds.slice(0, -1).join(", ")} and ${kinds.at(-1)!}`;
  return `KPI "${kpiId}" applies to ${listed} scope nodes only; "${nodeId}" is ${withArticle(kind)} scope node`;
}
