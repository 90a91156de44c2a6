import type { Interval } from "../interval.js";
import { lowerBound } from "../../internal/lowerBound.js";

/**
 * Returns a function that gives the measure of a set of disjoint intervals before an instant, in O(log n).
 *
 * @remarks
 * Prefix sums over the sorted intervals plus a binary search; the measure of the set inside `[a, b)` is
 * `before(b) − before(a)`. Internal to kpi-kit's SLA functions.
 *
 * @param intervals - Sorted, disjoint intervals.
 * @returns `x ↦ measure(set ∩ (−∞, x))`.
 *
 * @example
 * ```ts
 * createMeasureBefore([{ start: 0, end: 10 }, { start: 20, end: 30 }])(25);
 * //=> 15
 * ```
 */
export function createMeasureBefore(intervals: readonly Interval[]): (x: number) => number {
  const m = intervals.length;
  const starts = new Float64Array(m);
  const prefix = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) {
    const e = intervals[k] as Interval;
    starts[k] = e.start;
    prefix[k + 1] = (prefix[k] as number) + (e.end - e.start);
  }
  return (x: number): number => {
    const k = lowerBound(starts, x);
    if (k === 0) return 0;
    const e = intervals[k - 1] as Interval;
    return (prefix[k - 1] as number) + (Math.min(x, e.end) - e.start);
  };
}
