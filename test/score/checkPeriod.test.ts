import { describe, expect, it } from "vitest";
import { checkPeriod } from "../../src/score/_lib/checkPeriod.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("checkPeriod", () => {
  it("matches the documented example, and takes an empty period", () => {
    expect(checkPeriod({ start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }, "buildScorecard", ["period"])).toBeUndefined();
    expect(checkPeriod({ start: 5, end: 5 }, "f", ["period"])).toBeUndefined();
  });

  it("refuses a reversed period, a non-number end and a non-object, on the given path", () => {
    expect(kpiErrorOf(() => checkPeriod({ start: 10, end: 5 }, "f", ["period"]))).toEqual({
      code: "invalid_interval",
      path: ["period", "end"],
      message: "f: the period ends before it starts (start > end)",
    });
    expect(kpiErrorOf(() => checkPeriod({ start: "2026-03-01", end: 5 }, "f", ["period"]))).toEqual({
      code: "non_finite",
      path: ["period", "start"],
      message: 'f: the period\'s start must be a finite number of epoch ms, not the string "2026-03-01": convert ISO-8601 text with toEpochMs',
    });
    expect(kpiErrorOf(() => checkPeriod(null, "f", ["period"]))).toEqual({
      code: "invalid_argument",
      path: ["period"],
      message: "f: period must be an object, not null",
    });
  });
});
