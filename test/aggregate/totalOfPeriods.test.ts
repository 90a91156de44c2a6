import { describe, expect, it } from "vitest";
import { totalOfPeriods } from "../../src/aggregate/totalOfPeriods.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;

describe("totalOfPeriods", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => totalOfPeriods(undefined as never, [kpi]), [], "totalOfPeriods: aggregates must be an object, not undefined"],
      [() => totalOfPeriods("x" as never, [kpi]), [], "totalOfPeriods: aggregates must be an object, not string"],
      [() => totalOfPeriods({ groups: [] } as never, undefined as never), ["kpis"], "totalOfPeriods: kpis must be an array, not undefined"],
      [() => totalOfPeriods({ groups: [] } as never, {} as never), ["kpis"], "totalOfPeriods: kpis must be an array, not an object"],
      [() => totalOfPeriods({} as never, [kpi]), ["groups"], "totalOfPeriods: aggregates.groups must be an array, not undefined"],
      [() => totalOfPeriods({ groups: [] } as never, [kpi, null] as never), ["kpis", 1], "totalOfPeriods: kpis[1] must be an object, not null"],
      [() => totalOfPeriods({ groups: [null] } as never, [kpi]), ["groups", 0], "totalOfPeriods: aggregates.groups[0] must be an object, not null"],
      [
        () => totalOfPeriods({ groups: [{ kpiId: "k", subjectId: null, period: "2026-01" }] } as never, [kpi]),
        ["groups", 0, "partial"],
        "totalOfPeriods: aggregates.groups[0].partial must be an object, not undefined",
      ],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
