import { hashId } from "./hashId.js";
import { IdStore } from "./idStore.js";

/** Ids: strings, or the bytes a batch keeps them as (`IdStore`, hashed and compared as the strings would be). */
export type IdList = readonly string[] | IdStore;

/** Ids grouped by a 32-bit hash, for finding an id (and ids used twice) without sorting the ids themselves. */
export interface HashIdIndex {
  /** The record indexes in hash order (ties by index). */
  readonly order: Uint32Array;
  /** The hash of each position of `order`. */
  readonly hashes: Uint32Array;
}


/**
 * Indexes ids by their FNV-1a hash with a two-pass radix sort (16 bits a pass, stable, so equal hashes keep index
 * order): linear time, where sorting the strings themselves compares them n log n times. Internal.
 *
 * @param ids - The ids.
 * @returns The index.
 *
 * @example
 * ```ts
 * const index = createHashIdIndex(["b", "a", "b"]);
 * findId(index, ["b", "a", "b"], "a");
 * //=> 1
 * ```
 */
export function createHashIdIndex(ids: IdList): HashIdIndex {
  const n = ids.length;
  const hash = new Uint32Array(n);
  if (ids instanceof IdStore) for (let i = 0; i < n; i++) hash[i] = ids.hash(i);
  else for (let i = 0; i < n; i++) hash[i] = hashId(ids[i]!);
  const counts = new Uint32Array(65536);
  const temp = new Uint32Array(n);
  const order = new Uint32Array(n);
  // Pass 1: by the low 16 bits, indexes in order.
  for (let i = 0; i < n; i++) counts[hash[i]! & 0xffff]!++;
  for (let b = 0, sum = 0; b < 65536; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) temp[counts[hash[i]! & 0xffff]!++] = i;
  // Pass 2: by the high 16 bits, stable.
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[hash[i]! >>> 16]!++;
  for (let b = 0, sum = 0; b < 65536; b++) {
    const c = counts[b]!;
    counts[b] = sum;
    sum += c;
  }
  for (let r = 0; r < n; r++) {
    const i = temp[r]!;
    order[counts[hash[i]! >>> 16]!++] = i;
  }
  // The hashes in order go where the first pass's indexes were (no longer read): one array fewer at the peak.
  const hashes = temp;
  for (let r = 0; r < n; r++) hashes[r] = hash[order[r]!]!;
  return { order, hashes };
}

/**
 * The first record (in index order) with id `id`, or `-1`.
 *
 * @param index - From {@link createHashIdIndex} of `ids`.
 * @param ids - The ids.
 * @param id - The id sought.
 * @returns The record's index, or `-1`.
 *
 * @example
 * ```ts
 * // "costarring" and "liquid" have the same FNV-1a hash: the strings decide.
 * const ids = ["costarring", "liquid"];
 * findId(createHashIdIndex(ids), ids, "liquid");
 * //=> 1
 * ```
 */
export function findId(index: HashIdIndex, ids: IdList, id: string): number {
  const { order, hashes } = index;
  const h = hashId(id);
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  for (let r = lo; r < hashes.length && hashes[r] === h; r++) {
    if (ids instanceof IdStore ? ids.is(order[r]!, id) : ids[order[r]!] === id) return order[r]!;
  }
  return -1;
}

/**
 * The first record (in index order) whose id an earlier record has, or `-1`: the one the record path refuses.
 *
 * @param index - From {@link createHashIdIndex} of `ids`.
 * @param ids - The ids.
 * @returns The record's index, or `-1`.
 *
 * @example
 * ```ts
 * const ids = ["z", "y", "x", "y", "z"];
 * firstRepeatedId(createHashIdIndex(ids), ids);
 * //=> 3
 * ```
 */
export function firstRepeatedId(index: HashIdIndex, ids: IdList): number {
  const { order, hashes } = index;
  let first = -1;
  for (let start = 0; start < hashes.length; ) {
    let end = start + 1;
    while (end < hashes.length && hashes[end] === hashes[start]) end++;
    // A run of equal hashes, in index order: a record whose id an earlier one of the run has repeats it.
    for (let r = start + 1; r < end; r++) {
      const i = order[r]!;
      if (first !== -1 && i >= first) break;
      for (let q = start; q < r; q++) {
        if (ids instanceof IdStore ? ids.same(order[q]!, i) : ids[order[q]!] === ids[i]) {
          first = i;
          break;
        }
      }
    }
    start = end;
  }
  return first;
}
