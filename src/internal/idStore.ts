import { hashId, hashIdBytes } from "./hashId.js";
import { latin1, latin1Is } from "./latin1.js";
// The bytes allocated first (1 MiB: about 40 000 ids of the usual length).
const FIRST_BYTES = 1 << 20;

/** An {@link IdStore}'s contents: the ids' bytes, where each ends, and the ids kept as strings. */
export interface IdStoreParts {
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  readonly wide: readonly (readonly [number, string])[];
  /** The record whose id starts after a gap in the bytes, and where it starts (see {@link IdStore.adopt}). */
  readonly gap: readonly [number, number] | null;
}

/** Thrown when a store of fixed room ({@link IdStore.within}) has no room for another id. */
export class IdRoomFull extends Error {}

/**
 * The ids of a batch's records as bytes: each id's characters, when all are at most U+00FF, one byte each (Latin-1:
 * for the ASCII ids the readers take from a file's bytes, the bytes of the file), and where each id ends; an id with a
 * wider character is kept as a string. A million ids as strings cost about a second of reading (the garbage collector
 * copies and promotes every one) and 45 MB; as bytes they are one array. The checks and the report read the bytes;
 * the batch's `id` list of strings is made only when something reads it (an embedder, an error naming a record).
 * Internal.
 *
 * @example
 * ```ts
 * const store = new IdStore(0);
 * store.addBytes(0, Buffer.from("m1"), 0, 2);
 * store.addText(1, "ā2");
 * [store.at(0), store.at(1), store.is(0, "m1"), store.same(0, 1), store.hash(1) === hashId("ā2")];
 * //=> ["m1", "ā2", true, false, true]
 * ```
 */
export class IdStore {
  private bytes: Uint8Array;
  private used = 0;
  private ends: Uint32Array;
  /** Ids with a character above U+00FF, by record (their bytes are empty). */
  private readonly wide = new Map<number, string>();
  /** The number of ids. */
  length = 0;
  /** Never grows: writes into the arrays it was given ({@link IdStore.within}). */
  private fixed = false;
  /** The record whose id starts after a gap in the bytes (ids taken in by {@link IdStore.adopt}), or -1. */
  private gapAt = -1;
  /** Where that record's id starts. */
  private gapStart = 0;

  /**
   * @param reserve - Ids to make room for.
   * @param shared - Keep the bytes in `SharedArrayBuffer`s, so that another thread can read them without a copy
   * ({@link IdStore.parts}).
   * @param reserveBytes - Bytes to make room for (a first guess from `reserve` when absent).
   */
  constructor(
    reserve: number,
    readonly shared = false,
    reserveBytes?: number,
  ) {
    this.ends = new Uint32Array(this.buffer(Math.max(256, reserve) * 4));
    // A first guess; the first growth sizes the bytes for all the records reserved, at the ids' length so far.
    this.bytes = new Uint8Array(this.buffer(reserveBytes ?? Math.max(4096, Math.min(reserve * 24, FIRST_BYTES))));
  }

  /**
   * A store that writes its ids into `bytes` and their ends into `ends` (views of another store's shared arrays: a
   * part of a file read on another thread), its ends counted from `bytes`' start. It never grows: an id that does not
   * fit throws {@link IdRoomFull}.
   */
  static within(bytes: Uint8Array, ends: Uint32Array): IdStore {
    const store = new IdStore(0);
    store.bytes = bytes;
    store.ends = ends;
    store.fixed = true;
    return store;
  }

  /** The arrays the ids are written into: for {@link IdStore.within} on another thread (shared stores). */
  room(): { readonly bytes: Uint8Array; readonly ends: Uint32Array } {
    return { bytes: this.bytes, ends: this.ends };
  }

  /** The bytes the ids take. */
  bytesUsed(): number {
    return this.used;
  }

  /** The ids held as strings, by record. */
  wideIds(): [number, string][] {
    return [...this.wide];
  }

  /**
   * Takes in the `count` ids that a store {@link IdStore.within} this one's {@link IdStore.room} wrote from record
   * `from` and byte `byteFrom` (both at or after this store's own): they follow this store's ids, their bytes left
   * where they are (the bytes between are never touched: no memory is spent on them, or on a copy). Once only.
   *
   * @param wide - That store's ids held as strings, by its own record numbers.
   */
  adopt(from: number, count: number, byteFrom: number, bytesUsed: number, wide: Iterable<readonly [number, string]>): void {
    const m = this.length;
    if (from < m || byteFrom < this.used || from + count > this.ends.length || byteFrom + bytesUsed > this.bytes.length) {
      throw new RangeError("IdStore.adopt: the ids are not in this store's room after its own");
    }
    if (count === 0) return;
    if (this.gapAt >= 0) throw new RangeError("IdStore.adopt: ids were taken in before");
    // Ascending: each end is read (at from + j) before anything is written there (m + j' = from + j needs j' >= j).
    const ends = this.ends;
    for (let j = 0; j < count; j++) ends[m + j] = ends[from + j]! + byteFrom;
    for (const [i, text] of wide) this.wide.set(m + i, text);
    this.gapAt = m;
    this.gapStart = byteFrom;
    this.length = m + count;
    this.used = byteFrom + bytesUsed;
  }

  /**
   * A store of the ids another store's {@link IdStore.parts} describe (on another thread: shared bytes are not
   * copied).
   */
  static fromParts(parts: IdStoreParts): IdStore {
    const store = new IdStore(0);
    store.bytes = parts.bytes;
    store.used = parts.bytes.length;
    store.ends = parts.ends;
    for (const [i, text] of parts.wide) store.wide.set(i, text);
    store.length = parts.ends.length;
    if (parts.gap !== null) [store.gapAt, store.gapStart] = parts.gap;
    return store;
  }

