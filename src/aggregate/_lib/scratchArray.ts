/**
 * The pooled buffers, by name, held by one object that the module reaches through a `WeakRef`: a job that reads the
 * `WeakRef` keeps the holder (and so every buffer) alive until it ends, and between jobs the garbage collector may
 * reclaim it; a buffer taken out of the holder is garbage at once, even within that job (a `WeakRef` per buffer
 * would keep each one alive until the job ends: see {@link borrowScratch}).
 */
let poolRef: WeakRef<Map<string, ArrayBuffer>> | null = null;

function currentPool(): Map<string, ArrayBuffer> {
  let pool = poolRef?.deref();
  if (pool === undefined) {
    pool = new Map<string, ArrayBuffer>();
    poolRef = new WeakRef(pool);
  }
  return pool;
}

type Kind = "f64" | "i32" | "u8";

const BYTES: Readonly<Record<Kind, number>> = { f64: 8, i32: 4, u8: 1 };

// A typed array of `kind` over `length` elements of `buffer` from byte `offset`.
function viewOf(kind: Kind, buffer: ArrayBuffer, offset: number, length: number): Float64Array | Int32Array | Uint8Array {
  return kind === "f64" ? new Float64Array(buffer, offset, length) : kind === "i32" ? new Int32Array(buffer, offset, length) : new Uint8Array(buffer, offset, length);
}

/**
 * Returns a typed array of a given length over a reusable scratch buffer (contents undefined: the caller writes
 * before it reads).
 *
 * @remarks
 * Internal performance detail of the aggregation engine. Allocating tens of megabytes of typed arrays per call
 * makes V8 run full garbage collections over the caller's (often large) heap; reusing buffers between calls avoids
 * that. The pool is held through a `WeakRef`, so the garbage collector may reclaim it between jobs; nothing
 * observable is kept. Each name is used by one place in the engine, which never calls user code while holding it.
 *
 * @param name - The buffer's name (one per use site).
 * @param kind - `f64`, `i32` or `u8`.
 * @param length - The number of elements.
 * @returns A view of `length` elements.
 *
 * @example
 * ```ts
 * scratchArray("example", "f64", 3).length;
 * //=> 3
 * ```
 */
export function scratchArray<K extends Kind>(
  name: string,
  kind: K,
  length: number,
): K extends "f64" ? Float64Array : K extends "i32" ? Int32Array : Uint8Array {
  const bytes = Math.max(64, length * BYTES[kind]);
  const pool = currentPool();
  let buffer = pool.get(name);
  if (buffer === undefined || buffer.byteLength < bytes) {
    // A buffer outgrown is replaced with some room to spare (the next call is often a little larger); a first one is
    // the size asked for.
    buffer = new ArrayBuffer(buffer === undefined ? bytes : Math.ceil(bytes * 1.0625));
    pool.set(name, buffer);
  }
  return viewOf(kind, buffer, 0, length) as K extends "f64" ? Float64Array : K extends "i32" ? Int32Array : Uint8Array;
}

/**
 * Returns `f64` float and `i32` integer columns of `length` elements each, side by side in one reusable scratch
 * buffer (contents undefined, as with {@link scratchArray}).
 *
 * @remarks
 * Internal. One buffer rather than one per column: when the columns are idle, a function that borrows scratch for
 * a large result (`borrowScratch`'s `forResult`) can take them whole, as one array as long as all of them.
 *
 * @param name - The buffer's name (one per use site).
 * @param length - The elements of each column.
 * @param f64 - How many `Float64Array` columns (first in the buffer).
 * @param i32 - How many `Int32Array` columns (after them).
 * @returns The columns.
 *
 * @example
 * ```ts
 * const { floats, ints } = scratchColumns("example.columns", 3, 2, 1);
 * [floats.length, floats[1]!.length, ints[0]!.byteOffset];
 * //=> [2, 3, 48]
 * ```
 */
export function scratchColumns(name: string, length: number, f64: number, i32: number): { floats: Float64Array[]; ints: Int32Array[] } {
  const { buffer } = scratchArray(name, "u8", length * (8 * f64 + 4 * i32));
  const floats = Array.from({ length: f64 }, (_, c) => new Float64Array(buffer, 8 * length * c, length));
  const ints = Array.from({ length: i32 }, (_, c) => new Int32Array(buffer, 8 * length * f64 + 4 * length * c, length));
  return { floats, ints };
}

/** Zeroed typed arrays of a given kind and length, from {@link borrowScratch}. */
export interface BorrowArray {
  (kind: "f64", length: number): Float64Array;
  (kind: "i32", length: number): Int32Array;
  (kind: "u8", length: number): Uint8Array;
  /**
   * The zeroed arrays of the borrowing function's result, which outlives it (see {@link ColumnAllocator}): each goes
   * into an unused pooled buffer, which then leaves the pool for good (the result keeps it), largest array first,
   * each into the buffer with the least room that holds it; the others are fresh. The unused buffers left are let go
   * (as by `releaseUnused`) before the fresh arrays are allocated. Call it once, after the last working array.
   */
  readonly forResult: ColumnAllocator;
  /**
   * Takes the pooled buffers neither borrowed nor given to the result out of the pool, so that the garbage collector
   * may reclaim them before the job ends (arrays borrowed afterwards come from the buffers already borrowed, or are
   * fresh).
   */
  releaseUnused(): void;
}

