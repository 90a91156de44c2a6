import { KpiError } from "../../errors.js";
import { notEpochMs } from "../../internal/notEpochMs.js";
import type { Interval } from "../interval.js";

/**
 * Checks that one interval has finite ends and does not end before it starts.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions. An empty interval (`start === end`) is valid.
 *
 * @param interval - The interval to check.
 * @param where - The calling function's name.
 * @param path - The path of the interval in the caller's input, e.g. `["period"]`.
 * @throws {@link KpiError} `invalid_argument` (path `path`) for a non-object, `non_finite`
 * (path `[...path, "start" | "end"]`; for a string or a `Date` the message says how to convert it, and for outages
 * points to `parseOutages`) or `invalid_interval` (path `[...path, "end"]`).
 *
 * @example
 * ```ts
 * checkInterval({ start: 0, end: 10 }, "measureAvailability", ["period"]);
 * //=> undefined (no error)
 * ```
 */
export function checkInterval(interval: Interval, where: string, path: readonly PropertyKey[]): void {
  if (typeof interval !== "object" || interval === null) {
    throw new KpiError("invalid_argument", `${where}: expected an interval { start, end }`, { path });
  }
  const { start, end } = interval;
  if (typeof start !== "number" || !Number.isFinite(start)) {
    throw new KpiError("non_finite", `${where}: ${notEpochMs(start, "an interval start", path)}`, { path: [...path, "start"] });
  }
  if (typeof end !== "number" || !Number.isFinite(end)) {
    throw new KpiError("non_finite", `${where}: ${notEpochMs(end, "an interval end", path)}`, { path: [...path, "end"] });
  }
  if (end < start) {
    throw new KpiError("invalid_interval", `${where}: an interval ends before it starts`, { path: [...path, "end"] });
  }
}
