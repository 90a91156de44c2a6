import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/time/periodOf.js";
import { previousPeriod } from "../../src/time/previousPeriod.js";

describe("previousPeriod", () => {
  it("matches the documented example", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    expect(previousPeriod(periodOf(Date.parse("2025-01-01T00:00:00Z"), "week", utc), utc).label).toBe("2024-W52");
  });

  it("goes back from FY2026-27 to FY2025-26 with an April start", () => {
    const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
    const previous = previousPeriod(periodOf(Date.parse("2026-06-01T00:00:00Z"), "fiscal_year", riga), riga);
    expect([previous.label, previous.end]).toEqual(["FY2025-26", Date.parse("2026-04-01T00:00:00+03:00")]);
  });

  it("throws non_finite for a period with a non-finite start", () => {
    expect(() => previousPeriod({ grain: "day", label: "x", start: Infinity, end: 0 }, { timeZone: "UTC", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["period", "start"] }),
    );
  });
});
