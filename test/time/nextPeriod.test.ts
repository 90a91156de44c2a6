import { describe, expect, it } from "vitest";
import { nextPeriod } from "../../src/time/nextPeriod.js";
import { periodOf } from "../../src/time/periodOf.js";

describe("nextPeriod", () => {
  it("matches the documented example", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    expect(nextPeriod(periodOf(Date.parse("2026-12-31T00:00:00Z"), "quarter", utc), utc).label).toBe("2027-Q1");
  });

  it("goes from ISO week 2026-W53 to 2027-W01", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const next = nextPeriod(periodOf(Date.parse("2026-12-30T00:00:00Z"), "week", utc), utc);
    // 2027-W01 starts Monday 2027-01-04 (1 January 2027 is a Friday).
    expect([next.label, next.start]).toEqual(["2027-W01", Date.parse("2027-01-04T00:00:00Z")]);
  });

  it("throws non_finite for a period with a non-finite end", () => {
    expect(() => nextPeriod({ grain: "day", label: "x", start: 0, end: Number.NaN }, { timeZone: "UTC", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["period", "end"] }),
    );
  });
});
