import { KpiError } from "../../errors.js";
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
 * (path `[...path, "start" | "end"]`) or `invalid_interval` (path `[...path, "end"]`).
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
    throw new KpiError("non_finite", `${where}: an interval start must be a finite number`, { path: [...path, "start"] });
  }
  if (typeof end !== "number" || !Number.isFinite(end)) {
    throw new KpiError("non_finite", `${where}: an interval end must be a finite number`, { path: [...path, "end"] });
  }
  if (end < start) {
    throw new KpiError("invalid_interval", `${where}: an interval ends before it starts`, { path: [...path, "end"] });
  }
}
