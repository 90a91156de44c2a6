import { describe, expect, it } from "vitest";
import { linearForecast } from "../../src/trend/linearForecast.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const series = [1, 3, 2, 5].map((value, index) => ({ index, value }));

describe("linearForecast", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => linearForecast(series, 4, null as never), [], "linearForecast: options must be an object, not null"],
      [() => linearForecast(series, 4, 0.9 as never), [], "linearForecast: options must be an object, not number"],
      [() => linearForecast(series, undefined as never), ["atIndex"], "linearForecast: atIndex must be an integer period index"],
      [() => linearForecast({} as never, 4), [], "linearForecast: the series must be an array of { index, value } points"],
      [() => linearForecast([{}, null] as never, 4), [0, "index"], "linearForecast: point 0 has no index: each point is { index, value }, with index the integer number of its period"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
