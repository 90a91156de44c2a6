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
