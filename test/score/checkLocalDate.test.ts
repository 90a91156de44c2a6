import { describe, expect, it } from "vitest";
import { checkLocalDate } from "../../src/score/_lib/checkLocalDate.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("checkLocalDate", () => {
  it("matches the documented example", () => {
    expect(checkLocalDate("2026-03-01", "resolveTarget", ["targets", 0, "validFrom"])).toBeUndefined();
  });

  it("throws with the given path when the month is out of range", () => {
    expect(() => checkLocalDate("2026-13-01", "f", ["x"])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["x"] }),
    );
  });
});

describe("checkLocalDate: days the month does not have", () => {
  it("refuses a day past the month's last, with the given path, and takes 29 February in a leap year", () => {
    expect(kpiErrorOf(() => checkLocalDate("2025-02-30", "plannedValue", ["x"]))).toEqual({
      code: "invalid_argument",
      path: ["x"],
      message: 'plannedValue: "2025-02-30" is not a calendar date (2025-02 has 28 days)',
    });
    expect(kpiErrorOf(() => checkLocalDate("2026-04-31", "f", ["x"]))).toMatchObject({ path: ["x"], message: 'f: "2026-04-31" is not a calendar date (2026-04 has 30 days)' });
    expect(kpiErrorOf(() => checkLocalDate("2100-02-29", "f", ["x"]))).toMatchObject({ code: "invalid_argument" });
    expect(checkLocalDate("2024-02-29", "f", ["x"])).toBeUndefined();
    expect(checkLocalDate("2000-02-29", "f", ["x"])).toBeUndefined();
    expect(checkLocalDate("2026-12-31", "f", ["x"])).toBeUndefined();
  });
});
