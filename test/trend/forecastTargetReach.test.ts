import { describe, expect, it } from "vitest";
import { forecastTargetReach } from "../../src/trend/forecastTargetReach.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const series = [0, 1, 2, 3].map((index) => ({ index, value: 10 + 2 * index }));
const goal = { target: { kind: "at_least", value: 25 }, byIndex: 12 } as const;

describe("forecastTargetReach", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => forecastTargetReach(series, undefined as never), [], "forecastTargetReach: goal must be an object, not undefined"],
      [() => forecastTargetReach(series, [] as never), ["target"], "forecastTargetReach: target must be an at_least, at_most or between target"],
      [() => forecastTargetReach(series, goal, null as never), [], "forecastTargetReach: options must be an object, not null"],
      [() => forecastTargetReach(series, goal, 1 as never), [], "forecastTargetReach: options must be an object, not number"],
      [() => forecastTargetReach(undefined as never, goal), [], "forecastTargetReach: the series must be an array of { index, value } points"],
      [() => forecastTargetReach(undefined as never, goal, { method: "holt" }), [], "forecastTargetReach: the series must be an array of { index, value } points"],
      [() => forecastTargetReach([null] as never, goal, { method: "holt" }), [0], "forecastTargetReach: point 0 is not an { index, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("forecastTargetReach: enum options", () => {
  it("refuses an unknown method up front, on the path of method, listing the methods", () => {
    const expected = {
      code: "invalid_argument",
      path: ["method"],
      message: 'forecastTargetReach: method must be "linear" or "holt", not "arima"',
    };
    expect(kpiErrorOf(() => forecastTargetReach(series, goal, { method: "arima" } as never))).toEqual(expected);
    // Before the byIndex and the series are looked at.
    expect(kpiErrorOf(() => forecastTargetReach([], { ...goal, byIndex: 0 }, { method: "arima" } as never))).toEqual(expected);
  });

  it("lists the target kinds for an unknown kind", () => {
    expect(kpiErrorOf(() => forecastTargetReach(series, { target: { kind: "more", value: 1 }, byIndex: 9 } as never))).toEqual({
      code: "invalid_argument",
      path: ["target", "kind"],
      message: 'forecastTargetReach: target.kind must be "at_least", "at_most" or "between", not "more"',
    });
  });
});
