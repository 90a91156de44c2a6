import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { digestSha256 } from "../../src/report/digestSha256.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("digestSha256", () => {
  it("matches the documented example", () => {
    expect(digestSha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("gives the FIPS 180-2 reference digests when the message is empty or spans two blocks", () => {
    expect(digestSha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(digestSha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node:crypto when the text has non-ASCII characters and block-edge lengths", () => {
    for (const text of ["Rīga — ēē 🚀", "a".repeat(55), "a".repeat(56), "a".repeat(64), "ā".repeat(1000), "\ud800x"]) {
      expect(digestSha256(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  it("throws invalid_argument when the text is missing or not a string", () => {
    const cases: [() => unknown, unknown][] = [
      [() => digestSha256(undefined as never), { code: "invalid_argument", path: [], message: "digestSha256: text must be a string, not undefined" }],
      [() => digestSha256(null as never), { code: "invalid_argument", path: [], message: "digestSha256: text must be a string, not null" }],
      [() => digestSha256(1 as never), { code: "invalid_argument", path: [], message: "digestSha256: text must be a string, not number" }],
      [() => digestSha256(new Uint8Array([97, 98, 99]) as never), { code: "invalid_argument", path: [], message: "digestSha256: text must be a string, not Uint8Array" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
