import { describe, expect, it } from "vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const kpi = { measure: { kind: "value" }, aggregation: "sum" } as const;

describe("accumulate", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => accumulate(undefined as never, kpi), [], "accumulate: records must be an array, not undefined"],
      [() => accumulate({} as never, kpi), [], "accumulate: records must be an array, not an object"],
      [() => accumulate([], undefined as never), [], "accumulate: kpi must be an object, not undefined"],
      [() => accumulate([], null as never), [], "accumulate: kpi must be an object, not null"],
      [() => accumulate([], {} as never), ["measure"], "accumulate: kpi.measure must be an object, not undefined"],
      [() => accumulate([], { measure: null, aggregation: "sum" } as never), ["measure"], "accumulate: kpi.measure must be an object, not null"],
      [() => accumulate([], kpi, null as never), [], "accumulate: options must be an object, not null"],
      [() => accumulate([null] as never, kpi), [0], "accumulate: records[0] must be an object, not null"],
      [() => accumulate([{ at: 0, value: 1 }, 5] as never, kpi), [1], "accumulate: records[1] must be an object, not number"],
      [() => accumulate(["x"] as never, kpi), [0], "accumulate: records[0] must be an object, not string"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
    expect(accumulate([{ at: 0, value: 2 }], kpi, undefined).sum).toBe(2);
  });
});
