import type { Interval } from "../interval.js";

/**
 * Returns the instants of one normalised interval list that are not in another, normalised.
 *
 * @remarks
 * A linear sweep. Both inputs must come from `normalizeIntervals`. Internal to kpi-kit's SLA functions.
 *
 * @param a - The normalised list to cut from.
 * @param b - The normalised list to remove.
 * @returns `a \ b`.
 *
 * @example
 * ```ts
 * subtractNormalized([{ start: 0, end: 10 }], [{ start: 3, end: 5 }]);
 * //=> [{ start: 0, end: 3 }, { start: 5, end: 10 }]
 * ```
 */
export function subtractNormalized(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const x of a) {
    let start = x.start;
    while (j < b.length && (b[j] as Interval).end <= start) j++;
    let k = j;
    while (k < b.length && (b[k] as Interval).start < x.end) {
      const y = b[k] as Interval;
      if (y.start > start) out.push({ start, end: y.start });
      if (y.end > start) start = y.end;
      if (start >= x.end) break;
      k++;
    }
    if (start < x.end) out.push({ start, end: x.end });
  }
  return out;
}
