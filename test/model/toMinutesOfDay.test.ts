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
    expect(error({})).toEqual({ code: "invalid_argument", path: [], message: "toMinutesOfDay: text must be a string, not object" });
  });
});
