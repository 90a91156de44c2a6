import { describe, expect, it } from "vitest";
import { checkRollUpRule } from "../../src/aggregate/_lib/checkRollUpRule.js";
import type { KpiError } from "../../src/errors.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("checkRollUpRule", () => {
  it("matches the documented example", () => {
    let path: readonly PropertyKey[] = [];
    try {
      checkRollUpRule("average", "rollUpScopes", "kpi.rollUp", ["kpi", "rollUp"]);
    } catch (e) {
      path = (e as KpiError).path;
    }
    expect(path).toEqual(["kpi", "rollUp"]);
  });

  it("takes every rule and names the field of another value", () => {
    expect(() => checkRollUpRule("recompute", "f", "kpis[0].rollUp", ["kpis", 0, "rollUp"])).not.toThrow();
    expect(kpiErrorOf(() => checkRollUpRule(undefined, "f", "kpis[2].rollUp", ["kpis", 2, "rollUp"]))).toMatchObject({
      code: "invalid_argument",
      path: ["kpis", 2, "rollUp"],
      message: "f: kpis[2].rollUp must be one of sum, ratio_of_sums, weighted_mean, min, max, last, recompute, none, not undefined",
    });
  });
});
