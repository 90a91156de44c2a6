import { describe, expect, it } from "vitest";
import { latestCompletePeriod } from "../../src/quality/_lib/latestCompletePeriod.js";

const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };

describe("latestCompletePeriod", () => {
  it("matches the documented example", () => {
    expect(latestCompletePeriod(Date.parse("2026-04-03T10:00:00Z"), "month", utc).label).toBe("2026-03");
  });

  it("returns the period that ends exactly at the reference", () => {
    expect(latestCompletePeriod(Date.UTC(2026, 3, 1), "quarter", utc).label).toBe("2026-Q1");
  });
});
