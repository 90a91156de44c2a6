import { checkIntervals } from "./_lib/checkIntervals.js";
import type { Interval } from "./interval.js";
import { normalizeIntervals } from "./_lib/normalizeIntervals.js";
import { subtractNormalized } from "./_lib/subtractNormalized.js";

/**
 * Returns the instants of the first set of intervals that are not in the second, as sorted, disjoint intervals.
 *
 * @remarks
 * Used to remove maintenance from a period (docs/conventions.md#sla-and-slo). Each side is merged into its union first.
 *
 * @param a - The intervals to cut from, in any order.
 * @param b - The intervals to remove.
 * @returns `a \ b`, oldest first.
 * @throws {@link KpiError} `non_finite` or `invalid_interval` with path `["a" | "b", i, "start" | "end"]`.
 *
 * @example
 * ```ts
 * subtractIntervals([{ start: 0, end: 100 }], [{ start: 10, end: 20 }, { start: 90, end: 120 }]);
 * //=> [{ start: 0, end: 10 }, { start: 20, end: 90 }]
 * ```
 *
 * @category Sla
 */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  checkIntervals(a, "subtractIntervals", ["a"]);
  checkIntervals(b, "subtractIntervals", ["b"]);
  return subtractNormalized(normalizeIntervals(a), normalizeIntervals(b));
}
