import type { Interval } from "../interval.js";

/**
 * Returns the union of intervals as a sorted list of disjoint, non-adjacent, non-empty intervals.
 *
 * @remarks
 * Sorts a copy by start and merges overlapping or touching intervals (`[0, 5)` and `[5, 9)` become `[0, 9)`).
 * O(n log n). No validation: internal to kpi-kit's SLA functions, after `checkIntervals`.
 *
 * @param intervals - Valid intervals in any order.
 * @returns The normalised union.
 *
 * @example
 * ```ts
 * normalizeIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }]);
 * //=> [{ start: 0, end: 9 }]
 * ```
 */
export function normalizeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  let start = 0;
  let end = 0;
  let open = false;
  for (const x of sorted) {
    if (open && x.start <= end) {
      if (x.end > end) end = x.end;
      continue;
    }
    if (open) out.push({ start, end });
    start = x.start;
    end = x.end;
    open = true;
  }
  if (open) out.push({ start, end });
  return out;
}
