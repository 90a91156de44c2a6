import { describe, expect, it } from "vitest";
import { nelsonRules } from "../../src/trend/nelsonRules.js";
import { requirePatternPhases } from "../../src/trend/_lib/controlPatterns.js";
import { xmrChart } from "../../src/trend/xmrChart.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const chart = xmrChart([10, 11, 9, 10, 11, 9, 10, 30].map((value, index) => ({ index, value })), { ruleSet: "none" }).result!;

describe("nelsonRules", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => nelsonRules(undefined as never), [], "nelsonRules: chart must be an object, not undefined"],
      [() => nelsonRules(null as never), [], "nelsonRules: chart must be an object, not null"],
      [() => nelsonRules({} as never), ["phases"], "nelsonRules: chart.phases must be an array, not undefined"],
      [() => nelsonRules([] as never), ["phases"], "nelsonRules: chart.phases must be an array, not undefined"],
      [() => nelsonRules({ phases: [null] } as never), ["phases", 0], "nelsonRules: chart.phases[0] must be an object, not null"],
      [() => nelsonRules({ phases: [{ points: [] }] } as never), ["phases", 0, "limits"], "nelsonRules: chart.phases[0].limits must be an object or null, not undefined"],
      [() => nelsonRules({ phases: [{ limits: null }] } as never), ["phases", 0, "points"], "nelsonRules: chart.phases[0].points must be an array, not undefined"],
      [() => nelsonRules({ phases: [{ limits: null, points: [1] }] } as never), ["phases", 0, "points", 0], "nelsonRules: chart.phases[0].points[0] must be an object, not number"],
      [() => nelsonRules(chart, null as never), [], "nelsonRules: options must be an object, not null"],
      [() => nelsonRules(chart, { rules: 2 } as never), ["rules"], "nelsonRules: options.rules must be an array, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("requirePatternPhases", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => requirePatternPhases([{ limits: null, points: [null] }], "nelsonRules"))?.message).toBe(
      "nelsonRules: chart.phases[0].points[0] must be an object, not null",
    );
  });
});
