import { KpiError } from "../errors.js";
import { requireArray } from "./requireArray.js";
import { requireObject } from "./requireObject.js";

/**
 * Refuses repeated ids and (with a workspace) a `serviceId` that is not a scope node; shared by the event parsers.
 */
export function checkEventReferences(
  events: readonly { readonly id?: string | undefined; readonly serviceId?: string | undefined }[],
  where: string,
  noun: string,
  workspace: { readonly scopes: readonly { readonly id: string }[] } | undefined,
): void {
  const seen = new Set<string>();
  const scopes = workspace === undefined ? undefined : new Set(workspace.scopes.map((s) => s.id));
  events.forEach((e, i) => {
    if (e.id !== undefined) {
      if (seen.has(e.id)) {
        throw new KpiError("duplicate_id", `${where}: [${i}].id: ${noun} id "${e.id}" is used twice`, { path: [i, "id"] });
      }
      seen.add(e.id);
    }
    if (scopes !== undefined && e.serviceId !== undefined && !scopes.has(e.serviceId)) {
      const named = e.id === undefined ? "" : ` (${noun} "${e.id}")`;
      throw new KpiError("unknown_reference", `${where}: [${i}].serviceId${named}: "${e.serviceId}" is not a scope node of the workspace`, {
        path: [i, "serviceId"],
      });
    }
  });
}

/**
 * Refuses a workspace that cannot be read for its scope ids (a call from JavaScript): not an object, `scopes` not an
 * array, a scope that is not an object. The event parsers call it before they parse their input.
 *
 * @throws {@link KpiError} `invalid_argument`, path `["workspace"]`, `["workspace", "scopes"]` or
 * `["workspace", "scopes", i]`.
 *
 * @example
 * ```ts
 * try {
 *   checkEventWorkspace({ scopes: [null] }, "parseOutages");
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> "parseOutages: workspace.scopes[0] must be an object, not null"
 * }
 * ```
 */
export function checkEventWorkspace(workspace: unknown, where: string): void {
  requireObject(workspace, where, "workspace", ["workspace"]);
  const scopes: unknown = (workspace as { scopes?: unknown }).scopes;
  requireArray(scopes, where, "workspace.scopes", ["workspace", "scopes"]);
  for (let i = 0; i < scopes.length; i++) {
    const scope: unknown = scopes[i];
    if (typeof scope !== "object" || scope === null) requireObject(scope, where, `workspace.scopes[${i}]`, ["workspace", "scopes", i]);
  }
}
