import { latin1 } from "../../internal/latin1.js";
import { dataViewOf } from "../../internal/dataViewOf.js";
/**
 * Texts that repeat from record to record (KPI and subject ids, sources, instants), made once: found by a hash of
 * their bytes in an open-addressing table and checked byte for byte. Each entry may also carry a number derived from
 * its text (an instant's epoch ms), so that is computed once too. Bounded: past `TEXT_CACHE_LIMIT` entries, new texts
 * are made each time.
 */
export interface TextCache {
  /** Per slot, the entry's index + 1, or 0; the length is a power of two, at least twice the entries. */
  table: Int32Array;
  /** Per entry: the hash of its bytes, its bytes, its text and its number (`UNSET` until computed). */
  hashes: Int32Array;
  readonly bytes: Uint8Array[];
  /** Per entry, a view of its bytes (compared four at a time). */
  readonly views: DataView[];
  readonly texts: string[];
  values: Float64Array;
  size: number;
}

/** The most entries a cache keeps. */
export const TEXT_CACHE_LIMIT = 100_000;

// An entry's number not computed yet (no instant and no NaN is -Infinity).
const UNSET = -Infinity;

/**
 * An empty text cache.
 *
 * @returns The cache.
 *
 * @example
 * ```ts
 * createTextCache().size;
 * //=> 0
 * ```
 */
export function createTextCache(): TextCache {
  return { table: new Int32Array(1024), hashes: new Int32Array(256), bytes: [], views: [], texts: [], values: new Float64Array(256).fill(UNSET), size: 0 };
}


function grow(cache: TextCache): void {
  const n = cache.hashes.length * 2;
  const hashes = new Int32Array(n);
  hashes.set(cache.hashes);
  const values = new Float64Array(n).fill(UNSET);
  values.set(cache.values);
  cache.hashes = hashes;
  cache.values = values;
  if (n * 2 > cache.table.length) {
    const table = new Int32Array(n * 4);
    const mask = table.length - 1;
    for (let k = 0; k < cache.size; k++) {
      let slot = hashes[k]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = k + 1;
    }
    cache.table = table;
  }
}

/**
 * The entry of the text spelled by some bytes of printable ASCII, added when it is new and the cache has room.
 *
 * @param cache - The cache.
 * @param buf - The bytes.
 * @param start - The text's first byte.
 * @param end - The byte after it.
 * @returns The entry's index, or -1 for a new text the full cache cannot keep.
 *
 * @example
 * ```ts
 * const cache = createTextCache();
 * const bytes = Buffer.from("svc,svc,kpi");
 * [textEntry(cache, bytes, 0, 3), textEntry(cache, bytes, 4, 7), textEntry(cache, bytes, 8, 11)];
 * //=> [0, 0, 1]
 * ```
 */
export function textEntry(cache: TextCache, buf: Uint8Array, start: number, end: number): number {
  const view = dataViewOf(buf);
  const h = hashBytes(view, buf, start, end);
  const table = cache.table;
  const mask = table.length - 1;
  const n = end - start;
  let slot = h & mask;
  for (let e = table[slot]!; e !== 0; e = table[slot]!) {
    const k = e - 1;
    if (cache.hashes[k] === h && sameBytes(cache.bytes[k]!, cache.views[k]!, view, buf, start, n)) return k;
    slot = (slot + 1) & mask;
  }
  if (cache.size >= TEXT_CACHE_LIMIT) return -1;
  const k = cache.size++;
  table[slot] = k + 1;
  cache.hashes[k] = h;
  // A copy: a Buffer's slice would share (and keep alive) the whole chunk the bytes were read into.
  const copy = Uint8Array.prototype.slice.call(buf, start, end);
  cache.bytes.push(copy);
  cache.views.push(new DataView(copy.buffer));
  cache.texts.push(latin1(buf, start, end));
  if (cache.size === cache.hashes.length) grow(cache);
  return k;
}

