import { sortRowsByKey } from "../../internal/sortRowsByKey.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";

const IN_EFFECT = 1;
const CORRECTS = 2;

/**
 * `effectiveOf` for a {@link MeasurementBatch}: the indexes of the records in effect as known at `asKnownAt`, at or
 * before `until`, in the order of `effectiveMeasurements` (by instant, then id). Internal; a property test checks it
 * against `effectiveMeasurements`.
 *
 * @param batch - A checked batch.
 * @param correctedBy - From `checkBatch` of the same batch.
 * @param byId - The record indexes sorted by id, from `checkBatch`.
 * @param asKnownAt - Leave out records recorded after this instant, or `undefined`.
 * @param until - Leave out records whose instant is after this one.
 * @returns The record indexes.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([
 *   { id: "b", kpiId: "k", subjectId: "s", at: 5, value: 1 },
 *   { id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 },
 *   { id: "c", kpiId: "k", subjectId: "s", at: 1, value: 3, supersedes: "b", recordedAt: 9 },
 * ]);
 * [...effectiveRows(batch, Int32Array.of(-1, -1, -1).fill(2, 0, 1), Uint32Array.of(1, 0, 2), undefined, Infinity)];
 * //=> [2, 1]
 * ```
 */
export function effectiveRows(
  batch: MeasurementBatch,
  correctedBy: Int32Array,
  byId: Uint32Array,
  asKnownAt: number | undefined,
  until: number,
): Int32Array {
  const n = batch.length;
  const { at, recordedAt, supersedes } = batch;
  // Mark each chain's record in effect (a chain starts at a record that supersedes nothing).
  // Per record, bit 1: in effect; bit 2: corrects another record (flagged first: a map lookup per record cost more).
  const effective = new Uint8Array(n);
  for (const i of supersedes.keys()) effective[i] = CORRECTS;
  for (let i = 0; i < n; i++) {
    if ((effective[i]! & CORRECTS) !== 0) continue;
    let k = i;
    if (correctedBy[i] !== -1 || asKnownAt !== undefined) {
      // As effectiveMeasurements: count the chain's records known at asKnownAt; the effective one is the chain's
      // record at that count.
      let known = 0;
      for (let c = i; c !== -1; c = correctedBy[c]!) {
        const t = recordedAt[c]!;
        if (asKnownAt === undefined || t !== t || t <= asKnownAt) known++;
      }
      if (known === 0) continue;
      for (let step = 1; step < known; step++) k = correctedBy[k]!;
    }
    if (at[k]! <= until) effective[k] = effective[k]! | IN_EFFECT;
  }
  // Gathered in id order, then sorted by instant with a stable sort: by instant, then id.
  let kept = 0;
  for (let i = 0; i < n; i++) kept += effective[i]! & IN_EFFECT;
  const rows = new Int32Array(kept);
  let sorted = true;
  let lastAt = Number.NEGATIVE_INFINITY;
  for (let r = 0, j = 0; r < n; r++) {
    const i = byId[r]!;
    if ((effective[i]! & IN_EFFECT) === 0) continue;
    const t = at[i]!;
    if (t < lastAt) sorted = false;
    lastAt = t;
    rows[j++] = i;
  }
  // A stable sort (a radix sort from 2 048 rows on): ties keep the id order.
  return sorted ? rows : sortRowsByKey(rows, at);
}
