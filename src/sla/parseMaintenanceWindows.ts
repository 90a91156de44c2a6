import { KpiError } from "../errors.js";
import { MaintenanceWindowSchema, type MaintenanceWindow } from "../model/slaTerms.js";
import { parseWith } from "../model/_lib/parseWith.js";

const RENAMED: Readonly<Record<string, string>> = { from: "start", to: "end" };

/**
 * Parses a list of maintenance windows, where a one-off window may give its ends as `start`/`end` like every other
 * interval (outages, periods) or as `from`/`to` like SLA terms.
 *
 * @remarks
 * Each window is checked by the schema of {@link SlaTerms}`.maintenance`: a `one_off` window ends after it starts; a
 * `weekly` window has an ISO weekday, a local start time `HH:MM` and a duration in minutes. One-off instants are an
 * ISO-8601 string with `Z` or an offset, epoch ms or a `Date` (see docs/conventions.md#time-and-calendars). The result
 * uses the field names of {@link MaintenanceWindow} (`from`/`to`), so it can be passed to {@link expandMaintenance}
 * and the SLA measures as it is.
 *
 * @param input - Untrusted data: an array of maintenance windows.
 * @returns The frozen windows, in input order.
 * @throws {@link KpiError} with the path `[i, field]` of the first bad window, naming the field as written (`end` for
 * a window given with `start`/`end`): `invalid_input` for a malformed or unknown field or a window that gives both
 * `start`/`end` and `from`/`to`, `invalid_interval` for a one-off window that does not end after it starts.
 *
 * @example
 * ```ts
 * parseMaintenanceWindows([{ kind: "one_off", start: "2026-03-08T02:00:00+02:00", end: "2026-03-08T04:00:00+02:00" }]);
 * //=> [{ kind: "one_off", from: 1772928000000, to: 1772935200000 }]
 * ```
 *
 * @category Sla
 */
export function parseMaintenanceWindows(input: unknown): MaintenanceWindow[] {
  if (!Array.isArray(input)) {
    throw new KpiError("invalid_input", "parseMaintenanceWindows: expected an array of maintenance windows", { path: [] });
  }
  return input.map((raw: unknown, i): MaintenanceWindow => {
    const given = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : null;
    const startEnd = given !== null && given["kind"] === "one_off" && ("start" in given || "end" in given);
    if (given !== null && startEnd && ("from" in given || "to" in given)) {
      const field = "from" in given ? "from" : "to";
      throw new KpiError("invalid_input", `parseMaintenanceWindows: [${i}].${field}: give start/end or from/to, not both`, {
        path: [i, field],
      });
    }
    let window = raw;
    if (given !== null && startEnd) {
      const { start, end, ...rest } = given;
      window = { ...rest, from: start, to: end };
    }
    try {
      return parseWith(MaintenanceWindowSchema, window, `parseMaintenanceWindows: [${i}]`);
    } catch (error) {
      const e = error as KpiError;
      const [field, ...more] = e.path;
      const named = startEnd && typeof field === "string" && RENAMED[field] !== undefined ? RENAMED[field] : field;
      const path = field === undefined ? [i] : [i, named as PropertyKey, ...more];
      const message = startEnd && named !== field ? e.message.replace(`: ${String(field)}:`, `: ${String(named)}:`) : e.message;
      throw new KpiError(e.code, message, { path, issues: e.issues, cause: e });
    }
  });
}
