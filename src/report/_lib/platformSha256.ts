/** The incremental SHA-256 of the runtime's own crypto library, when it has one that works synchronously. */
export interface PlatformHash {
  update(data: string | Uint8Array): PlatformHash;
  digest(encoding: "hex"): string;
}

type CreateHash = (algorithm: "sha256") => PlatformHash;

let cached: CreateHash | null | undefined;

/**
 * Node's `crypto.createHash` (OpenSSL, several times faster than JavaScript) where the runtime offers it
 * synchronously through `process.getBuiltinModule` (Node.js ≥ 20.16), else `null` (browsers, Deno without it, older
 * Node), and the caller hashes with `@noble/hashes`. Both give the same digest: SHA-256 of the text's UTF-8 bytes,
 * lone surrogates as U+FFFD (a test checks them against each other). Internal to the report.
 *
 * @returns `createHash`, or `null`.
 *
 * @example
 * ```ts
 * platformSha256()?.("sha256").update("abc").digest("hex") ?? "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export function platformSha256(): CreateHash | null {
  if (cached !== undefined) return cached;
  cached = null;
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof get === "function") {
    try {
      const crypto = get("node:crypto") as { createHash?: CreateHash } | undefined;
      if (typeof crypto?.createHash === "function") cached = crypto.createHash;
    } catch {
      cached = null;
    }
  }
  return cached;
}
