import { describe, expect, it } from "vitest";
import { holtLinear } from "../../src/trend/holtLinear.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const series = [10, 12, 13].map((value, index) => ({ index, value }));

describe("holtLinear", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => holtLinear(series, null as never), [], "holtLinear: options must be an object, not null"],
      [() => holtLinear(series, "fitted" as never), [], "holtLinear: options must be an object, not string"],
      [() => holtLinear(undefined as never), [], "holtLinear: the series must be an array of { index, value } points"],
      [() => holtLinear([null] as never), [0], "holtLinear: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
