import { describe, expect, it } from "vitest";
import { easterSunday } from "../../src/time/easterSunday.js";

describe("easterSunday", () => {
  it("matches the documented example", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
  });

  it("agrees with published Easter dates", () => {
    // Published Gregorian Easter dates (e.g. the tables of the US Naval Observatory); 2285 is the earliest possible, 22 March.
    expect([2024, 2025, 2027, 2038, 2285, 1818, 2000].map(easterSunday)).toEqual([
      "2024-03-31", "2025-04-20", "2027-03-28", "2038-04-25", "2285-03-22", "1818-03-22", "2000-04-23",
    ]);
  });

  it("throws invalid_argument for a year outside the Gregorian range", () => {
    for (const year of [1582, 10_000, 2026.5, Number.NaN]) {
      expect(() => easterSunday(year)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["year"] }));
    }
  });
});
