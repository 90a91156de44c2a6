import { describe, expect, it } from "vitest";
import { poolSurveyAnswers } from "../../src/aggregate/poolSurveyAnswers.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const csat = { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 } as const;

describe("poolSurveyAnswers", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => poolSurveyAnswers(undefined as never, csat), [], "poolSurveyAnswers: answers must be an array, not undefined"],
      [() => poolSurveyAnswers({} as never, csat), [], "poolSurveyAnswers: answers must be an array, not an object"],
      [() => poolSurveyAnswers([], undefined as never), [], "poolSurveyAnswers: measure must be an object, not undefined"],
      [() => poolSurveyAnswers([], null as never), [], "poolSurveyAnswers: measure must be an object, not null"],
      [() => poolSurveyAnswers([{ value: 5 }, null] as never, csat), [1], "poolSurveyAnswers: answers[1] must be an object, not null"],
      [() => poolSurveyAnswers([5] as never, csat), [0], "poolSurveyAnswers: answers[0] must be an object, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
