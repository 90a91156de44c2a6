import { describe, expect, it } from "vitest";
import { countingPass } from "../../src/internal/countingPass.js";

describe("countingPass", () => {
  it("matches the documented example", () => {
    // Digits 1, 0, 1 for positions 0, 1, 2: position 1 (digit 0) first, then 0 and 2 in their order.
    const to = new Uint32Array(3);
    expect([countingPass(Uint32Array.of(0, 1, 2), to, [1, 0, 1], new Uint32Array(3), 2), [...to]]).toEqual([true, [1, 0, 2]]);
  });

  it("orders the positions as listed, not by position, and skips a pass of one digit", () => {
    // From the order 2, 0, 1 with digits (by position) 0 → 1, 1 → 1, 2 → 0: 2 (digit 0), then 0 and 1 as listed.
    const to = Uint32Array.of(9, 9, 9);
    expect(countingPass(Uint32Array.of(2, 0, 1), to, [1, 1, 0], new Uint32Array(3), 2)).toBe(true);
    expect([...to]).toEqual([2, 0, 1]);
    const untouched = Uint32Array.of(9, 9, 9);
    expect(countingPass(Uint32Array.of(2, 0, 1), untouched, [4, 4, 4], new Uint32Array(6), 5)).toBe(false);
    expect([...untouched]).toEqual([9, 9, 9]);
  });
});
