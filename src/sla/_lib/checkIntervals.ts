import { KpiError } from "../../errors.js";
import { checkInterval } from "./checkInterval.js";
import type { Interval } from "../interval.js";

/**
 * Checks that every interval of a list has finite ends and does not end before it starts.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions. Empty intervals (`start === end`) are valid.
 *
 * @param intervals - The intervals to check.
 * @param where - The calling function's name.
 * @param path - The path of the list in the caller's input, e.g. `["outages"]`.
 * @throws {@link KpiError} `non_finite` (path `[...path, i, "start" | "end"]`) or `invalid_interval`
 * (path `[...path, i, "end"]`).
 *
 * @example
 * ```ts
 * checkIntervals([{ start: 0, end: 10 }], "unionIntervals", []);
 * //=> undefined (no error)
 * ```
 */
export function checkIntervals(intervals: readonly Interval[], where: string, path: readonly PropertyKey[]): void {
  if (!Array.isArray(intervals)) {
    throw new KpiError("invalid_argument", `${where}: expected an array of intervals`, { path });
  }
  for (let i = 0; i < intervals.length; i++) checkInterval(intervals[i] as Interval, where, [...path, i]);
}
