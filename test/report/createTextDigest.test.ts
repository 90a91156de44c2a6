import { fc, test } from "@fast-check/vitest";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createNobleDigest, createTextDigest } from "../../src/report/_lib/createTextDigest.js";
import { platformSha256 } from "../../src/report/_lib/platformSha256.js";
import { digestSha256 } from "../../src/report/digestSha256.js";

// The oracle: Node's own SHA-256 (OpenSSL) of the text's UTF-8 bytes, lone surrogates as U+FFFD like TextEncoder.
const openssl = (text: string): string => createHash("sha256").update(Buffer.from(new TextEncoder().encode(text))).digest("hex");

describe("createTextDigest", () => {
  it("matches the documented example", () => {
    const d = createTextDigest();
    d.add("a");
    d.add("bc");
    expect(d.hex()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("keeps a surrogate pair whole when a piece or chunk boundary falls inside it", () => {
    for (const d of [createTextDigest(), createNobleDigest()]) {
      const head = "x".repeat(65_535) + "\ud83d"; // the noble chunk is flushed here, ending in a high surrogate
      d.add(head);
      d.add("\ude00 end");
      expect(d.hex()).toBe(openssl(`${head}\ude00 end`));
    }
  });

  it("uses the platform's SHA-256 under Node.js", () => {
    expect(platformSha256()).not.toBeNull();
  });
});

describe("createNobleDigest", () => {
  it("matches the documented example", () => {
    const d = createNobleDigest();
    d.add("abc");
    expect(d.hex()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("platformSha256", () => {
  it("matches the documented example", () => {
    expect(platformSha256()?.("sha256").update("abc").digest("hex") ?? "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad").toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

test.prop([fc.array(fc.string({ unit: "binary", maxLength: 40_000 }), { maxLength: 8 })], { numRuns: 60 })(
  "gives digestSha256 of the concatenation, which is OpenSSL's SHA-256, with the platform's hash and with noble's",
  (pieces) => {
    const d = createTextDigest();
    const noble = createNobleDigest();
    for (const p of pieces) {
      d.add(p);
      noble.add(p);
    }
    const whole = pieces.join("");
    expect(d.hex()).toBe(digestSha256(whole));
    expect(noble.hex()).toBe(digestSha256(whole));
    expect(digestSha256(whole)).toBe(openssl(whole));
  },
);
