import { createMeasureBefore } from "./createMeasureBefore.js";
import type { Interval } from "../interval.js";
import { normalizeIntervals } from "./normalizeIntervals.js";
import { intersectNormalized } from "./intersectNormalized.js";

/**
 * Slice counts of a period, and the bad slices charged to each outage.
 */
export interface TimesliceCounts {
  /** All slices of the period (the last may be shorter). */
  readonly slices: number;
  /** Slices with some eligible time. */
  readonly eligibleSlices: number;
  /** Eligible slices overlapped by an outage inside eligible time. */
  readonly badSlices: number;
  /** For each outage (input order), the bad slices charged to it: each to the earliest-starting outage in it. */
  readonly spentSlices: Float64Array;
}

/**
 * Counts the timeslices of a period: how many are eligible and how many are bad.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo: slices of `sliceMs` are aligned to the period start (the last one ends at the period end); a slice
 * is excluded only when it has no eligible time (entirely under maintenance, or outside service hours); an eligible
 * slice is bad when an outage overlaps its eligible part with positive length. Cost: O(slices · log m) for the
 * eligibility test plus the slices the outages touch. Internal to kpi-kit's SLA functions; inputs are validated.
 *
 * @param outages - Valid outages.
 * @param period - The period.
 * @param sliceMs - The slice length, > 0.
 * @param eligible - Sorted, disjoint eligible intervals inside the period.
 * @returns The counts.
 *
 * @example
 * ```ts
 * countTimeslices([{ start: 5, end: 12 }], { start: 0, end: 40 }, 10, [{ start: 0, end: 30 }]).badSlices;
 * //=> 2
 * ```
 */
export function countTimeslices(
  outages: readonly Interval[],
  period: Interval,
  sliceMs: number,
  eligible: readonly Interval[],
): TimesliceCounts {
  const length = period.end - period.start;
  const slices = length > 0 ? Math.ceil(length / sliceMs) : 0;
  const sliceStart = (k: number): number => period.start + k * sliceMs;
  const sliceEnd = (k: number): number => Math.min(period.start + (k + 1) * sliceMs, period.end);
  const eligibleBefore = createMeasureBefore(eligible);
  const down = intersectNormalized(normalizeIntervals(outages), eligible);
  const downBefore = createMeasureBefore(down);
  let eligibleSlices = 0;
  let badSlices = 0;
  const bad = new Uint8Array(slices);
  // Only slices that eligible time reaches need a look; walk eligible intervals slice by slice.
  let lastSeen = -1;
  for (const e of eligible) {
    const first = Math.max(Math.floor((e.start - period.start) / sliceMs), lastSeen + 1);
    const last = Math.min(Math.ceil((e.end - period.start) / sliceMs) - 1, slices - 1);
    for (let k = first; k <= last; k++) {
      if (eligibleBefore(sliceEnd(k)) - eligibleBefore(sliceStart(k)) <= 0) continue;
      eligibleSlices++;
      if (downBefore(sliceEnd(k)) - downBefore(sliceStart(k)) > 0) {
        bad[k] = 1;
        badSlices++;
      }
      lastSeen = k;
    }
  }
  // Charge each bad slice to the earliest-starting outage whose eligible part reaches into it.
  const spentSlices = new Float64Array(outages.length);
  const order = Array.from({ length: outages.length }, (_, i) => i).sort(
    (a, b) => (outages[a] as Interval).start - (outages[b] as Interval).start || a - b,
  );
  for (const i of order) {
    const o = outages[i] as Interval;
    if (o.end <= period.start || o.start >= period.end || o.end <= o.start) continue;
    const first = Math.max(0, Math.floor((o.start - period.start) / sliceMs));
    const last = Math.min(slices - 1, Math.ceil((o.end - period.start) / sliceMs) - 1);
    for (let k = first; k <= last; k++) {
      if (bad[k] !== 1) continue;
      const from = Math.max(o.start, sliceStart(k));
      const to = Math.min(o.end, sliceEnd(k));
      if (to > from && eligibleBefore(to) - eligibleBefore(from) > 0) {
        bad[k] = 2;
        spentSlices[i] = (spentSlices[i] as number) + 1;
      }
    }
  }
  return { slices, eligibleSlices, badSlices, spentSlices };
}
