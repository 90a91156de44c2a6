import { countingPass } from "./countingPass.js";
import { radixPlan, storeDigits } from "./radixPlan.js";
import { IdStore } from "./idStore.js";
import type { IdList } from "./hashIdIndex.js";

// Below this many ids a comparison sort is as fast as the radix sort's set-up.
const RADIX_MIN = 2048;
// The most passes the radix sort makes (ids up to `MAX_PASSES × chars per pass` long); longer ids are compared.
const MAX_PASSES = 32;

/**
 * The indexes of `ids` sorted by id (UTF-16 code units, as `<` compares strings), ties by index. Internal.
 *
 * @remarks
 * A sort that compares strings through a callback costs a call and a string comparison per step, and ids that share
 * long prefixes (`csat/csc/2026-03-20/4#33`) make each comparison long: a million such ids took 0.6–1.3 s. From
 * 2 048 ids on, the ids are sorted instead by a least-significant-digit radix sort on their characters: each character
 * is mapped to its rank among the characters the ids use (0 for "past the id's end", so a prefix sorts first), as many
 * characters as give at most 65 536 values make one digit, and one stable counting pass per digit, from the last to
 * the first, orders the indexes (stable passes keep ties in index order). A pass in which every id has the same digit
 * is skipped. Ids too long for 32 passes (or longer than 256 characters) are sorted by comparison. The order is the
 * same either way.
 *
 * @param ids - The ids: strings, or the bytes a batch keeps them as (sorted as bytes, one per code unit, in the same
 * order; as strings when one of them has a character above U+00FF).
 * @returns The indexes in id order. For ids kept as bytes in shared memory (`new IdStore(n, true)`, the CLI's) the
 * order is in shared memory too and kept with them: sorting them again returns the same array (the callers only read
 * it).
 *
 * @example
 * ```ts
 * [...sortById(["b", "a", "c"])];
 * //=> [1, 0, 2]
 * ```
 */
export function sortById(ids: IdList): Uint32Array {
  const n = ids.length;
  // A shared store's order is kept with it (a store only grows: an order of its length is its order).
  const kept = ids instanceof IdStore && ids.shared;
  const known = kept ? sortedStores.get(ids) : undefined;
  if (known !== undefined && known.length === n) return known;
  const order = sortAll(ids, n);
  if (kept) sortedStores.set(ids, order);
  return order;
}

// The order of each shared store sorted, for the next caller: the CLI sorts a file's ids for the digest's thread
// before the report needs them. (A batch of your own keeps no order: it would hold 4 bytes a record for good.)
const sortedStores = new WeakMap<IdStore, Uint32Array>();

/**
 * Keeps the order of a shared store's ids made elsewhere (`sortIdsShared`, on two threads), so that
 * {@link sortById} of the store returns it. Internal.
 *
 * @param store - The ids (in shared memory).
 * @param order - Their indexes in id order, as `sortById` gives them.
 *
 * @example
 * ```ts
 * const store = new IdStore(0, true);
 * store.addText(0, "b");
 * store.addText(1, "a");
 * const order = Uint32Array.of(1, 0);
 * keepSortedIds(store, order);
 * sortById(store) === order;
 * //=> true
 * ```
 */
export function keepSortedIds(store: IdStore, order: Uint32Array): void {
  if (store.shared && order.length === store.length) sortedStores.set(store, order);
}

function sortAll(ids: IdList, n: number): Uint32Array {
  // Ids kept as bytes are sorted as bytes (the same order: one byte per UTF-16 code unit), unless one is wider.
  const list = ids instanceof IdStore && !ids.allBytes() ? ids.strings(n) : ids;
  // In shared memory when the ids are, for a worker thread to read the order as well (the CLI's digest).
  const order = ids instanceof IdStore ? ids.indexArray(n) : new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // The comparison sort (few ids, or too long for the radix sort's passes) takes them as strings.
  const strings = (): readonly string[] => (list instanceof IdStore ? list.strings(n) : list);
  return n < RADIX_MIN ? compareSort(order, strings()) : (radixSort(order, n, list) ?? compareSort(order, strings()));
}

function compareSort(order: Uint32Array, ids: readonly string[]): Uint32Array {
  return order.sort((a, b) => {
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

// The radix sort of `order` (0 … n − 1), or `null` when the ids are too long for it.
// (Ids as an IdStore hold one byte per character: the same loops read the bytes.)
function radixSort(order: Uint32Array, n: number, ids: readonly string[] | IdStore): Uint32Array | null {
  const store = ids instanceof IdStore ? ids : null;
  const strings = store === null ? (ids as readonly string[]) : [];
  const bytes = store === null ? new Uint8Array(0) : store.bytesOf();
  // The characters used, and the longest id (given up on past 256 characters: 32 passes of at most 8 characters, the
  // most a digit holds for 3 letters or more).
  const used = new Uint8Array(65536);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const length = store === null ? strings[i]!.length : store.endOf(i) - store.start(i);
    if (length > longest) {
      if (length > MAX_PASSES * 8) return null;
      longest = length;
    }
    if (store === null) {
      const id = strings[i]!;
      for (let j = 0; j < length; j++) used[id.charCodeAt(j)] = 1;
    } else {
      const s = store.start(i);
      for (let j = 0; j < length; j++) used[bytes[s + j]!] = 1;
    }
  }
  // Every id empty: all equal, so the order is the index order (and no digit could be formed: one value only).
  if (longest === 0) return order;
  const plan = radixPlan(used, longest);
  if (plan === null) return null;
  const { rank, base, perPass, passes, values } = plan;
  // One character a digit can still give 65 537 values (all 65 536 code units used, and "past the end").
  const digit = values <= 65536 ? new Uint16Array(n) : new Uint32Array(n);
  const count = new Uint32Array(values + 1);
  let from = order;
  let to = store === null ? new Uint32Array(n) : store.indexArray(n);
  for (let pass = passes - 1; pass >= 0; pass--) {
    const first = pass * perPass;
    const last = first + perPass;
    // The digits in index order: the ids are read one after another, as they lie in memory.
    if (store === null) {
      for (let i = 0; i < n; i++) {
        const id = strings[i]!;
        const length = id.length;
        let d = 0;
        for (let j = first; j < last; j++) d = d * base + (j < length ? rank[id.charCodeAt(j)]! : 0);
        digit[i] = d;
      }
    } else storeDigits(store, 0, n, first, plan, digit);
    if (!countingPass(from, to, digit, count, values)) continue;
    const done = to;
    to = from;
    from = done;
  }
  return from;
}
