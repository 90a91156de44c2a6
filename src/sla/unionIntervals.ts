import { checkIntervals } from "./_lib/checkIntervals.js";
import type { Interval } from "./interval.js";
import { normalizeIntervals } from "./_lib/normalizeIntervals.js";

/**
 * Returns the union of intervals as sorted, disjoint intervals, merging those that overlap or touch.
 *
 * @remarks
 * Intervals are half-open `[start, end)` in epoch ms, so `[0, 5)` and `[5, 9)` merge into `[0, 9)`. Empty
 * intervals vanish. The input is not mutated. O(n log n).
 *
 * @param intervals - Intervals in any order; overlapping ones are fine.
 * @returns The union, oldest first.
 * @throws {@link KpiError} `non_finite` (path `[i, "start" | "end"]`) for a `NaN` or infinite end;
 * `invalid_interval` (path `[i, "end"]`) for an interval that ends before it starts.
 *
 * @example
 * ```ts
 * unionIntervals([{ start: 20, end: 30 }, { start: 0, end: 10 }, { start: 5, end: 12 }, { start: 12, end: 15 }]);
 * //=> [{ start: 0, end: 15 }, { start: 20, end: 30 }]
 * ```
 *
 * @category Sla
 */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  checkIntervals(intervals, "unionIntervals", []);
  return normalizeIntervals(intervals);
}
