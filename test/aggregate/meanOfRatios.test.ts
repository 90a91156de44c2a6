import { describe, expect, it } from "vitest";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { meanOfRatios } from "../../src/aggregate/meanOfRatios.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const ratio = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;

describe("meanOfRatios", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => meanOfRatios(undefined as never, ratio), [], "meanOfRatios: partial must be an object, not undefined"],
      [() => meanOfRatios(1 as never, ratio), [], "meanOfRatios: partial must be an object, not number"],
      [() => meanOfRatios(emptyPartial(), undefined as never), [], "meanOfRatios: kpi must be an object, not undefined"],
      [() => meanOfRatios(emptyPartial(), {} as never), ["measure"], "meanOfRatios: kpi.measure must be an object, not undefined"],
      [() => meanOfRatios({} as never, ratio), ["ratios"], "meanOfRatios: partial.ratios must be an object or null, not undefined"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
