import type { Interval } from "../interval.js";

/**
 * Returns a membership test for a set of sorted, disjoint half-open intervals, in O(log n) per instant.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions; used to drop events that fall in maintenance or outside service hours.
 *
 * @param intervals - Sorted, disjoint intervals.
 * @returns `t ↦ true` when some interval holds `t` (start inclusive, end exclusive).
 *
 * @example
 * ```ts
 * createContains([{ start: 0, end: 10 }])(10);
 * //=> false
 * ```
 */
export function createContains(intervals: readonly Interval[]): (t: number) => boolean {
  const n = intervals.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    starts[k] = (intervals[k] as Interval).start;
    ends[k] = (intervals[k] as Interval).end;
  }
  return (t: number): boolean => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && t < (ends[lo - 1] as number);
  };
}
