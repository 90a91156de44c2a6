import { describe, expect, it } from "vitest";
import { LOCAL_TIME_PATTERN } from "../../src/internal/localTimePattern.js";

describe("LOCAL_TIME_PATTERN", () => {
  it("matches the documented example", () => {
    expect([LOCAL_TIME_PATTERN.test("08:30"), LOCAL_TIME_PATTERN.test("24:00"), LOCAL_TIME_PATTERN.test("8:30"), LOCAL_TIME_PATTERN.test("24:30")]).toEqual([true, true, false, false]);
  });
});
