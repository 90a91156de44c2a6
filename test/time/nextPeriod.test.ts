import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
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

describe("nextPeriod: wrong-shaped arguments", () => {
  it("throws invalid_argument for a period or calendar that is missing or not an object", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const march = periodOf(Date.parse("2026-03-10T00:00:00Z"), "month", utc);
    const error = (period: unknown, calendar: unknown) => kpiErrorOf(() => nextPeriod(period as never, calendar as never));
    expect(error(undefined, utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "nextPeriod: period must be an object, not undefined" });
    expect(error(null, utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "nextPeriod: period must be an object, not null" });
    expect(error("2026-03", utc)).toEqual({ code: "invalid_argument", path: ["period"], message: "nextPeriod: period must be an object, not string" });
    expect(error(march, undefined)).toEqual({ code: "invalid_argument", path: ["calendar"], message: "nextPeriod: calendar must be an object, not undefined" });
    expect(error(march, "UTC")).toEqual({ code: "invalid_argument", path: ["calendar"], message: "nextPeriod: calendar must be an object, not string" });
  });
});
