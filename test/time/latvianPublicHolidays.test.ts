import { describe, expect, it } from "vitest";
import { latvianPublicHolidays } from "../../src/time/latvianPublicHolidays.js";

describe("latvianPublicHolidays", () => {
  it("matches the documented example", () => {
    expect(latvianPublicHolidays(2026).slice(0, 4)).toEqual(["2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06"]);
  });

  it("lists 2026 with 4 May on a Monday and 18 November on a Wednesday", () => {
    // Easter 2026 = 5 April → Good Friday 3 April, Easter Monday 6 April. 4 May 2026 is a Monday, 18 November a
    // Wednesday: no moved days.
    expect(latvianPublicHolidays(2026)).toEqual([
      "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-04", "2026-06-23",
      "2026-06-24", "2026-11-18", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31",
    ]);
  });

  it("adds the Monday after 4 May on a Sunday", () => {
    // 4 May 2025 is a Sunday → 5 May is a holiday; Easter 2025 = 20 April.
    const days = latvianPublicHolidays(2025);
    expect(days).toContain("2025-05-05");
    expect(days).toContain("2025-04-18");
    expect(days).toContain("2025-04-21");
    expect(days).toHaveLength(14);
  });

  it("adds the Monday after 18 November on a Saturday", () => {
    // 18 November 2023 is a Saturday → Monday 20 November 2023 is a holiday.
    expect(latvianPublicHolidays(2023)).toContain("2023-11-20");
    expect(latvianPublicHolidays(2023)).not.toContain("2023-11-19");
  });

  it("throws invalid_argument for a bad year", () => {
    expect(() => latvianPublicHolidays(1500)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["year"] }));
  });
});
