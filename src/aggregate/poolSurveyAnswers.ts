import type { SurveyMeasure } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { isSurveyAnswer } from "../internal/isSurveyAnswer.js";
import { MAGNITUDE_LIMIT, TOO_LARGE } from "../internal/magnitudeLimit.js";
import { surveyCounts, type SurveyCounts } from "./surveyCounts.js";
import { surveyValueOfTally } from "./_lib/surveyValueOfTally.js";

/** One survey answer and how many respondents gave it. @category Aggregate */
export interface SurveyAnswer {
  /** The answer on the survey's scale. */
  readonly value: number;
  /**
   * How many respondents gave this answer.
   * @defaultValue 1
   */
  readonly weight?: number | undefined;
}

/**
 * The pooled result of survey answers, as {@link poolSurveyAnswers} returns it: the statistic and the counts behind
 * it ({@link SurveyCounts}).
 *
 * @category Aggregate
 */
export interface PooledSurvey extends SurveyCounts {
  /** The statistic (CSAT in %, NPS in points, or the mean answer), `null` with no valid answer. */
  readonly value: number | null;
}

/**
 * Pools survey answers into the measure's statistic: CSAT %, NPS points, or the mean (CES) answer.
 *
 * @remarks
 * docs/conventions.md#aggregation: CSAT = share of respondents in the top two boxes (4–5 on a 1–5 scale), in %; NPS = % promoters (9–10)
 * − % detractors (0–6), in points, unrounded; `mean` and `ces` = the mean answer. An answer that is not an integer or
 * lies outside `[scaleMin, scaleMax]` is left out of the statistic and counted in `invalid` (`parseMeasurements`
 * refuses such answers in measurement files). Beside the statistic come the counts behind it ({@link surveyCounts}):
 * valid and invalid respondents, the distribution over the scale, the top-two-box count and NPS's categories. A
 * `weight` of 0 adds nothing.
 *
 * @param answers - Answers with respondent counts.
 * @param measure - The KPI's survey measure (statistic and scale).
 * @returns The statistic with the counts behind it.
 * @throws {@link KpiError} `non_finite` (path `[index, "value"]` or `[index, "weight"]`) for a `NaN` or infinite
 * number; `invalid_weight` (path `[index, "weight"]`) for a negative weight; `overflow` for a weight above 1e100;
 * `invalid_argument` for missing or wrong-shaped arguments: `answers` not an array or `measure` not an object (path
 * `[]`), an answer that is not an object (path `[index]`).
 *
 * @example
 * ```ts
 * poolSurveyAnswers(
 *   [{ value: 10, weight: 5 }, { value: 8, weight: 3 }, { value: 3, weight: 2 }, { value: 11 }],
 *   { kind: "survey", statistic: "nps", scaleMin: 0, scaleMax: 10 },
 * );
 * //=> { value: 30, valid: 10, invalid: 1, distribution: { "0": 0, "1": 0, "2": 0, "3": 2, "4": 0, "5": 0, "6": 0, "7": 0, "8": 3, "9": 0, "10": 5 }, topTwoBox: 5, nps: { promoters: 5, passives: 3, detractors: 2 } }
 * ```
 *
 * @category Aggregate
 */
export function poolSurveyAnswers(answers: readonly SurveyAnswer[], measure: SurveyMeasure): PooledSurvey {
  requireArray(answers, "poolSurveyAnswers", "answers");
  requireObject(measure, "poolSurveyAnswers", "measure");
  const tally: Record<string, number> = {};
  let respondents = 0;
  let invalid = 0;
  answers.forEach((a, i) => {
    if (typeof a !== "object" || a === null) requireObject(a, "poolSurveyAnswers", `answers[${i}]`, [i]);
    if (typeof a.value !== "number" || !Number.isFinite(a.value)) {
      throw new KpiError("non_finite", `poolSurveyAnswers: answers[${i}].value must be a finite number`, { path: [i, "value"] });
    }
    const w = a.weight ?? 1;
    if (typeof w !== "number" || !Number.isFinite(w)) {
      throw new KpiError("non_finite", `poolSurveyAnswers: answers[${i}].weight must be a finite number`, { path: [i, "weight"] });
    }
    if (w < 0) {
      throw new KpiError("invalid_weight", `poolSurveyAnswers: answers[${i}].weight must not be negative`, { path: [i, "weight"] });
    }
    if (w > MAGNITUDE_LIMIT) {
      throw new KpiError("overflow", `poolSurveyAnswers: answers[${i}].weight ${TOO_LARGE}`, { path: [i, "weight"] });
    }
    if (!isSurveyAnswer(a.value, measure)) {
      invalid += w;
      return;
    }
    const key = String(a.value);
    tally[key] = (tally[key] ?? 0) + w;
    respondents += w;
  });
  const pooled = { answers: tally, valid: respondents, invalid };
  return { value: surveyValueOfTally(pooled, measure), ...surveyCounts(pooled, measure) };
}