/** The kind and length of a typed array asked of a {@link ColumnAllocator}. */
export type ColumnRequest = readonly [kind: Kind, length: number];

/** Allocates zeroed typed arrays, one per request, in the order asked (`allocateColumns` asks for all at once). */
export type ColumnAllocator = (requests: readonly ColumnRequest[]) => (Float64Array | Int32Array | Uint8Array)[];

/**
 * A fresh zeroed typed array per request (the allocator `allocateColumns` uses unless given another).
 *
 * @example
 * ```ts
 * freshColumns([["f64", 2], ["u8", 1]]).map((a) => [a.constructor.name, a.length]);
 * //=> [["Float64Array", 2], ["Uint8Array", 1]]
 * ```
 */
export const freshColumns: ColumnAllocator = (requests) => requests.map(([kind, length]) => viewOf(kind, new ArrayBuffer(length * BYTES[kind]), 0, length));

/**
 * Returns an allocator of zeroed typed arrays for a function's working data, cut one after another from the buffers
 * {@link scratchArray} pools, whatever their names (they stay pooled); an array that fits in none is allocated
 * afresh.
 *
 * @remarks
 * Internal. The scratch of an aggregation outlives it until the end of the caller's synchronous job (the pool's
 * `WeakRef`, read in that job, keeps the pool alive until then), so in `rollUpScopes(aggregateRows(…), …)` the
 * roll-up's working arrays would be memory on top of that idle scratch; borrowed, they are not. Its result's arrays
 * go into that scratch as well where they fit (`forResult`), and the rest of it is let go, so that the result is
 * not new memory beside idle memory of its size. Only a function that runs while no other holds scratch may borrow
 * (every pooled buffer is then unused), and it must not use the working arrays once it returns or call
 * {@link scratchArray}'s users meanwhile: `rollUpScopes` over columns, which no engine function calls. A working
 * array goes into the first buffer borrowed with room for it, else into the smallest unused buffer that fits.
 *
 * @returns The allocator (`borrow(kind, length)`).
 *
 * @example
 * ```ts
 * scratchArray("example.borrowed", "f64", 4).fill(7);
 * const borrow = borrowScratch();
 * [...borrow("i32", 2)];
 * //=> [0, 0]
 * ```
 */
export function borrowScratch(): BorrowArray {
  const pool = currentPool();
  const unused = [...pool.values()].sort((a, b) => a.byteLength - b.byteLength);
  // The buffers cut so far and the bytes used of each.
  type Cut = { readonly buffer: ArrayBuffer; used: number };
  const cutFrom = (cut: Cut, kind: Kind, length: number): Float64Array | Int32Array | Uint8Array => {
    const view = viewOf(kind, cut.buffer, cut.used, length);
    view.fill(0);
    cut.used += Math.ceil((length * BYTES[kind]) / 8) * 8; // the next array starts 8-byte aligned
    return view;
  };
  const releaseUnused = (): void => {
    for (const [name, buffer] of pool) if (unused.includes(buffer)) pool.delete(name);
    unused.length = 0;
  };
  const borrowed: Cut[] = [];
  const borrow = (kind: Kind, length: number): Float64Array | Int32Array | Uint8Array => {
    const bytes = length * BYTES[kind];
    let cut = borrowed.find((b) => b.buffer.byteLength - b.used >= bytes);
    if (cut === undefined) {
      const j = unused.findIndex((buffer) => buffer.byteLength >= bytes);
      if (j < 0) return viewOf(kind, new ArrayBuffer(bytes), 0, length);
      borrowed.push((cut = { buffer: unused.splice(j, 1)[0]!, used: 0 }));
    }
    return cutFrom(cut, kind, length);
  };
  const forResult: ColumnAllocator = (requests) => {
    const arrays: (Float64Array | Int32Array | Uint8Array | undefined)[] = new Array(requests.length);
    const adopted: Cut[] = [];
    const bytesOf = (r: number): number => requests[r]![1] * BYTES[requests[r]![0]];
    const largestFirst = requests.map((_, r) => r).sort((a, b) => bytesOf(b) - bytesOf(a));
    for (const r of largestFirst) {
      const bytes = bytesOf(r);
      if (bytes === 0) continue; // an empty array needs no buffer
      let cut: Cut | undefined;
      for (const b of adopted) if (b.buffer.byteLength - b.used >= bytes && (cut === undefined || b.buffer.byteLength - b.used < cut.buffer.byteLength - cut.used)) cut = b;
      if (cut === undefined) {
        const j = unused.findIndex((buffer) => buffer.byteLength >= bytes);
        if (j < 0) continue;
        adopted.push((cut = { buffer: unused.splice(j, 1)[0]!, used: 0 }));
        for (const [name, buffer] of pool) if (buffer === cut.buffer) pool.delete(name);
      }
      arrays[r] = cutFrom(cut, requests[r]![0], requests[r]![1]);
    }
    releaseUnused();
    return requests.map(([kind, length], r) => arrays[r] ?? viewOf(kind, new ArrayBuffer(length * BYTES[kind]), 0, length));
  };
  return Object.assign(borrow, { forResult, releaseUnused }) as BorrowArray;
}
