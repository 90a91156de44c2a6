import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
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

describe("previousPeriod: wrong-shaped arguments", () => {
  it("throws invalid_argument for a period or calendar that is missing or not an object", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const march = periodOf(Date.parse("2026-03-10T00:00:00Z"), "month", utc);
    const error = (period: unknown, calendar: unknown) => kpiErrorOf(() => previousPeriod(period as never, calendar as never));
    expect(error(undefined, utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "previousPeriod: period must be an object, not undefined" });
    expect(error(null, utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "previousPeriod: period must be an object, not null" });
    expect(error("2026-03", utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "previousPeriod: period must be an object, not string" });
    expect(error(march, undefined)).toEqual({ code: "invalid_argument", path: ["calendar"], message: "previousPeriod: calendar must be an object, not undefined" });
    expect(error(march, "UTC")).toEqual({ code: "invalid_argument", path: ["calendar"], message: "previousPeriod: calendar must be an object, not string" });
  });
});
