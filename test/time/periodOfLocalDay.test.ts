import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/time/_lib/daysFromCivil.js";
import { periodOfLocalDay } from "../../src/time/_lib/periodOfLocalDay.js";

describe("periodOfLocalDay", () => {
  it("matches the documented example", () => {
    expect(periodOfLocalDay(20819, "week", 1).label).toBe("2026-W53");
  });

  it("gives the local days of a fiscal year starting in April", () => {
    expect(periodOfLocalDay(daysFromCivil(2026, 3, 31), "fiscal_year", 4)).toEqual({
      startDay: daysFromCivil(2025, 4, 1),
      endDay: daysFromCivil(2026, 4, 1),
      label: "FY2025-26",
    });
  });
});
