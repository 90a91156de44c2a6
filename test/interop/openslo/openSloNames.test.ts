import { describe, expect, it } from "vitest";
import { openSloNameFor, plainDecimal } from "../../../src/interop/openslo/_lib/openSloNames.js";

describe("openSloNameFor", () => {
  it("matches the documented example", () => {
    const taken = new Set<string>();
    expect([openSloNameFor("avail", taken), openSloNameFor("avail", taken), openSloNameFor("Pieejamība 24/7", taken)]).toEqual(["avail", "avail-2", "pieejamiba-24-7"]);
  });

  it("keeps names within 63 characters, leaving room for a suffix, and never empty", () => {
    const taken = new Set<string>();
    const long = "a".repeat(70);
    expect(openSloNameFor(long, taken)).toBe("a".repeat(63));
    expect(openSloNameFor(long, taken)).toBe(`${"a".repeat(61)}-2`);
    expect(openSloNameFor(long, new Set(), "-short".length)).toBe("a".repeat(57));
    expect(openSloNameFor("!!!", taken)).toBe("x");
    expect(openSloNameFor("", taken)).toBe("x-2");
  });
});

describe("plainDecimal", () => {
  it("matches the documented example", () => {
    expect([plainDecimal(1e-7), plainDecimal(14.4)]).toEqual(["0.0000001", "14.4"]);
  });
});
