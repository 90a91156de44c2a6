import { describe, expect, it } from "vitest";
import { budgetBurnDownSpec } from "../../../src/report/charts/budgetBurnDownSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("budgetBurnDownSpec", () => {
  it("matches the documented example", () => {
    const spec = budgetBurnDownSpec({
      budget: 216, unit: "min",
      points: [{ label: "2026-03-01", remaining: 216 }, { label: "2026-03-02", remaining: 180 }],
    });
    expect(spec.description).toBe("Error-budget burn-down over 2 points: budget 216.00 min, 180.00 min left.");
  });

  it("renders the budget and zero lines, the series and a symbol per point", async () => {
    const svg = await renderChartSvg(
      budgetBurnDownSpec({ budget: 10, points: [{ label: "d1", remaining: 10 }, { label: "d2", remaining: 4 }, { label: "d3", remaining: -2 }] }),
    );
    expect(countMarks(svg, "rule", 0)).toBe(2);
    expect(countMarks(svg, "line", 1)).toBe(1);
    expect(countMarks(svg, "symbol", 2)).toBe(3);
  });

  it("marks overspent points in the data when the remaining budget is negative", () => {
    const spec = budgetBurnDownSpec({ budget: 10, points: [{ label: "d1", remaining: 1 }, { label: "d2", remaining: -1 }] });
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { label: "d1", remaining: 1, overspent: false },
      { label: "d2", remaining: -1, overspent: true },
    ]);
  });

  it("throws non_finite when a remaining value is infinite", () => {
    expect(() => budgetBurnDownSpec({ budget: 1, points: [{ label: "x", remaining: -Infinity }] })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["input", "points", 0, "remaining"] }),
    );
  });

  it("throws invalid_argument naming the argument when the input, its points or the options are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => budgetBurnDownSpec(undefined as never), { code: "invalid_argument", path: ["input"], message: "budgetBurnDownSpec: input must be an object, not undefined" }],
      [() => budgetBurnDownSpec(null as never), { code: "invalid_argument", path: ["input"], message: "budgetBurnDownSpec: input must be an object, not null" }],
      [() => budgetBurnDownSpec({ budget: 10 } as never), { code: "invalid_argument", path: ["input", "points"], message: "budgetBurnDownSpec: input.points must be an array, not undefined" }],
      [() => budgetBurnDownSpec({ budget: 10, points: {} } as never), { code: "invalid_argument", path: ["input", "points"], message: "budgetBurnDownSpec: input.points must be an array, not an object" }],
      [() => budgetBurnDownSpec({ budget: 10, points: [null] } as never), { code: "invalid_argument", path: ["input", "points", 0], message: "budgetBurnDownSpec: input.points[0] must be an object, not null" }],
      [() => budgetBurnDownSpec({ budget: 10, points: [] }, null as never), { code: "invalid_argument", path: ["options"], message: "budgetBurnDownSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
