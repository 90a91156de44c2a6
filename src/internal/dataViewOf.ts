// The view of the bytes last asked for, made again only for other bytes: readers pass the same chunk many times.
let viewed: Uint8Array | null = null;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

/**
 * A `DataView` of the same bytes as `bytes` (its buffer, offset and length), to read four of them at a time: the
 * last one made is kept and given again while the bytes are the same array. Internal.
 *
 * @param bytes - The bytes.
 * @returns Their view.
 *
 * @example
 * ```ts
 * const bytes = Uint8Array.of(0, 1, 2, 3, 4);
 * [dataViewOf(bytes.subarray(1)).getUint32(0, true), dataViewOf(bytes) === dataViewOf(bytes)];
 * //=> [67305985, true]
 * ```
 */
export function dataViewOf(bytes: Uint8Array): DataView<ArrayBufferLike> {
  if (bytes !== viewed) {
    viewed = bytes;
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return view;
}
