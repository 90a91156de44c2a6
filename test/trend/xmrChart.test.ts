// Limits worked by hand in the comments. The Nelson-rule series use `baseline: 2` with the first two points 3 and 0,
// so every phase has CL = 1.5, MR̄ = 3, σ = 2.66, UCL = 9.48, LCL = −6.48, CL ± σ = 4.16 / −1.16,
// CL ± 2σ = 6.82 / −3.82; the points after the baseline are chosen against those numbers.
import { describe, expect, it } from "vitest";
import { nelsonRules } from "../../src/trend/nelsonRules.js";
import { westernElectricRules } from "../../src/trend/westernElectricRules.js";
import { xmrChart } from "../../src/trend/xmrChart.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

function points(values: readonly number[]) {
  return values.map((value, index) => ({ index, value }));
}

function nelson(tail: readonly number[], rule: number) {
  const chart = xmrChart(points([3, 0, ...tail]), { baseline: 2, ruleSet: "none" }).result;
  if (chart === null) throw new Error("no chart");
  return nelsonRules(chart, { rules: [rule] });
}

describe("xmrChart", () => {
  it("matches the documented example", () => {
    const chart = xmrChart(points([10, 12, 11, 13, 12]));
    expect(chart.result?.phases[0]?.limits?.upperLimit).toBeCloseTo(15.59, 12);
  });

  it("computes CL, MR̄, limits and zones by hand when there is one phase", () => {
    // CL = 11.6, MR̄ = 1.5, spread = 3.99, σ = 1.33.
    const limits = xmrChart(points([10, 12, 11, 13, 12])).result?.phases[0]?.limits;
    expect(limits?.centerLine).toBeCloseTo(11.6, 12);
    expect(limits?.movingRangeMean).toBeCloseTo(1.5, 12);
    expect(limits?.lowerLimit).toBeCloseTo(7.61, 12);
    expect(limits?.sigma).toBeCloseTo(1.33, 12);
    expect(limits?.zones.upperTwo).toBeCloseTo(14.26, 12);
    expect(limits?.zones.lowerOne).toBeCloseTo(10.27, 12);
  });

  it("does not clip the lower limit at zero", () => {
    // CL = 1, MR̄ = 2 → LCL = 1 − 5.32.
    expect(xmrChart(points([0, 2, 0, 2])).result?.phases[0]?.limits?.lowerLimit).toBeCloseTo(-4.32, 12);
  });

  it("recomputes the limits per phase and starts the moving ranges afresh when phaseStarts is given", () => {
    const chart = xmrChart(points([10, 11, 9, 10, 11, 20, 21, 19, 20, 21]), { phaseStarts: [5] }).result;
    expect(chart?.phases).toHaveLength(2);
    expect(chart?.phases[0]?.limits?.centerLine).toBeCloseTo(10.2, 12);
    expect(chart?.phases[1]?.limits?.centerLine).toBeCloseTo(20.2, 12);
    expect(chart?.phases[1]?.limits?.movingRangeMean).toBeCloseTo(1.25, 12);
    expect(chart?.phases[1]?.points[0]?.movingRange).toBeNull();
    expect(chart?.phases[1]?.startIndex).toBe(5);
    expect(chart?.signals).toEqual([]);
  });

  it("keeps patterns inside a phase when phaseStarts splits a run", () => {
    const rising = points([0, 1, 2, 3, 4, 5]);
    expect(xmrChart(rising).result?.signals.filter((s) => s.rule === 3).map((s) => s.index)).toEqual([5]);
    expect(xmrChart(rising, { phaseStarts: [3] }).result?.signals.filter((s) => s.rule === 3)).toEqual([]);
  });

  it("takes the limits from the first N points when baseline is given", () => {
    // Baseline 1, 3, 1, 3: CL = 2, MR̄ = 2, UCL = 7.32 → both 10s are beyond.
    const chart = xmrChart(points([1, 3, 1, 3, 10, 10]), { baseline: 4 }).result;
    expect(chart?.phases[0]?.baselineCount).toBe(4);
    expect(chart?.phases[0]?.limits?.upperLimit).toBeCloseTo(7.32, 12);
    expect(chart?.signals.filter((s) => s.rule === 1).map((s) => s.index)).toEqual([4, 5]);
  });

  it("gives a phase with one point no limits when the phase is that short", () => {
    const chart = xmrChart(points([1, 2, 3, 4]), { phaseStarts: [3] }).result;
    expect(chart?.phases[1]?.limits).toBeNull();
    expect(chart?.phases[1]?.reason).toBe("too_few_points");
  });

  it("returns null with too_few_points when there is one observed point", () => {
    expect(xmrChart(points([1]))).toEqual({ result: null, reason: "too_few_points", needed: 2 });
  });

  it("uses the Western Electric rules when asked", () => {
    const chart = xmrChart(points([3, 0, 2, 2, 2, 2, 2, 2, 2, 2]), { baseline: 2, ruleSet: "western_electric" });
    expect(chart.result?.signals.map((s) => [s.ruleSet, s.rule, s.index])).toEqual([["western_electric", 4, 9]]);
  });

  it("throws invalid_argument when phaseStarts is not strictly increasing", () => {
    expect(() => xmrChart(points([1, 2, 3]), { phaseStarts: [2, 2] })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["phaseStarts", 1] }),
    );
  });

  it("throws invalid_argument when baseline is below 2", () => {
    expect(() => xmrChart(points([1, 2, 3]), { baseline: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["baseline"] }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => xmrChart(points([1, 2, 3]), null as never), [], "xmrChart: options must be an object, not null"],
      [() => xmrChart(points([1, 2, 3]), "nelson" as never), [], "xmrChart: options must be an object, not string"],
      [() => xmrChart(undefined as never), [], "xmrChart: the series must be an array of { index, value } points"],
      [() => xmrChart([5] as never), [0], "xmrChart: point 0 is not an { index, value } object"],
      [() => xmrChart(points([1, 2, 3]), { phaseStarts: 2 } as never), ["phaseStarts"], "xmrChart: phaseStarts must be an array of period indices"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("nelsonRules", () => {
  it("matches the documented example", () => {
    const values = [10, 11, 9, 10, 11, 9, 10, 30];
    const chart = xmrChart(points(values), { ruleSet: "none" });
    expect(nelsonRules(chart.result!).map((s) => [s.rule, s.index])).toEqual([[1, 7]]);
  });

  it("fires rule 1 when a point is beyond UCL, not when it is just inside", () => {
    expect(nelson([10], 1).map((s) => s.index)).toEqual([2]);
    expect(nelson([9.4], 1)).toEqual([]);
  });

  it("fires rule 2 on the ninth point in a row above CL with its members", () => {
    const signals = nelson([2, 2, 2, 2, 2, 2, 2, 2, 2], 2);
    expect(signals).toEqual([
      { ruleSet: "nelson", rule: 2, index: 10, members: [2, 3, 4, 5, 6, 7, 8, 9, 10], beyond: [], phase: 0 },
    ]);
  });

  it("does not count a point exactly on CL as on either side for rule 2", () => {
    expect(nelson([2, 2, 2, 2, 2, 2, 2, 2, 1.5, 2], 2)).toEqual([]);
    // Below CL: the baseline's 0 and seven 1s make 8; counting the 1.5 as below would complete 9.
    expect(nelson([1, 1, 1, 1, 1, 1, 1, 1.5, 1], 2)).toEqual([]);
  });

  it("fires rule 3 on six strictly increasing points, not when two are equal", () => {
    expect(nelson([0.1, 0.2, 0.3, 0.4, 0.5], 3).map((s) => s.members)).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(nelson([0.1, 0.2, 0.2, 0.3, 0.4], 3)).toEqual([]);
  });

  it("fires rule 3 on six strictly decreasing points", () => {
    expect(nelson([-0.1, -0.2, -0.3, -0.4], 3).map((s) => s.index)).toEqual([5]);
  });

  it("fires rule 4 on fourteen alternating points, not when a step is flat", () => {
    // 3, 0, 1, 0, 1, …: down, up, down, … from index 0; 14 points end at index 13.
    const alternating = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    expect(nelson(alternating, 4).map((s) => s.index)).toEqual([13]);
    // Thirteen alternating points, then a flat step.
    expect(nelson([...alternating.slice(0, 11), 1], 4)).toEqual([]);
  });

  it("fires rule 5 when two of three are beyond 2σ on one side and the last is one of them", () => {
    expect(nelson([7, 1, 7], 5).map((s) => s.members)).toEqual([[2, 3, 4]]);
    expect(nelson([7, 1, 1, 7], 5)).toEqual([]);
    expect(nelson([7, 1, -4], 5)).toEqual([]);
  });

  it("names the points beyond 2σ for rule 5 as well as the window", () => {
    // Indices 2, 3, 4 hold 7, 1, 7; 2σ above CL is 6.82, so 7 is beyond and 1 is not.
    expect(nelson([7, 1, 7], 5).map((s) => [s.index, s.members, s.beyond])).toEqual([[4, [2, 3, 4], [2, 4]]]);
  });

  it("lists all three points for rule 5 when the whole window is beyond", () => {
    // 0, 7, 7 (indices 1–3) completes at 3 with 2 and 3 beyond; 7, 7, 7 (2–4) at 4 with all three.
    expect(nelson([7, 7, 7], 5).map((s) => [s.index, s.beyond])).toEqual([
      [3, [2, 3]],
      [4, [2, 3, 4]],
    ]);
  });

  it("names the points beyond 1σ for rule 6", () => {
    // Indices 2–6 hold 5, 5, 1, 5, 5; 1σ above CL is 4.16: all but the 1 (index 4) are beyond.
    expect(nelson([5, 5, 1, 5, 5], 6).map((s) => s.beyond)).toEqual([[2, 3, 5, 6]]);
  });

  it("names the points below −2σ for rule 5 on the lower side", () => {
    // −3.82 is CL − 2σ: −4 is beyond it, 1 is not.
    expect(nelson([-4, 1, -4], 5).map((s) => s.beyond)).toEqual([[2, 4]]);
  });

  it("names the point itself for rule 1 and every member for rule 8", () => {
    expect(nelson([10], 1).map((s) => s.beyond)).toEqual([[2]]);
    expect(nelson([5, -2, 5, -2, 5, -2, 5, -2], 8).map((s) => s.beyond)).toEqual([[2, 3, 4, 5, 6, 7, 8, 9]]);
  });

  it("fires rule 5 on neither window when the two beyond are not the last of the three", () => {
    // 7, 7, 1: the window ending at the second 7 (0, 7, 7) fires; the one ending at 1 does not.
    expect(nelson([7, 7, 1], 5).map((s) => s.index)).toEqual([3]);
  });

  it("fires rule 6 when four of five are beyond 1σ on one side, not with three", () => {
    expect(nelson([5, 5, 1, 5, 5], 6).map((s) => s.index)).toEqual([6]);
    expect(nelson([5, 5, 1, 5, 1], 6)).toEqual([]);
    expect(nelson([5, 5, 1, 1, 5], 6)).toEqual([]);
  });

  it("fires rule 7 on fifteen points within 1σ, not when one is outside", () => {
    const within = [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1];
    expect(nelson(within, 7).map((s) => s.index)).toEqual([14]);
    expect(nelson([...within.slice(0, 12), 5], 7)).toEqual([]);
  });

  it("fires rule 8 on eight points beyond 1σ on both sides, not when they are all on one side", () => {
    expect(nelson([5, -2, 5, -2, 5, -2, 5, -2], 8).map((s) => s.index)).toEqual([9]);
    expect(nelson([5, 5, 5, 5, 5, 5, 5, 5], 8)).toEqual([]);
    expect(nelson([5, -2, 5, -2, 1, -2, 5, -2], 8)).toEqual([]);
  });

  it("throws invalid_argument for an unknown rule number", () => {
    expect(() => nelson([1], 9)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["rules", 0] }));
  });
});

describe("westernElectricRules", () => {
  it("matches the documented example", () => {
    const values = [10, 12, 8, 10, 12, 8, 10, 11, 11, 11, 11, 11, 11, 11, 11];
    const chart = xmrChart(points(values), { ruleSet: "none" });
    expect(westernElectricRules(chart.result!).map((s) => [s.rule, s.index])).toEqual([[4, 14]]);
  });

  it("fires rule 2 (two of three beyond 2σ) and rule 3 (four of five beyond 1σ)", () => {
    const chart = xmrChart(points([3, 0, 7, 1, 7]), { baseline: 2, ruleSet: "none" }).result!;
    expect(westernElectricRules(chart, { rules: [2] }).map((s) => s.index)).toEqual([4]);
    const four = xmrChart(points([3, 0, 5, 5, 1, 5, 5]), { baseline: 2, ruleSet: "none" }).result!;
    expect(westernElectricRules(four, { rules: [3] }).map((s) => s.index)).toEqual([6]);
  });

  it("names the points beyond the zone limit for rules 2 and 3", () => {
    // Same limits as the Nelson series: 2σ = 6.82, 1σ = 4.16 above CL 1.5.
    const chart = xmrChart(points([3, 0, 7, 1, 7]), { baseline: 2, ruleSet: "none" }).result!;
    expect(westernElectricRules(chart, { rules: [2] }).map((s) => [s.members, s.beyond])).toEqual([[[2, 3, 4], [2, 4]]]);
    const four = xmrChart(points([3, 0, 5, 5, 1, 5, 5]), { baseline: 2, ruleSet: "none" }).result!;
    expect(westernElectricRules(four, { rules: [3] }).map((s) => s.beyond)).toEqual([[2, 3, 5, 6]]);
  });
});

describe("xmrChart: the rule set", () => {
  it("refuses an unknown rule set up front, on the path of ruleSet, listing the rule sets", () => {
    expect(kpiErrorOf(() => xmrChart(points([1, 2, 3]), { ruleSet: "nelsen" } as never))).toEqual({
      code: "invalid_argument",
      path: ["ruleSet"],
      message: 'xmrChart: ruleSet must be "nelson", "western_electric" or "none", not "nelsen"',
    });
    // Also for a series too short to chart, which returns before the rules run.
    expect(kpiErrorOf(() => xmrChart([], { ruleSet: 1 } as never))).toEqual({
      code: "invalid_argument",
      path: ["ruleSet"],
      message: 'xmrChart: ruleSet must be "nelson", "western_electric" or "none", not number',
    });
  });
});
