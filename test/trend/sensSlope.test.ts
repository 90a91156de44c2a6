// Expected values: the pairwise slopes written out by hand / by a python3 double loop, and scipy.stats.theilslopes
// (which gives the same median and, for this series, the same 95 % bounds −1 and 3).
import { describe, expect, it } from "vitest";
import { sensSlope } from "../../src/trend/sensSlope.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("sensSlope", () => {
  it("matches the documented example", () => {
    const out = sensSlope([
      { index: 0, value: 1 },
      { index: 1, value: 3 },
      { index: 3, value: 4 },
    ]);
    // Slopes 2/1, 3/3, 1/2 → median 1.
    expect(out.result?.slopePerPeriod).toBe(1);
  });

  it("gives the rank-based confidence interval when the level is 0.95", () => {
    // Sorted slopes of 2,4,3,6,5,8: [−1, −1, 1/3, 1/2, 3/4, 1, 1, 1, 1, 1.2, 4/3, 5/3, 2, 3, 3]; N = 15.
    // Var S = 6·5·17/18; C = 1.959964·√Var S = 10.43 → ranks round(2.28) = 2 and round(12.72) + 1 = 14.
    const r = sensSlope([2, 4, 3, 6, 5, 8].map((value, index) => ({ index, value }))).result;
    expect(r?.slopePerPeriod).toBe(1);
    expect(r?.pairs).toBe(15);
    expect(r?.confidenceInterval).toEqual({ level: 0.95, lower: -1, upper: 3 });
  });

  it("divides by the period distance across gaps, or by the observation distance when asked", () => {
    const series = [
      { index: 0, value: 0 },
      { index: 1, value: null },
      { index: 2, value: 4 },
    ];
    expect(sensSlope(series).result?.slopePerPeriod).toBe(2);
    expect(sensSlope(series, { timeIndex: "observation" }).result?.slopePerPeriod).toBe(4);
  });

  it("averages the two middle slopes when the number of slopes is even", () => {
    // 0, 1, 3, 3 at 0..3: slopes 1, 1.5, 1, 2, 1, 0 → sorted 0, 1, 1, 1, 1.5, 2 → (1 + 1)/2.
    expect(sensSlope([0, 1, 3, 3].map((value, index) => ({ index, value }))).result?.slopePerPeriod).toBe(1);
  });

  it("leaves the bounds null when two points cannot bound the slope", () => {
    const r = sensSlope([{ index: 0, value: 1 }, { index: 1, value: 2 }]).result;
    expect(r?.slopePerPeriod).toBe(1);
    expect(r?.confidenceInterval).toEqual({ level: 0.95, lower: null, upper: null });
  });

  it("returns null with too_few_points when there is one observed point", () => {
    expect(sensSlope([{ index: 0, value: 1 }])).toEqual({ result: null, reason: "too_few_points", needed: 2 });
  });

  it("throws input_too_large above 5000 observed points", () => {
    const big = Array.from({ length: 5001 }, (_, index) => ({ index, value: index }));
    expect(() => sensSlope(big)).toThrowError(expect.objectContaining({ code: "input_too_large" }));
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => sensSlope([], null as never), [], "sensSlope: options must be an object, not null"],
      [() => sensSlope([], "period" as never), [], "sensSlope: options must be an object, not string"],
      [() => sensSlope(undefined as never), [], "sensSlope: the series must be an array of { index, value } points"],
      [() => sensSlope([null] as never), [0], "sensSlope: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("sensSlope: the time index", () => {
  it("refuses an unknown timeIndex up front, on its path, listing the allowed values", () => {
    const series = [0, 1, 2].map((index) => ({ index, value: index }));
    const expected = {
      code: "invalid_argument",
      path: ["timeIndex"],
      message: 'sensSlope: timeIndex must be "period" or "observation", not "obs"',
    };
    expect(kpiErrorOf(() => sensSlope(series, { timeIndex: "obs" } as never))).toEqual(expected);
    // Also for a series too short for a slope.
    expect(kpiErrorOf(() => sensSlope([], { timeIndex: "obs" } as never))).toEqual(expected);
  });
});
