import { KpiError } from "../errors.js";
import { describeValue } from "../internal/describeValue.js";
import { createTextDigest } from "./_lib/createTextDigest.js";

/**
 * Returns the SHA-256 digest of a text's UTF-8 bytes, as 64 lowercase hexadecimal digits.
 *
 * @remarks
 * Computed with the runtime's own SHA-256 where it has a synchronous one (Node.js's `crypto`, found through
 * `process.getBuiltinModule`), else with `@noble/hashes` (audited, dependency-free, synchronous in every JavaScript
 * runtime); both give the same digest, so the report code runs anywhere. A lone surrogate in the text is encoded as
 * U+FFFD, as `TextEncoder` does. Used for the digests in a report's provenance
 * (docs/large-files.md#the-measurements-digest).
 *
 * @param text - The text to hash.
 * @returns The hex digest.
 * @throws {@link KpiError} `invalid_argument` when `text` is not a string (missing, `null`, a number, bytes…).
 *
 * @example
 * ```ts
 * digestSha256("abc");
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 *
 * @category Report
 */
export function digestSha256(text: string): string {
  if (typeof text !== "string") {
    throw new KpiError("invalid_argument", `digestSha256: text must be a string, not ${describeValue(text)}`, { path: [] });
  }
  const digest = createTextDigest();
  digest.add(text);
  return digest.hex();
}
