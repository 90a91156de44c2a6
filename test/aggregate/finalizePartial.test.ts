import { describe, expect, it } from "vitest";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const sum = { measure: { kind: "value" }, aggregation: "sum" } as const;
const median = { measure: { kind: "value" }, aggregation: "median" } as const;
const csat = { measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" } as const;

describe("finalizePartial", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => finalizePartial(undefined as never, sum), [], "finalizePartial: partial must be an object, not undefined"],
      [() => finalizePartial(null as never, sum), [], "finalizePartial: partial must be an object, not null"],
      [() => finalizePartial(emptyPartial(), undefined as never), [], "finalizePartial: kpi must be an object, not undefined"],
      [() => finalizePartial(emptyPartial(), "x" as never), [], "finalizePartial: kpi must be an object, not string"],
      [() => finalizePartial(emptyPartial(), { aggregation: "sum" } as never), ["measure"], "finalizePartial: kpi.measure must be an object, not undefined"],
      // A partial without `values` or `sketch` kept none: the error of a partial that kept neither.
      [() => finalizePartial({ count: 2 } as never, median), ["values"], "finalizePartial: the partial kept no values for a quantile (partials from a query compiled with quantileValues: false keep none: take the node values of median and quantile KPIs from compileQuantilesQuery)"],
      [() => finalizePartial({ count: 1 } as never, csat), ["survey"], "finalizePartial: partial.survey must be an object or null, not undefined"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("finalizePartial: a survey tally without its answers", () => {
  it("throws invalid_argument with the field's path (it threw a TypeError)", () => {
    const survey = { aggregation: "survey", measure: { kind: "survey", scaleMin: 1, scaleMax: 5, statistic: "csat" } } as const;
    expect(kpiErrorOf(() => finalizePartial({ ...emptyPartial(), count: 2, survey: { valid: 2, invalid: 0 } } as never, survey))).toEqual({
      code: "invalid_argument",
      path: ["survey", "answers"],
      message: "finalizePartial: partial.survey must be a survey tally ({ answers, valid, invalid })",
    });
  });
});
