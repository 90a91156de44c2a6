import { describe, expect, it } from "vitest";
import { hashId } from "../../src/internal/hashId.js";

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
