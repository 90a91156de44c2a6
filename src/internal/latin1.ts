// Node's Latin-1 decoder, which takes any Uint8Array (not only a Buffer), where there is one.
const nodeLatin1Slice = (globalThis as { Buffer?: { prototype?: { latin1Slice?: (start: number, end: number) => string } } }).Buffer?.prototype
  ?.latin1Slice;

/**
 * Bytes as a string of the characters U+0000–U+00FF, one per byte (printable ASCII as read from a file): Node's
 * `latin1Slice` where there is one (three times faster), else by character codes. Internal.
 *
 * @param buf - The bytes.
 * @param start - The first byte.
 * @param end - The byte after the last.
 * @returns The text.
 *
 * @example
 * ```ts
 * latin1(Buffer.from("xkpiy"), 1, 4);
 * //=> "kpi"
 * ```
 */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  if (nodeLatin1Slice !== undefined) return nodeLatin1Slice.call(buf, start, end);
  let out = "";
  for (let k = start; k < end; k += 8192) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(end, k + 8192)) as unknown as number[]);
  return out;
}

/**
 * Whether the bytes `buf[start, end)`, one character each (Latin-1), spell `text`: {@link latin1} compared, without
 * making the string. Internal.
 *
 * @param buf - The bytes.
 * @param start - The first byte.
 * @param end - The byte after the last.
 * @param text - The text.
 * @returns Whether they are the same.
 *
 * @example
 * ```ts
 * [latin1Is(Buffer.from("xkpiy"), 1, 4, "kpi"), latin1Is(Buffer.from("xkpiy"), 1, 4, "kp")];
 * //=> [true, false]
 * ```
 */
export function latin1Is(buf: Uint8Array, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let k = 0; k < text.length; k++) if (buf[start + k] !== text.charCodeAt(k)) return false;
  return true;
}
