/**
 * The rule sets for control-chart signals.
 *
 * - `nelson` — Nelson's eight rules (see {@link nelsonRules}).
 * - `western_electric` — the four Western Electric rules (see {@link westernElectricRules}).
 *
 * @category Trend
 */
export type ControlRuleSet = "nelson" | "western_electric";

/**
 * A control-chart signal: a pattern that a rule found in one phase of an XmR chart.
 *
 * @category Trend
 */
export interface ControlSignal {
  /** The rule set the rule belongs to. */
  readonly ruleSet: ControlRuleSet;
  /** The rule's number in its set (Nelson 1–8, Western Electric 1–4). */
  readonly rule: number;
  /** The period index of the point that completes the pattern. */
  readonly index: number;
  /** The period indices of all points of the pattern's window, ascending (ends with `index`). */
  readonly members: readonly number[];
  /** The position of the chart phase the pattern lies in (0-based, into `phases`). */
  readonly phase: number;
}
