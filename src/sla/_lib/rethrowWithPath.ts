import { isKpiError, KpiError } from "../../errors.js";

/**
 * Re-throws an error from a lower-level function with its path rewritten into the caller's input, and the caller's
 * name in front of the message in place of the inner function's; any other error is re-thrown as it is.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions: e.g. `["windows", 2, "to"]` from `expandMaintenance` becomes
 * `["options", "maintenance", 2, "to"]` for `measureAvailability`.
 *
 * @param error - The caught error.
 * @param where - The caller's name.
 * @param mapPath - Rewrites the inner path.
 * @returns Never.
 * @throws The rewritten {@link KpiError}, or `error` itself.
 *
 * @example
 * ```ts
 * try { rethrowWithPath(new KpiError("empty_calendar", "x", { path: ["businessHours"] }), "f", (p) => ["serviceHours", ...p]); }
 * catch (e) { (e as KpiError).path; }
 * //=> ["serviceHours", "businessHours"]
 * ```
 */
export function rethrowWithPath(
  error: unknown,
  where: string,
  mapPath: (path: readonly PropertyKey[]) => readonly PropertyKey[],
): never {
  if (!isKpiError(error)) throw error;
  // The inner function's name gives way to the outer one's: the caller called `where`.
  throw new KpiError(error.code, `${where}: ${error.message.replace(/^[a-z][A-Za-z]*: /, "")}`, {
    path: mapPath(error.path),
    issues: error.issues,
    cause: error,
  });
}
