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
  /**
   * The period indices of the window's points beyond the rule's zone limit, ascending: for "k of m" rules (Nelson 5
   * and 6, Western Electric 2 and 3) the k or more points beyond 2σ or 1σ on the signal's side; for a point beyond
   * the control limits (rule 1) that point; for Nelson 8 every member. Empty for rules that judge runs, not a
   * limit (Nelson 2, 3, 4 and 7, Western Electric 4).
   */
  readonly beyond: readonly number[];
  /** The position of the chart phase the pattern lies in (0-based, into `phases`). */
  readonly phase: number;
}
