import { checkIntervals } from "./_lib/checkIntervals.js";
import type { Interval } from "./interval.js";
import { intersectNormalized } from "./_lib/intersectNormalized.js";
import { normalizeIntervals } from "./_lib/normalizeIntervals.js";

/**
 * Returns the instants that lie in both of two sets of intervals, as sorted, disjoint intervals.
 *
 * @remarks
 * Each side is first merged into its union, then the two unions are swept together: O(n log n + m log m).
 *
 * @param a - One set of intervals, in any order.
 * @param b - The other set.
 * @returns `a ∩ b`, oldest first.
 * @throws {@link KpiError} `non_finite` or `invalid_interval` with path `["a" | "b", i, "start" | "end"]`.
 *
 * @example
 * ```ts
 * intersectIntervals([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }]);
 * //=> [{ start: 5, end: 10 }, { start: 20, end: 25 }]
 * ```
 *
 * @category Sla
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  checkIntervals(a, "intersectIntervals", ["a"]);
  checkIntervals(b, "intersectIntervals", ["b"]);
  return intersectNormalized(normalizeIntervals(a), normalizeIntervals(b));
}
