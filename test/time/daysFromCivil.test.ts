import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/time/_lib/daysFromCivil.js";

describe("daysFromCivil", () => {
  it("matches the documented example", () => {
    // By hand: 2026-01-01 = 56 × 365 + 14 leap days (1972 … 2024) = 20454; + 31 + 28 + 28 = 20541.
    expect(daysFromCivil(2026, 3, 29)).toBe(20541);
  });

  it("agrees with Date.UTC across centuries", () => {
    for (const [y, m, d] of [[1970, 1, 1], [1969, 12, 31], [1900, 3, 1], [2000, 2, 29], [1600, 1, 1], [2400, 12, 31]] as const) {
      expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
  });
});
