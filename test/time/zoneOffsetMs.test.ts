import { describe, expect, it } from "vitest";
import { zoneOffsetMs } from "../../src/time/_lib/zoneOffsetMs.js";

describe("zoneOffsetMs", () => {
  it("matches the documented example", () => {
    expect(zoneOffsetMs("Europe/Riga", Date.UTC(2026, 6, 1))).toBe(10800000);
  });

  it("switches at 01:00 UTC on the last Sunday of March in Riga", () => {
    expect(zoneOffsetMs("Europe/Riga", Date.parse("2026-03-29T00:59:59.999Z"))).toBe(2 * 3_600_000);
    expect(zoneOffsetMs("Europe/Riga", Date.parse("2026-03-29T01:00:00Z"))).toBe(3 * 3_600_000);
  });
});
