import { describe, expect, it } from "vitest";
import { hashId, hashIdBytes } from "../../src/internal/hashId.js";

describe("hashId", () => {
  it("matches the documented example", () => {
    // A known FNV-1a (32-bit) collision.
    expect(hashId("costarring") === hashId("liquid")).toBe(true);
  });

  it("gives FNV-1a's offset basis for the empty text and its published value for \"a\"", () => {
    expect(hashId("")).toBe(0x811c9dc5);
    expect(hashId("a")).toBe(0xe40c292c);
  });
});

describe("hashIdBytes", () => {
  it("matches the documented example", () => {
    expect(hashIdBytes(Buffer.from("xliquidy"), 1, 7) === hashId("liquid")).toBe(true);
  });

  it("hashes every byte as the character of that code, as hashId hashes the string", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    for (const [start, end] of [[0, 0], [0, 1], [3, 40], [0, 256]] as const) {
      expect(hashIdBytes(bytes, start, end)).toBe(hashId(String.fromCharCode(...bytes.subarray(start, end))));
    }
  });
});
