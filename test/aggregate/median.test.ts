import { describe, expect, it } from "vitest";
import { median } from "../../src/aggregate/median.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("median", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => median(undefined as never), [], "median: values must be an array, not undefined"],
      [() => median(null as never), [], "median: values must be an array, not null"],
      [() => median({} as never), [], "median: values must be an array, not an object"],
      [() => median("x" as never), [], "median: values must be an array, not string"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
