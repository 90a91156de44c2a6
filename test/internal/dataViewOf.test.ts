import { describe, expect, it } from "vitest";
import { dataViewOf } from "../../src/internal/dataViewOf.js";

describe("dataViewOf", () => {
  it("matches the documented example", () => {
    const bytes = Uint8Array.of(0, 1, 2, 3, 4);
    // Bytes 1, 2, 3, 4 as a little-endian word: 1 + 2·256 + 3·65 536 + 4·16 777 216 = 67 305 985.
    expect([dataViewOf(bytes.subarray(1)).getUint32(0, true), dataViewOf(bytes) === dataViewOf(bytes)]).toEqual([67305985, true]);
  });

  it("gives a new view for other bytes, even over the same buffer", () => {
    const bytes = Uint8Array.of(9, 8, 7, 6, 5);
    const whole = dataViewOf(bytes);
    const part = dataViewOf(bytes.subarray(1));
    expect(part).not.toBe(whole);
    expect([part.byteOffset, part.byteLength, part.getUint8(0)]).toEqual([1, 4, 8]);
  });
});
