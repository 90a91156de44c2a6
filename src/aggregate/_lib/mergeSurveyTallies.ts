import type { SurveyTally } from "../partialAggregate.js";

/**
 * Two survey tallies as one: answers counted together, valid and invalid respondents added; `null` is no tally.
 *
 * @example
 * ```ts
 * mergeSurveyTallies({ answers: { "5": 2 }, valid: 2, invalid: 0 }, { answers: { "5": 1, "3": 1 }, valid: 2, invalid: 1 });
 * //=> { answers: { "5": 3, "3": 1 }, valid: 4, invalid: 1 }
 * ```
 */
export function mergeSurveyTallies(a: SurveyTally | null, b: SurveyTally | null): SurveyTally | null {
  if (a === null) return b;
  if (b === null) return a;
  const answers: Record<string, number> = { ...a.answers };
  for (const key of Object.keys(b.answers)) answers[key] = (answers[key] ?? 0) + (b.answers[key] ?? 0);
  return Object.freeze({ answers: Object.freeze(answers), valid: a.valid + b.valid, invalid: a.invalid + b.invalid });
}
