import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { platformSha256 } from "./platformSha256.js";

/** An incremental SHA-256 of UTF-8 text: add text piece by piece, read the hex digest once at the end. */
export interface TextDigest {
  /** Adds text; pieces are buffered and hashed in chunks of about 64 K characters. */
  add(text: string): void;
  /** Adds text already encoded as UTF-8 (after the text added before it). */
  addBytes(bytes: Uint8Array): void;
  /** The hex digest of everything added. */
  hex(): string;
}

/** What hashes the chunks: the platform's SHA-256 or noble's. */
interface Sha256Sink {
  update(text: string): void;
  updateBytes(bytes: Uint8Array): void;
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
  if (createHash === null) return createNobleDigest();
  // The platform's hash encodes each chunk as UTF-8 itself.
  const hash = createHash("sha256");
  return buffered({ update: (text) => void hash.update(text), updateBytes: (bytes) => void hash.update(bytes), hex: () => hash.digest("hex") });
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
  return buffered({
    update: (text) => void hash.update(utf8ToBytes(text)),
    updateBytes: (bytes) => void hash.update(bytes),
    hex: () => bytesToHex(hash.digest()),
  });
}

// Gathers the pieces into chunks of about 64 K characters for the sink; a surrogate pair split between two pieces is
// kept whole (a trailing high surrogate waits for the next chunk), so each chunk encodes as the whole text would.
function buffered(sink: Sha256Sink): TextDigest {
  let pending: string[] = [];
  let size = 0;
  const flush = (final: boolean): void => {
    if (pending.length === 0) return;
    let text = pending.join("");
    pending = [];
    size = 0;
    const last = text.charCodeAt(text.length - 1);
    if (!final && last >= 0xd800 && last <= 0xdbff) {
      pending.push(text.slice(-1));
      size = 1;
      text = text.slice(0, -1);
    }
    sink.update(text);
  };
  return {
    add(text: string): void {
      pending.push(text);
      size += text.length;
      if (size >= 65_536) flush(false);
    },
    addBytes(bytes: Uint8Array): void {
      flush(true);
      sink.updateBytes(bytes);
    },
    hex(): string {
      flush(true);
      return sink.hex();
    },
  };
}
