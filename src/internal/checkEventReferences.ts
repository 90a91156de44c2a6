import { KpiError } from "../errors.js";

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
