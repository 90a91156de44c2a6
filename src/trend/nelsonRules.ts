import { requireObject } from "../internal/requireObject.js";
import { detectControlPatterns, requirePatternPhases, selectRules, type PatternSpec } from "./_lib/controlPatterns.js";
import type { ControlSignal } from "./controlSignal.js";
import type { XmrPhase } from "./xmrPhase.js";

const NELSON: readonly PatternSpec[] = [
  { rule: 1, kind: "beyond_limits" },
  { rule: 2, kind: "same_side", length: 9 },
  { rule: 3, kind: "monotone", length: 6 },
  { rule: 4, kind: "alternating", length: 14 },
  { rule: 5, kind: "k_of_m_beyond", k: 2, m: 3, sigmas: 2 },
  { rule: 6, kind: "k_of_m_beyond", k: 4, m: 5, sigmas: 1 },
  { rule: 7, kind: "within_one", length: 15 },
  { rule: 8, kind: "outside_one_both_sides", length: 8 },
];

/** Options for {@link nelsonRules}. */
export interface NelsonRulesOptions {
  /**
   * Which of the rules 1–8 to apply.
   * @defaultValue all eight
   */
  readonly rules?: readonly number[] | undefined;
}

/**
 * Returns the Nelson-rule signals of an XmR chart, phase by phase.
 *
 * @remarks
 * docs/conventions.md#trends-and-control-charts, with σ = 2.66·MR̄/3 of each phase and zone comparisons strict:
 * 1. one point beyond the control limits (3σ);
 * 2. nine points in a row on the same side of the centre line;
 * 3. six points in a row strictly increasing, or strictly decreasing;
 * 4. fourteen points in a row alternating up and down;
 * 5. two of three points in a row beyond 2σ on the same side;
 * 6. four of five points in a row beyond 1σ on the same side;
 * 7. fifteen points in a row within 1σ of the centre line (either side);
 * 8. eight points in a row beyond 1σ, on both sides, none within 1σ.
 *
 * A point exactly on the centre line is on neither side (it breaks rule 2's run); an equal neighbour breaks rules 3
 * and 4. For rules 5 and 6 the window's last point is one of those beyond. Points are the phase's observations in
 * index order (gaps are skipped over). Patterns never span a phase start. A signal is reported at every point that
 * completes a window, with the window's member indices and, in `beyond`, the members beyond the rule's zone limit
 * (rules 1, 5, 6 and 8; for 5 and 6 every window point beyond 2σ or 1σ on the signal's side, at least 2 or 4).
 *
 * @param chart - An XmR chart (its `phases`), from {@link xmrChart}.
 * @param options - See {@link NelsonRulesOptions}.
 * @returns The signals, sorted by index, then rule.
 * @throws {@link KpiError} `invalid_argument` for a rule number other than 1–8 (path `["rules", i]`), and for missing
 *   or wrong-shaped arguments: a `chart` or `options` that is not an object (path `[]`), `rules` that is not an
 *   array (path `["rules"]`), `chart.phases` that is not an array of objects (path `["phases"]` or `["phases", p]`)
 *   with `limits` an object or `null` (path `["phases", p, "limits"]`) and `points` an array of objects (path
 *   `["phases", p, "points"]` or `["phases", p, "points", i]`).
 *
 * @example
 * ```ts
 * const values = [10, 11, 9, 10, 11, 9, 10, 30];
 * const chart = xmrChart(values.map((value, index) => ({ index, value })), { ruleSet: "none" });
 * nelsonRules(chart.result!).map((s) => [s.rule, s.index]);
 * //=> [[1, 7]]
 * ```
 *
 * @category Trend
 */
export function nelsonRules(
  chart: { readonly phases: readonly XmrPhase[] },
  options: NelsonRulesOptions = {},
): ControlSignal[] {
  requireObject(chart, "nelsonRules", "chart");
  requireObject(options, "nelsonRules", "options");
  requirePatternPhases(chart.phases, "nelsonRules");
  return detectControlPatterns(chart.phases, selectRules(NELSON, options.rules, "nelsonRules"), "nelson");
}
