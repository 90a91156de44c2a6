import type { MeasurementBatch } from "../../model/measurementBatch.js";

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
  const rows = new Int32Array(n);
  let kept = 0;
  let sorted = true;
  let lastAt = Number.NEGATIVE_INFINITY;
  // Walk the records in id order, so that records with the same instant keep id order in the stable sort below.
  for (let r = 0; r < n; r++) {
    const i = byId[r]!;
    if (supersedes.size > 0 && supersedes.has(i)) continue;
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
    const t = at[k]!;
    if (t > until) continue;
    if (t < lastAt) sorted = false;
    lastAt = t;
    rows[kept++] = k;
  }
  const out = rows.slice(0, kept);
  if (sorted) return out;
  // Stable by instant (ties keep id order); ids of the chains' effective records may differ from the chains'
  // first ids, so ties are re-sorted by the id itself.
  const ids = batch.id;
  return out.sort((a, b) => {
    const d = at[a]! - at[b]!;
    if (d !== 0) return d;
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
