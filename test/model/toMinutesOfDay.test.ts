import { describe, expect, it } from "vitest";
import { toMinutesOfDay } from "../../src/model/toMinutesOfDay.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("toMinutesOfDay", () => {
  it("matches the documented example", () => {
    expect(toMinutesOfDay("08:30")).toBe(510);
    expect(toMinutesOfDay("24:00")).toBe(1440);
  });

  it("throws invalid_argument for a text that is not a string", () => {
    const error = (text: unknown) => kpiErrorOf(() => toMinutesOfDay(text as never));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: [], message: "toMinutesOfDay: text must be a string, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "toMinutesOfDay: text must be a string, not null" });
    expect(error(510)).toEqual({ code: "invalid_argument", path: [], message: "toMinutesOfDay: text must be a string, not number" });
    expect(error({})).toEqual({ code: "invalid_argument", path: [], message: "toMinutesOfDay: text must be a string, not an object" });
  });

  it("throws invalid_argument for a text that is not a time HH:MM from 00:00 to 24:00", () => {
    // It returned NaN for "8:30" and 1599 for "25:99" (25·60 + 99).
    for (const text of ["8:30", "25:99", "08:61", "24:30", "08.30", "", " 08:30", "08:30:00"]) {
      expect(kpiErrorOf(() => toMinutesOfDay(text))).toEqual({
        code: "invalid_argument",
        path: [],
        message: `toMinutesOfDay: ${JSON.stringify(text)} is not a local time HH:MM (00:00 to 24:00)`,
      });
    }
    // The ends of the day and of each field: 00:00 = 0, 23:59 = 23·60 + 59 = 1439.
    expect([toMinutesOfDay("00:00"), toMinutesOfDay("23:59"), toMinutesOfDay("19:05")]).toEqual([0, 1439, 1145]);
  });
});
