import type { Interval } from "../interval.js";

/**
 * Returns the intersection of two normalised interval lists, normalised.
 *
 * @remarks
 * A linear two-pointer sweep. Both inputs must come from `normalizeIntervals`. Internal to kpi-kit's SLA functions.
 *
 * @param a - A normalised list.
 * @param b - A normalised list.
 * @returns The instants in both.
 *
 * @example
 * ```ts
 * intersectNormalized([{ start: 0, end: 10 }], [{ start: 5, end: 20 }]);
 * //=> [{ start: 5, end: 10 }]
 * ```
 */
export function intersectNormalized(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}
