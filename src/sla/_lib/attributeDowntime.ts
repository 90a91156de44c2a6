import type { Interval } from "../interval.js";
import { createMeasureBefore } from "./createMeasureBefore.js";

/**
 * Downtime inside eligible time, in total and per outage.
 */
export interface DowntimeAttribution {
  /** The measure of `union(outages) ∩ eligible`, in ms. */
  readonly downtimeMs: number;
  /** For each outage (input order), the eligible downtime it adds that no earlier-starting outage covers, in ms. */
  readonly spentMs: Float64Array;
}

/**
 * Measures the downtime of outages inside eligible time and attributes each millisecond to one outage.
 *
 * @remarks
 * Outages are swept by start (ties: input order); each outage is charged the eligible part of
 * `[max(start, reach), end)`, where `reach` is the furthest end of the outages before it. Since every earlier
 * outage starts no later, the earlier ones cover exactly `[start, reach)` from this start on, so nothing is counted
 * twice and the charges add up to the measure of the union. Eligible measure up to an instant is found by binary
 * search over prefix sums: O((n + m) log(n + m)). Internal to kpi-kit's SLA functions; the outages are validated.
 *
 * @param outages - Valid outages, in any order, overlapping or not.
 * @param eligible - Sorted, disjoint eligible intervals.
 * @returns The total and the per-outage charges.
 *
 * @example
 * ```ts
 * attributeDowntime([{ start: 0, end: 30 }, { start: 20, end: 50 }], [{ start: 10, end: 100 }]);
 * //=> { downtimeMs: 40, spentMs: Float64Array [20, 20] }
 * ```
 */
export function attributeDowntime(outages: readonly Interval[], eligible: readonly Interval[]): DowntimeAttribution {
  const measureBefore = createMeasureBefore(eligible);
  const order = Array.from({ length: outages.length }, (_, i) => i).sort(
    (a, b) => (outages[a] as Interval).start - (outages[b] as Interval).start || a - b,
  );
  const spentMs = new Float64Array(outages.length);
  let reach = -Infinity;
  let downtimeMs = 0;
  for (const i of order) {
    const o = outages[i] as Interval;
    const from = Math.max(o.start, reach);
    if (o.end > from) {
      const spent = measureBefore(o.end) - measureBefore(from);
      spentMs[i] = spent;
      downtimeMs += spent;
      reach = o.end;
    }
  }
  return { downtimeMs, spentMs };
}