/**
 * The text of some bytes of printable ASCII, made once per distinct text while the cache has room.
 *
 * @param cache - The cache.
 * @param buf - The bytes.
 * @param start - The text's first byte.
 * @param end - The byte after it.
 * @param hints - Per column, the entry the column's last text had (-1 for none): tried first, and updated. Records
 * in a row often repeat their neighbour's KPI, source or instant, and comparing the bytes with that one entry costs
 * less than hashing them.
 * @param slot - The column's place in `hints`.
 * @returns The text.
 *
 * @example
 * ```ts
 * const cache = createTextCache();
 * const bytes = Buffer.from("svc,svc");
 * cachedText(cache, bytes, 0, 3) === cachedText(cache, bytes, 4, 7) && cache.size;
 * //=> 1
 * ```
 */
export function cachedText(cache: TextCache, buf: Uint8Array, start: number, end: number, hints?: Int32Array, slot = 0): string {
  const k = hints === undefined ? textEntry(cache, buf, start, end) : hintedEntry(cache, buf, start, end, hints, slot);
  return k >= 0 ? cache.texts[k]! : latin1(buf, start, end);
}

/**
 * A number derived from the text of some bytes (by `of`, e.g. an instant's epoch ms), computed once per distinct
 * text while the cache has room. Use one cache per `of`.
 *
 * @param cache - The cache.
 * @param buf - The bytes.
 * @param start - The text's first byte.
 * @param end - The byte after it.
 * @param of - The number of a text (any number but `-Infinity`, `NaN` included).
 * @param hints - As for {@link cachedText}.
 * @param slot - As for {@link cachedText}.
 * @returns The number.
 *
 * @example
 * ```ts
 * const cache = createTextCache();
 * cachedNumber(cache, Buffer.from("12"), 0, 2, Number);
 * //=> 12
 * ```
 */
export function cachedNumber(
  cache: TextCache,
  buf: Uint8Array,
  start: number,
  end: number,
  of: (text: string) => number,
  hints?: Int32Array,
  slot = 0,
): number {
  const k = hints === undefined ? textEntry(cache, buf, start, end) : hintedEntry(cache, buf, start, end, hints, slot);
  if (k < 0) return of(latin1(buf, start, end));
  let x = cache.values[k]!;
  if (x === UNSET) cache.values[k] = x = of(cache.texts[k]!);
  return x;
}

// textEntry, trying first the entry the column's last text had.
function hintedEntry(cache: TextCache, buf: Uint8Array, start: number, end: number, hints: Int32Array, slot: number): number {
  const hint = hints[slot]!;
  if (hint >= 0 && sameBytes(cache.bytes[hint]!, cache.views[hint]!, dataViewOf(buf), buf, start, end - start)) return hint;
  const k = textEntry(cache, buf, start, end);
  hints[slot] = k;
  return k;
}

// A hash of bytes, four at a time (multiply and rotate, as in MurmurHash3), then the bytes left one by one, mixed at
// the end so that every byte moves the low bits the table's slots are taken from.
function hashBytes(view: DataView<ArrayBufferLike>, buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let j = start;
  for (; j + 4 <= end; j += 4) {
    h = Math.imul(h ^ view.getInt32(j, true), 0x9e3779b1);
    h = (h << 13) | (h >>> 19);
  }
  for (; j < end; j++) h = Math.imul(h ^ buf[j]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

// Whether an entry's bytes are `buf[start, start + n)`, compared four at a time.
function sameBytes(bytes: Uint8Array, bytesView: DataView, view: DataView<ArrayBufferLike>, buf: Uint8Array, start: number, n: number): boolean {
  if (bytes.length !== n) return false;
  let j = 0;
  for (; j + 4 <= n; j += 4) if (bytesView.getInt32(j, true) !== view.getInt32(start + j, true)) return false;
  for (; j < n; j++) if (bytes[j] !== buf[start + j]) return false;
  return true;
}
