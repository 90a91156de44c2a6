import { describe, expect, it } from "vitest";
import { standardDeviation } from "../../src/aggregate/standardDeviation.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("standardDeviation", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => standardDeviation(undefined as never), [], "standardDeviation: values must be an array or a partial aggregate ({ count, m2 }), not undefined"],
      [() => standardDeviation(null as never), [], "standardDeviation: values must be an array or a partial aggregate ({ count, m2 }), not null"],
      [() => standardDeviation("x" as never), [], "standardDeviation: values must be an array or a partial aggregate ({ count, m2 }), not string"],
      [() => standardDeviation([1, 2], null as never), [], "standardDeviation: options must be an object, not null"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
