/**
 * Whether a survey answer is valid on its KPI's scale: a whole number from `scaleMin` to `scaleMax`
 * (docs/conventions.md#measurements). The one rule for parsing, the aggregation engine and survey pooling.
 *
 * @example
 * ```ts
 * [isSurveyAnswer(5, { scaleMin: 1, scaleMax: 5 }), isSurveyAnswer(4.5, { scaleMin: 1, scaleMax: 5 })];
 * //=> [true, false]
 * ```
 */
export function isSurveyAnswer(x: number, scale: { readonly scaleMin: number; readonly scaleMax: number }): boolean {
  return Number.isInteger(x) && x >= scale.scaleMin && x <= scale.scaleMax;
}