  /** What {@link IdStore.fromParts} needs to rebuild the store, for a message to another thread. */
  parts(): IdStoreParts {
    return {
      bytes: this.bytes.subarray(0, this.used),
      ends: this.ends.subarray(0, this.length),
      wide: [...this.wide],
      gap: this.gapAt < 0 ? null : [this.gapAt, this.gapStart],
    };
  }

  /** An array for `n` indexes of these ids (their order, say): in shared memory when the store is. */
  indexArray(n: number): Uint32Array {
    return new Uint32Array(this.buffer(n * 4));
  }

  private buffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
    return this.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  }

  /** Record `i`'s id is `buf[start, end)` (the next record: `i` is the count so far). */
  addBytes(i: number, buf: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (this.used + length > this.bytes.length) this.growBytes(length);
    if (i >= this.ends.length) this.growEnds(i);
    const bytes = this.bytes;
    let o = this.used;
    for (let k = start; k < end; k++) bytes[o++] = buf[k]!;
    this.used = o;
    this.ends[i] = o;
    this.length = i + 1;
  }

  /** Record `i`'s id is `text` (the next record). */
  addText(i: number, text: string): void {
    const length = text.length;
    if (this.used + length > this.bytes.length) this.growBytes(length);
    if (i >= this.ends.length) this.growEnds(i);
    const bytes = this.bytes;
    let o = this.used;
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(k);
      if (c > 0xff) {
        // A wider character: the id is kept whole as a string, and its bytes are empty.
        o = this.used;
        this.wide.set(i, text);
        break;
      }
      bytes[o++] = c;
    }
    this.used = o;
    this.ends[i] = o;
    this.length = i + 1;
  }

  private growBytes(more: number): void {
    if (this.fixed) throw new IdRoomFull("IdStore: no room for another id");
    // For every record reserved at the mean length so far (5 % more), when that is more than twice the bytes: a file
    // of long ids (UUIDs) then grows its bytes once, not by doubling (which needs the old and the new at once).
    const reserved = this.ends.length;
    const guess = this.length > 0 && reserved > this.length ? Math.ceil((this.used / this.length) * reserved * 1.05) : 0;
    const grown = new Uint8Array(this.buffer(Math.max(this.bytes.length * 2, this.used + more, guess)));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  private growEnds(i: number): void {
    if (this.fixed) throw new IdRoomFull("IdStore: no room for another id");
    const grown = new Uint32Array(this.buffer(Math.max(this.ends.length * 2, i + 1) * 4));
    grown.set(this.ends);
    this.ends = grown;
  }

  /** Where record `i`'s id starts in {@link IdStore.bytesOf} (it ends at `endOf(i)`). */
  start(i: number): number {
    return i === this.gapAt ? this.gapStart : i === 0 ? 0 : this.ends[i - 1]!;
  }

  /** Where record `i`'s id ends in {@link IdStore.bytesOf}. */
  endOf(i: number): number {
    return this.ends[i]!;
  }

  /** The bytes of the ids (valid until the next id is added). */
  bytesOf(): Uint8Array {
    return this.bytes;
  }

  // Record i's id when it is kept as a string (a character above U+00FF), else undefined.
  private wideAt(i: number): string | undefined {
    return this.wide.size === 0 ? undefined : this.wide.get(i);
  }

  /** Whether every id is held as bytes (none has a character above U+00FF). */
  allBytes(): boolean {
    return this.wide.size === 0;
  }

  /** Record `i`'s id against `text`, as `<` compares strings: negative, 0 or positive. */
  compare(i: number, text: string): number {
    const wide = this.wideAt(i);
    if (wide !== undefined) return wide < text ? -1 : wide > text ? 1 : 0;
    const bytes = this.bytes;
    const s = this.start(i);
    const length = this.ends[i]! - s;
    const common = Math.min(length, text.length);
    for (let k = 0; k < common; k++) {
      const d = bytes[s + k]! - text.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - text.length;
  }

  /** Record `i`'s id. */
  at(i: number): string {
    const wide = this.wideAt(i);
    if (wide !== undefined) return wide;
    return latin1(this.bytes, this.start(i), this.ends[i]!);
  }

  /** The ids of records 0 … n − 1, as strings. */
  strings(n: number): string[] {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i);
    return out;
  }

  /** FNV-1a (32-bit) of record `i`'s id's characters: `hashId` of the id. */
  hash(i: number): number {
    const wide = this.wideAt(i);
    return wide !== undefined ? hashId(wide) : hashIdBytes(this.bytes, this.start(i), this.ends[i]!);
  }

  /** Whether records `i` and `j` have the same id. */
  same(i: number, j: number): boolean {
    const a = this.wideAt(i);
    const b = this.wideAt(j);
    if (a !== undefined || b !== undefined) return a === b;
    const bytes = this.bytes;
    const si = this.start(i);
    const sj = this.start(j);
    const length = this.ends[i]! - si;
    if (this.ends[j]! - sj !== length) return false;
    // From the end: neighbours in id order share their beginnings and differ, if at all, mostly near the end.
    for (let k = length - 1; k >= 0; k--) if (bytes[si + k] !== bytes[sj + k]) return false;
    return true;
  }

  /** Whether record `i`'s id is `text`. */
  is(i: number, text: string): boolean {
    const wide = this.wideAt(i);
    return wide !== undefined ? wide === text : latin1Is(this.bytes, this.start(i), this.ends[i]!, text);
  }
}
