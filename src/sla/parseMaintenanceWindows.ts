import { KpiError } from "../errors.js";
import { MaintenanceWindowSchema, type MaintenanceWindow } from "../model/slaTerms.js";
import { parseWith } from "../model/_lib/parseWith.js";

/**
 * Parses a list of maintenance windows: one-off windows `[start, end)` of instants, half-open like every other
 * interval (outages, periods), and weekly windows in local time.
 *
 * @remarks
 * Each window is checked by the schema of {@link SlaTerms}`.maintenance`: a `one_off` window ends after it starts; a
 * `weekly` window has an ISO weekday, a local start time `HH:MM` and a duration in minutes. One-off instants are an
 * ISO-8601 string with `Z` or an offset, epoch ms or a `Date` (see docs/conventions.md#time-and-calendars). The
 * result can be passed to {@link expandMaintenance} and the SLA measures as it is. A one-off window written with
 * the names of kpi-kit 0.1 (`from`/`to`) is refused with a message that names the new fields.
 *
 * @param input - Untrusted data: an array of maintenance windows.
 * @returns The frozen windows, in input order.
 * @throws {@link KpiError} with the path `[i, field]` of the first bad window: `invalid_input` for a malformed,
 * missing or unknown field (`from`/`to` included), `invalid_interval` for a one-off window that does not end after it
 * starts.
 *
 * @example
 * ```ts
 * parseMaintenanceWindows([{ kind: "one_off", start: "2026-03-08T02:00:00+02:00", end: "2026-03-08T04:00:00+02:00" }]);
 * //=> [{ kind: "one_off", start: 1772928000000, end: 1772935200000 }]
 * ```
 *
 * @category Sla
 */
export function parseMaintenanceWindows(input: unknown): MaintenanceWindow[] {
  if (!Array.isArray(input)) {
    throw new KpiError("invalid_input", "parseMaintenanceWindows: expected an array of maintenance windows", { path: [] });
  }
  return input.map((raw: unknown, i): MaintenanceWindow => {
    try {
      return parseWith(MaintenanceWindowSchema, raw, `parseMaintenanceWindows: [${i}]`);
    } catch (error) {
      const e = error as KpiError;
      throw new KpiError(e.code, e.message, { path: [i, ...e.path], issues: e.issues, cause: e });
    }
  });
}
