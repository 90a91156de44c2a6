import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { platformSha256 } from "./platformSha256.js";

/** An incremental SHA-256 of UTF-8 text: add text piece by piece, read the hex digest once at the end. */
export interface TextDigest {
  /** Adds text; pieces are buffered and hashed in chunks of about 64 K characters. */
  add(text: string): void;
  /** The hex digest of everything added. */
  hex(): string;
}

/**
 * Starts an incremental SHA-256 of text: the digest of the pieces added equals `digestSha256` of their
 * concatenation, without ever building that string (a report over millions of records hashes them one by one).
 * Uses the platform's SHA-256 where the runtime has one (Node.js), else `@noble/hashes`. Internal to the report.
 *
 * @returns The digest to add text to.
 *
 * @example
 * ```ts
 * const d = createTextDigest();
 * d.add("a");
 * d.add("bc");
 * d.hex();
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function createTextDigest(): TextDigest {
  const createHash = platformSha256();
  if (createHash !== null) {
    // OpenSSL encodes each piece as UTF-8 itself; a surrogate pair split between pieces is kept whole as below.
    const hash = createHash("sha256");
    let carry = "";
    return {
      add(text: string): void {
        let piece = carry + text;
        carry = "";
        const last = piece.charCodeAt(piece.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          carry = piece.slice(-1);
          piece = piece.slice(0, -1);
        }
        if (piece !== "") hash.update(piece);
      },
      hex(): string {
        if (carry !== "") hash.update(carry);
        carry = "";
        return hash.digest("hex");
      },
    };
  }
  return createNobleDigest();
}

/**
 * The same digest with `@noble/hashes`, for runtimes without a platform SHA-256 (and tested against it).
 *
 * @returns The digest to add text to.
 *
 * @example
 * ```ts
 * const d = createNobleDigest();
 * d.add("abc");
 * d.hex();
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function createNobleDigest(): TextDigest {
  const hash = sha256.create();
  let pending: string[] = [];
  let size = 0;
  const flush = (final: boolean): void => {
    if (pending.length === 0) return;
    let text = pending.join("");
    pending = [];
    size = 0;
    // A surrogate pair split between two pieces stays whole: keep a trailing high surrogate for the next chunk.
    const last = text.charCodeAt(text.length - 1);
    if (!final && last >= 0xd800 && last <= 0xdbff) {
      pending.push(text.slice(-1));
      size = 1;
      text = text.slice(0, -1);
    }
    hash.update(utf8ToBytes(text));
  };
  return {
    add(text: string): void {
      pending.push(text);
      size += text.length;
      if (size >= 65_536) flush(false);
    },
    hex(): string {
      flush(true);
      return bytesToHex(hash.digest());
    },
  };
}
