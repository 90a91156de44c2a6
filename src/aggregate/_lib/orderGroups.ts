/** Sorts sparse group slots by KPI, subject id and period, from their composite keys. */
export function canonicalOrder(
  slotKey: Float64Array,
  slots: number,
  nKeys: number,
  nS: number,
  nP: number,
  subjectIds: readonly string[] | null,
): Int32Array {
  const nSP = nS * nP;
  const subjectRank = new Float64Array(nS);
  if (subjectIds !== null) {
    // Rank only the subjects that occur: codes may come from a much longer list.
    const used = new Map<number, string>();
    for (let slot = 0; slot < slots; slot++) {
      const key = slotKey[slot]!;
      const rest = key - Math.floor(key / nSP) * nSP;
      const code = Math.floor(rest / nP);
      used.set(code, subjectIds[code] ?? "");
    }
    const byId = [...used].sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    for (let rank = 0; rank < byId.length; rank++) subjectRank[byId[rank]![0]] = rank;
  }
  const keys = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    const key = slotKey[slot]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    keys[slot] = (k * nS + subjectRank[s]!) * nP + (rest - s * nP);
  }
  const order = new Int32Array(slots);
  if (nKeys * slots < 2 ** 52) {
    for (let slot = 0; slot < slots; slot++) keys[slot] = keys[slot]! * slots + slot;
    keys.sort();
    for (let j = 0; j < slots; j++) order[j] = keys[j]! % slots;
  } else {
    const list = Array.from({ length: slots }, (_, slot) => slot).sort((x, y) => keys[x]! - keys[y]!);
    for (let j = 0; j < slots; j++) order[j] = list[j]!;
  }
  return order;
}

/**
 * The groups in canonical order (KPI, subject id, period) from dense per-key counts — a key has a group when it has
 * records in its run or bare ones (`bare`, see `Pass.bare`): slot, KPI, subject, period.
 */
export function denseOrder(
  counts: Int32Array,
  bare: Int32Array | null,
  nK: number,
  nS: number,
  nP: number,
  subjectIds: readonly string[] | null,
): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const none = new Int32Array(1);
  const other = bare ?? none;
  const mask = bare === null ? 0 : -1;
  const ranked: number[] = [];
  for (let s = 0; s < nS; s++) {
    let used = false;
    for (let k = 0; k < nK && !used; k++) {
      const base = (k * nS + s) * nP;
      for (let p = 0; p < nP; p++) {
        if (counts[base + p] !== 0 || other[(base + p) & mask] !== 0) {
          used = true;
          break;
        }
      }
    }
    if (used) ranked.push(s);
  }
  if (subjectIds !== null) ranked.sort((x, y) => (subjectIds[x]! < subjectIds[y]! ? -1 : subjectIds[x]! > subjectIds[y]! ? 1 : 0));
  let size = 0;
  const nKeys = nK * nS * nP;
  for (let key = 0; key < nKeys; key++) if (counts[key] !== 0 || other[key & mask] !== 0) size++;
  const slot = new Int32Array(size);
  const kpi = new Int32Array(size);
  const subject = new Int32Array(size);
  const period = new Int32Array(size);
  let g = 0;
  for (let k = 0; k < nK; k++) {
    for (let r = 0; r < ranked.length; r++) {
      const s = ranked[r]!;
      const base = (k * nS + s) * nP;
      for (let p = 0; p < nP; p++) {
        if (counts[base + p] === 0 && other[(base + p) & mask] === 0) continue;
        slot[g] = base + p;
        kpi[g] = k;
        subject[g] = subjectIds === null ? -1 : s;
        period[g] = p;
        g++;
      }
    }
  }
  return [slot, kpi, subject, period];
}

/** The groups in canonical order from sparse slots: slot, KPI, subject, period. */
export function sparseOrder(
  slotKey: Float64Array,
  slots: number,
  nKeys: number,
  nS: number,
  nP: number,
  subjectIds: readonly string[] | null,
): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const order = canonicalOrder(slotKey, slots, nKeys, nS, nP, subjectIds);
  const kpi = new Int32Array(slots);
  const subject = new Int32Array(slots);
  const period = new Int32Array(slots);
  const nSP = nS * nP;
  for (let g = 0; g < slots; g++) {
    const key = slotKey[order[g]!]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    kpi[g] = k;
    subject[g] = subjectIds === null ? -1 : s;
    period[g] = rest - s * nP;
  }
  return [order, kpi, subject, period];
}
