import type { SurveyMeasure } from "../model/kpiDefinition.js";
import { requireObject } from "../internal/requireObject.js";
import type { SurveyTally } from "./partialAggregate.js";

/**
 * The respondent counts behind a survey statistic, as {@link surveyCounts} and `poolSurveyAnswers` give them.
 *
 * @category Aggregate
 */
export interface SurveyCounts {
  /** Respondents with a valid answer (a whole number on the scale). */
  readonly valid: number;
  /** Respondents whose answer was not whole or outside the scale (left out of the statistic). */
  readonly invalid: number;
  /** Respondents per score, for every score of the scale from `scaleMin` to `scaleMax` (0 where nobody gave it). */
  readonly distribution: Readonly<Record<string, number>>;
  /** Respondents in the top two boxes (answers ≥ `scaleMax − 1`), the numerator of CSAT. */
  readonly topTwoBox: number;
  /** For an NPS measure, promoters (9–10), passives (7–8) and detractors (0–6); `null` for other statistics. */
  readonly nps: { readonly promoters: number; readonly passives: number; readonly detractors: number } | null;
}

/**
 * Returns the counts behind a survey tally's statistic: valid and invalid respondents, the distribution over the
 * scale, the top-two-box count and, for NPS, promoters, passives and detractors.
 *
 * @remarks
 * Read it from a survey partial (`partial.survey`) to show what a CSAT, NPS or CES figure rests on
 * (docs/conventions.md#aggregation). Counts are respondents (summed weights). The categories follow the statistic's
 * definitions: CSAT's top two boxes are the answers ≥ `scaleMax − 1` (4–5 of 1–5); NPS promoters answer 9–10,
 * passives 7–8, detractors 0–6.
 *
 * @param tally - A survey tally (`partial.survey`).
 * @param measure - The KPI's survey measure (scale and statistic).
 * @returns The counts.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `tally` or `measure` not an object
 * (path `[]`), `tally.answers` not an object (path `["answers"]`).
 *
 * @example
 * ```ts
 * const c = surveyCounts({ answers: { "5": 3, "4": 1, "2": 1 }, valid: 5, invalid: 2 }, { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 });
 * [c.valid, c.invalid, c.topTwoBox, c.distribution];
 * //=> [5, 2, 4, { "1": 0, "2": 1, "3": 0, "4": 1, "5": 3 }]
 * ```
 *
 * @category Aggregate
 */
export function surveyCounts(tally: SurveyTally, measure: SurveyMeasure): SurveyCounts {
  requireObject(tally, "surveyCounts", "tally");
  requireObject(tally.answers, "surveyCounts", "tally.answers", ["answers"]);
  requireObject(measure, "surveyCounts", "measure");
  const distribution: Record<string, number> = {};
  for (let score = measure.scaleMin; score <= measure.scaleMax; score++) distribution[String(score)] = 0;
  let valid = 0, topTwoBox = 0, promoters = 0, passives = 0, detractors = 0;
  for (const key of Object.keys(tally.answers)) {
    const answer = Number(key);
    const n = tally.answers[key] ?? 0;
    distribution[key] = (distribution[key] ?? 0) + n;
    valid += n;
    if (answer >= measure.scaleMax - 1) topTwoBox += n;
    if (answer >= 9) promoters += n;
    else if (answer >= 7) passives += n;
    else detractors += n;
  }
  return {
    valid,
    invalid: tally.invalid,
    distribution,
    topTwoBox,
    nps: measure.statistic === "nps" ? { promoters, passives, detractors } : null,
  };
}
