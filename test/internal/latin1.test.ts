import { describe, expect, it } from "vitest";
import { latin1, latin1Is } from "../../src/internal/latin1.js";

describe("latin1", () => {
  it("matches the documented example", () => {
    expect(latin1(Buffer.from("xkpiy"), 1, 4)).toBe("kpi");
  });

  it("reads a plain Uint8Array as a Buffer, every byte one character", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(latin1(bytes, 0, 256)).toBe(String.fromCharCode(...bytes));
    expect(latin1(bytes, 250, 250)).toBe("");
  });
});

describe("latin1Is", () => {
  it("matches the documented example", () => {
    expect([latin1Is(Buffer.from("xkpiy"), 1, 4, "kpi"), latin1Is(Buffer.from("xkpiy"), 1, 4, "kp")]).toEqual([true, false]);
  });

  it("is latin1's text compared: the same length and every character, above U+00FF never", () => {
    const bytes = Uint8Array.from([0x6d, 0xe9, 0x31]); // "mé1"
    expect([latin1Is(bytes, 0, 3, "mé1"), latin1Is(bytes, 0, 3, "mé2"), latin1Is(bytes, 0, 3, "mé1x"), latin1Is(bytes, 1, 1, "")]).toEqual([
      true, false, false, true,
    ]);
    expect(latin1Is(Uint8Array.from([0x01]), 0, 1, "\u0101")).toBe(false);
  });
});
