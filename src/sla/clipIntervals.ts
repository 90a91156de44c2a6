import { checkInterval } from "./_lib/checkInterval.js";
import { checkIntervals } from "./_lib/checkIntervals.js";
import type { Interval } from "./interval.js";

/**
 * Returns each interval cut to a range, keeping its other fields (such as an outage's `id`) and dropping those that
 * fall outside.
 *
 * @remarks
 * Unlike {@link unionIntervals} this keeps the intervals separate and in input order, so an outage that crosses a
 * period end is split there and keeps its identity on each side. Intervals that touch the range only at a point
 * are dropped (they have no length inside it).
 *
 * @param intervals - Intervals, possibly with extra fields.
 * @param range - The range to clip to, e.g. a `Period`.
 * @returns Copies with `start` and `end` inside the range; the input is not mutated.
 * @throws {@link KpiError} `non_finite` or `invalid_interval` with path `["intervals" | "range", …]`.
 *
 * @example
 * ```ts
 * clipIntervals([{ id: "o1", start: 50, end: 150 }, { id: "o2", start: 200, end: 300 }], { start: 100, end: 200 });
 * //=> [{ id: "o1", start: 100, end: 150 }]
 * ```
 *
 * @category Sla
 */
export function clipIntervals<T extends Interval>(intervals: readonly T[], range: Interval): T[] {
  checkIntervals(intervals, "clipIntervals", ["intervals"]);
  checkInterval(range, "clipIntervals", ["range"]);
  const out: T[] = [];
  for (const x of intervals) {
    const start = Math.max(x.start, range.start);
    const end = Math.min(x.end, range.end);
    if (start < end) out.push({ ...x, start, end });
  }
  return out;
}
