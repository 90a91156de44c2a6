import type { SurveyMeasure } from "../../model/kpiDefinition.js";
import { assertNever } from "../../internal/assertNever.js";
import type { SurveyTally } from "../partialAggregate.js";

/**
 * Returns a survey statistic of a tally of valid answers, or `null` when no answer is valid.
 *
 * @remarks
 * docs/conventions.md#aggregation: `csat` = % of respondents in the top two boxes (answers ≥ scaleMax − 1, i.e. 4–5 of 1–5); `nps` =
 * % promoters (9–10) − % detractors (0–6), in points, unrounded; `mean` and `ces` = the mean answer. The tally holds
 * valid answers only. Internal to kpi-kit's aggregate functions; the public entry points are `poolSurveyAnswers`
 * and `finalizePartial`.
 *
 * @param tally - Respondents per answer.
 * @param measure - The KPI's survey measure.
 * @returns The statistic, or `null`.
 *
 * @example
 * ```ts
 * surveyValueOfTally({ answers: { "5": 3, "3": 1 }, valid: 4, invalid: 0 }, { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 });
 * //=> 75
 * ```
 */
export function surveyValueOfTally(tally: SurveyTally, measure: SurveyMeasure): number | null {
  let respondents = 0;
  let answerSum = 0;
  let top = 0;
  let promoters = 0;
  let detractors = 0;
  for (const key of Object.keys(tally.answers)) {
    const answer = Number(key);
    const n = tally.answers[key] ?? 0;
    respondents += n;
    answerSum += answer * n;
    if (answer >= measure.scaleMax - 1) top += n;
    if (answer >= 9) promoters += n;
    if (answer <= 6) detractors += n;
  }
  if (respondents === 0) return null;
  switch (measure.statistic) {
    case "csat":
      return (100 * top) / respondents;
    case "nps":
      return (100 * (promoters - detractors)) / respondents;
    case "mean":
    case "ces":
      return answerSum / respondents;
    default:
      return assertNever(measure.statistic, "surveyValueOfTally");
  }
}
