import { describe, expect, it } from "vitest";
import { surveyCounts } from "../../src/aggregate/surveyCounts.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const csat = { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 } as const;

describe("surveyCounts", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const tally = { answers: { "5": 1 }, valid: 1, invalid: 0 };
    const cases: [() => unknown, unknown[], string][] = [
      [() => surveyCounts(undefined as never, csat), [], "surveyCounts: tally must be an object, not undefined"],
      [() => surveyCounts(null as never, csat), [], "surveyCounts: tally must be an object, not null"],
      [() => surveyCounts({} as never, csat), ["answers"], "surveyCounts: tally.answers must be an object, not undefined"],
      [() => surveyCounts(tally, undefined as never), [], "surveyCounts: measure must be an object, not undefined"],
      [() => surveyCounts(tally, 5 as never), [], "surveyCounts: measure must be an object, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
