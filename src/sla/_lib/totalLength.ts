import type { Interval } from "../interval.js";

/**
 * Returns the summed length of disjoint intervals, in milliseconds.
 *
 * @remarks
 * The caller passes a normalised list, so nothing is counted twice. Internal to kpi-kit's SLA functions.
 *
 * @param intervals - A normalised list.
 * @returns The measure of the set, in ms.
 *
 * @example
 * ```ts
 * totalLength([{ start: 0, end: 3 }, { start: 5, end: 10 }]);
 * //=> 8
 * ```
 */
export function totalLength(intervals: readonly Interval[]): number {
  let sum = 0;
  for (const x of intervals) sum += x.end - x.start;
  return sum;
}
