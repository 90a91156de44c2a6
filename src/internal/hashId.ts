/**
 * FNV-1a (32-bit) over the UTF-16 code units of `text` (the bytes, for ASCII). Internal.
 *
 * @param text - The text.
 * @returns The hash, 0 … 2³² − 1.
 *
 * @example
 * ```ts
 * hashId("costarring") === hashId("liquid");
 * //=> true
 * ```
 */
export function hashId(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * {@link hashId} of the text the bytes `bytes[start, end)` spell one character each (Latin-1): the same FNV-1a, so
 * an id kept as bytes hashes as its string does. Internal.
 *
 * @param bytes - The bytes.
 * @param start - The first byte.
 * @param end - The byte after the last.
 * @returns The hash, 0 … 2³² − 1.
 *
 * @example
 * ```ts
 * hashIdBytes(Buffer.from("xliquidy"), 1, 7) === hashId("liquid");
 * //=> true
 * ```
 */
export function hashIdBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
  return h >>> 0;
}
