import { describe, expect, it } from "vitest";
import { westernElectricRules } from "../../src/trend/westernElectricRules.js";
import { xmrChart } from "../../src/trend/xmrChart.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const chart = xmrChart([10, 11, 9, 10, 11, 9, 10, 30].map((value, index) => ({ index, value })), { ruleSet: "none" }).result!;

describe("westernElectricRules", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => westernElectricRules(undefined as never), [], "westernElectricRules: chart must be an object, not undefined"],
      [() => westernElectricRules(null as never), [], "westernElectricRules: chart must be an object, not null"],
      [() => westernElectricRules({} as never), ["phases"], "westernElectricRules: chart.phases must be an array, not undefined"],
      [() => westernElectricRules([] as never), ["phases"], "westernElectricRules: chart.phases must be an array, not undefined"],
      [() => westernElectricRules({ phases: [null] } as never), ["phases", 0], "westernElectricRules: chart.phases[0] must be an object, not null"],
      [() => westernElectricRules({ phases: [{ points: [] }] } as never), ["phases", 0, "limits"], "westernElectricRules: chart.phases[0].limits must be an object or null, not undefined"],
      [() => westernElectricRules({ phases: [{ limits: null }] } as never), ["phases", 0, "points"], "westernElectricRules: chart.phases[0].points must be an array, not undefined"],
      [() => westernElectricRules({ phases: [{ limits: null, points: [1] }] } as never), ["phases", 0, "points", 0], "westernElectricRules: chart.phases[0].points[0] must be an object, not number"],
      [() => westernElectricRules(chart, null as never), [], "westernElectricRules: options must be an object, not null"],
      [() => westernElectricRules(chart, { rules: 2 } as never), ["rules"], "westernElectricRules: options.rules must be an array, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
