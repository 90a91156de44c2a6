const pool = new Map<string, WeakRef<ArrayBuffer>>();

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
export function scratchArray<K extends "f64" | "i32" | "u8">(
  name: string,
  kind: K,
  length: number,
): K extends "f64" ? Float64Array : K extends "i32" ? Int32Array : Uint8Array {
  const size = kind === "f64" ? 8 : kind === "i32" ? 4 : 1;
  const bytes = Math.max(64, length * size);
  let buffer = pool.get(name)?.deref();
  if (buffer === undefined || buffer.byteLength < bytes) {
    buffer = new ArrayBuffer(Math.ceil(bytes * 1.0625));
    pool.set(name, new WeakRef(buffer));
  }
  const view = kind === "f64" ? new Float64Array(buffer, 0, length) : kind === "i32" ? new Int32Array(buffer, 0, length) : new Uint8Array(buffer, 0, length);
  return view as K extends "f64" ? Float64Array : K extends "i32" ? Int32Array : Uint8Array;
}
