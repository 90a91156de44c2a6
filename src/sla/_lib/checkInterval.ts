import { KpiError } from "../../errors.js";
import { describeValue, showValue } from "../../internal/describeValue.js";
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
    throw new KpiError("non_finite", `${where}: ${notEpochMs(start, "start", path)}`, { path: [...path, "start"] });
  }
  if (typeof end !== "number" || !Number.isFinite(end)) {
    throw new KpiError("non_finite", `${where}: ${notEpochMs(end, "end", path)}`, { path: [...path, "end"] });
  }
  if (end < start) {
    throw new KpiError("invalid_interval", `${where}: an interval ends before it starts`, { path: [...path, "end"] });
  }
}

// What is wrong with an interval's end, and what to do: instants are epoch ms, so ISO-8601 text or a Date needs
// converting first (outages read from JSON, by parseOutages).
function notEpochMs(value: unknown, which: "start" | "end", path: readonly PropertyKey[]): string {
  const must = `an interval ${which} must be a finite number of epoch ms`;
  if (typeof value === "string") {
    const what = path.includes("outages")
      ? "read outages written with ISO-8601 text through parseOutages, or convert each instant with toEpochMs"
      : "convert ISO-8601 text with toEpochMs";
    return `${must}, not the string ${showValue(value)}: ${what}`;
  }
  if (value instanceof Date) return `${must}, not a Date: convert it with getTime()`;
  return `${must}, not ${typeof value === "number" ? String(value) : describeValue(value)}`;
}
