import { requireObject } from "../internal/requireObject.js";
import { detectControlPatterns, requirePatternPhases, selectRules, type PatternSpec } from "./_lib/controlPatterns.js";
import type { ControlSignal } from "./controlSignal.js";
import type { XmrPhase } from "./xmrPhase.js";

const WESTERN_ELECTRIC: readonly PatternSpec[] = [
  { rule: 1, kind: "beyond_limits" },
  { rule: 2, kind: "k_of_m_beyond", k: 2, m: 3, sigmas: 2 },
  { rule: 3, kind: "k_of_m_beyond", k: 4, m: 5, sigmas: 1 },
  { rule: 4, kind: "same_side", length: 8 },
];

/** Options for {@link westernElectricRules}. */
export interface WesternElectricRulesOptions {
  /**
   * Which of the rules 1–4 to apply.
   * @defaultValue all four
   */
  readonly rules?: readonly number[] | undefined;
}

/**
 * Returns the Western Electric rule signals of an XmR chart, phase by phase.
 *
 * @remarks
 * The Western Electric Statistical Quality Control Handbook (1956) zone rules, with σ = 2.66·MR̄/3 and strict
 * comparisons: 1. one point beyond the control limits (3σ); 2. two of three points in a row beyond 2σ on the same
 * side; 3. four of five points in a row beyond 1σ on the same side; 4. eight points in a row on the same side of
 * the centre line. The conventions are those of {@link nelsonRules} (the window's last point is one of those
 * beyond; a point on the centre line is on neither side; no pattern spans a phase start). Each signal lists its
 * window's `members` and, in `beyond`, those beyond the zone limit (rules 1, 2 and 3; none for rule 4).
 *
 * @param chart - An XmR chart (its `phases`), from {@link xmrChart}.
 * @param options - See {@link WesternElectricRulesOptions}.
 * @returns The signals, sorted by index, then rule.
 * @throws {@link KpiError} `invalid_argument` for a rule number other than 1–4 (path `["rules", i]`), and for missing
 *   or wrong-shaped arguments: a `chart` or `options` that is not an object (path `[]`), `rules` that is not an
 *   array (path `["rules"]`), `chart.phases` that is not an array of objects (path `["phases"]` or `["phases", p]`)
 *   with `limits` an object or `null` (path `["phases", p, "limits"]`) and `points` an array of objects (path
 *   `["phases", p, "points"]` or `["phases", p, "points", i]`).
 *
 * @example
 * ```ts
 * const values = [10, 12, 8, 10, 12, 8, 10, 11, 11, 11, 11, 11, 11, 11, 11];
 * const chart = xmrChart(values.map((value, index) => ({ index, value })), { ruleSet: "none" });
 * // CL = 158/15 ≈ 10.53: the eight 11s from index 7 on are all above it.
 * westernElectricRules(chart.result!).map((s) => [s.rule, s.index]);
 * //=> [[4, 14]]
 * ```
 *
 * @category Trend
 */
export function westernElectricRules(
  chart: { readonly phases: readonly XmrPhase[] },
  options: WesternElectricRulesOptions = {},
): ControlSignal[] {
  requireObject(chart, "westernElectricRules", "chart");
  requireObject(options, "westernElectricRules", "options");
  requirePatternPhases(chart.phases, "westernElectricRules");
  return detectControlPatterns(
    chart.phases,
    selectRules(WESTERN_ELECTRIC, options.rules, "westernElectricRules"),
    "western_electric",
  );
}
