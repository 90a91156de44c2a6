import { describe, expect, it } from "vitest";
import { civilFromDays } from "../../src/time/_lib/civilFromDays.js";

describe("civilFromDays", () => {
  it("matches the documented example", () => {
    expect(civilFromDays(20541)).toEqual({ year: 2026, month: 3, day: 29 });
  });

  it("reads days before 1970 and leap days", () => {
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civilFromDays(Date.UTC(2000, 1, 29) / 86_400_000)).toEqual({ year: 2000, month: 2, day: 29 });
  });
});
