const pool = new Map<string, WeakRef<ArrayBuffer>>();

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
 * that. Buffers are held through `WeakRef`s, so the garbage collector may reclaim them between calls; nothing
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
  let buffer = pool.get(name)?.deref();
  if (buffer === undefined || buffer.byteLength < bytes) {
    // A buffer outgrown is replaced with some room to spare (the next call is often a little larger); a first one is
    // the size asked for.
    buffer = new ArrayBuffer(buffer === undefined ? bytes : Math.ceil(bytes * 1.0625));
    pool.set(name, new WeakRef(buffer));
  }
  return viewOf(kind, buffer, 0, length) as K extends "f64" ? Float64Array : K extends "i32" ? Int32Array : Uint8Array;
}

/** Zeroed typed arrays of a given kind and length, from {@link borrowScratch}. */
export interface BorrowArray {
  (kind: "f64", length: number): Float64Array;
  (kind: "i32", length: number): Int32Array;
  (kind: "u8", length: number): Uint8Array;
}

/**
 * Returns an allocator of zeroed typed arrays for a function's working data, cut one after another from the buffers
 * {@link scratchArray} pools, whatever their names (they stay pooled); an array that fits in none is allocated
 * afresh.
 *
 * @remarks
 * Internal. The scratch of an aggregation outlives it until the end of the caller's synchronous job (each `WeakRef`
 * that gives a buffer keeps it alive until then), so in `rollUpScopes(aggregateRows(…), …)` the roll-up's working
 * arrays would be memory on top of that idle scratch; borrowed, they are not. Only a function that runs while no
 * other holds scratch may borrow (every pooled buffer is then unused), and it must not use the arrays once it
 * returns or call {@link scratchArray}'s users meanwhile: `rollUpScopes` over columns, which no engine function calls.
 * An array goes into the first buffer borrowed with room for it, else into the smallest unused buffer that fits.
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
  const unused: ArrayBuffer[] = [];
  for (const ref of pool.values()) {
    const buffer = ref.deref();
    if (buffer !== undefined) unused.push(buffer);
  }
  unused.sort((a, b) => a.byteLength - b.byteLength);
  // The buffers borrowed so far and the bytes used of each.
  const borrowed: { readonly buffer: ArrayBuffer; used: number }[] = [];
  const borrow = (kind: Kind, length: number): Float64Array | Int32Array | Uint8Array => {
    const bytes = length * BYTES[kind];
    let into = borrowed.find((b) => b.buffer.byteLength - b.used >= bytes);
    if (into === undefined) {
      const j = unused.findIndex((buffer) => buffer.byteLength >= bytes);
      if (j < 0) return viewOf(kind, new ArrayBuffer(bytes), 0, length);
      borrowed.push((into = { buffer: unused.splice(j, 1)[0]!, used: 0 }));
    }
    const { buffer, used } = into;
    const view = viewOf(kind, buffer, used, length);
    view.fill(0);
    into.used = used + Math.ceil(bytes / 8) * 8; // the next array starts 8-byte aligned
    return view;
  };
  return borrow as BorrowArray;
}
