import { describe, expect, it } from "vitest";
import { rollUpPeriods } from "../../src/aggregate/rollUpPeriods.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };

describe("rollUpPeriods", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => rollUpPeriods(undefined as never, "quarter", utc), [], "rollUpPeriods: series must be an array, not undefined"],
      [() => rollUpPeriods({} as never, "quarter", utc), [], "rollUpPeriods: series must be an array, not an object"],
      [() => rollUpPeriods([], "quarter", undefined as never), [], "rollUpPeriods: calendar must be an object, not undefined"],
      [() => rollUpPeriods([], "quarter", null as never), [], "rollUpPeriods: calendar must be an object, not null"],
      [() => rollUpPeriods([null] as never, "quarter", utc), [0], "rollUpPeriods: series[0] must be an object, not null"],
      [() => rollUpPeriods([{ period: "2026-01" }] as never, "quarter", utc), [0, "partial"], "rollUpPeriods: series[0].partial must be an object, not undefined"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
