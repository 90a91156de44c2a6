import { describe, expect, it } from "vitest";
import { latin1 } from "../../src/internal/latin1.js";

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
