import { describe, expect, it } from "vitest";
import { changeOverPeriod } from "../../src/aggregate/changeOverPeriod.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("changeOverPeriod", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => changeOverPeriod(undefined as never), [], "changeOverPeriod: series must be an array, not undefined"],
      [() => changeOverPeriod(null as never), [], "changeOverPeriod: series must be an array, not null"],
      [() => changeOverPeriod("x" as never), [], "changeOverPeriod: series must be an array, not string"],
      [() => changeOverPeriod([], null as never), [], "changeOverPeriod: options must be an object, not null"],
      [() => changeOverPeriod([], 12 as never), [], "changeOverPeriod: options must be an object, not number"],
      [() => changeOverPeriod([{ period: "2026-01", value: 1 }, null] as never), [1], "changeOverPeriod: series[1] must be an object, not null"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
