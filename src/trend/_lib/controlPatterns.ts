import { KpiError } from "../../errors.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import type { ControlRuleSet, ControlSignal } from "../controlSignal.js";

/** The limits a pattern is judged against (internal). */
export interface PatternLimits {
  readonly centerLine: number;
  readonly sigma: number;
  readonly upperLimit: number;
  readonly lowerLimit: number;
}

/** One phase's points, as the pattern rules read them (internal). */
export interface PatternPhase {
  readonly limits: PatternLimits | null;
  readonly points: readonly { readonly index: number; readonly value: number }[];
}

/** A run-rule pattern (internal). */
export type PatternSpec =
  | { readonly rule: number; readonly kind: "beyond_limits" }
  | { readonly rule: number; readonly kind: "same_side"; readonly length: number }
  | { readonly rule: number; readonly kind: "monotone"; readonly length: number }
  | { readonly rule: number; readonly kind: "alternating"; readonly length: number }
  | { readonly rule: number; readonly kind: "k_of_m_beyond"; readonly k: number; readonly m: number; readonly sigmas: number }
  | { readonly rule: number; readonly kind: "within_one"; readonly length: number }
  | { readonly rule: number; readonly kind: "outside_one_both_sides"; readonly length: number };

function windowMembers(points: PatternPhase["points"], end: number, length: number): number[] {
  const members: number[] = [];
  for (let j = end - length + 1; j <= end; j++) members.push((points[j] as { index: number }).index);
  return members;
}

/**
 * Finds the run-rule patterns of control-chart phases (internal to `trend/`).
 *
 * @remarks
 * Each phase is scanned alone, so no pattern spans a phase start. A signal is reported at every point that
 * completes its rule's window (a run of 11 points above the centre line gives rule-2 signals at its 9th, 10th and
 * 11th points). A point exactly on the centre line is on neither side; comparisons with the zone limits are strict.
 * For "k of m beyond" rules the window's last point must be one of those beyond, and `beyond` lists every window
 * point beyond on that side; rule 1 lists its point and Nelson 8 its whole window; run rules list none. Signals are
 * sorted by index, then rule.
 *
 * @param phases - The phases with their limits and points in index order.
 * @param specs - The rules to apply.
 * @param ruleSet - The rule set named in the signals.
 * @returns The signals.
 *
 * @example
 * ```ts
 * detectControlPatterns(
 *   [{ limits: { centerLine: 0, sigma: 1, upperLimit: 3, lowerLimit: -3 }, points: [{ index: 0, value: 4 }] }],
 *   [{ rule: 1, kind: "beyond_limits" }],
 *   "nelson",
 * );
 * //=> [{ ruleSet: "nelson", rule: 1, index: 0, members: [0], beyond: [0], phase: 0 }]
 * ```
 */
export function detectControlPatterns(
  phases: readonly PatternPhase[],
  specs: readonly PatternSpec[],
  ruleSet: ControlRuleSet,
): ControlSignal[] {
  const signals: ControlSignal[] = [];
  for (let phase = 0; phase < phases.length; phase++) {
    const { limits, points } = phases[phase] as PatternPhase;
    if (limits === null) continue;
    const { centerLine, sigma, upperLimit, lowerLimit } = limits;
    const upperOne = centerLine + sigma;
    const lowerOne = centerLine - sigma;
    const count = points.length;
    // Per-point run lengths ending at the point.
    const above = new Int32Array(count);
    const below = new Int32Array(count);
    const rising = new Int32Array(count);
    const falling = new Int32Array(count);
    const alternating = new Int32Array(count);
    const within = new Int32Array(count);
    const outside = new Int32Array(count);
    const outsideAbove = new Int32Array(count + 1); // prefix counts of points above CL + σ
    for (let i = 0; i < count; i++) {
      const v = (points[i] as { value: number }).value;
      const previous = i > 0 ? (points[i - 1] as { value: number }).value : v;
      above[i] = v > centerLine ? (i > 0 ? (above[i - 1] as number) : 0) + 1 : 0;
      below[i] = v < centerLine ? (i > 0 ? (below[i - 1] as number) : 0) + 1 : 0;
      rising[i] = i > 0 && v > previous ? (rising[i - 1] as number) + 1 : 0;
      falling[i] = i > 0 && v < previous ? (falling[i - 1] as number) + 1 : 0;
      if (i > 0 && v !== previous) {
        const twoBack = i > 1 ? (points[i - 2] as { value: number }).value : previous;
        const alternates = i > 1 && previous !== twoBack && v > previous !== previous > twoBack;
        alternating[i] = alternates ? (alternating[i - 1] as number) + 1 : 1;
      } else {
        alternating[i] = 0;
      }
      within[i] = v > lowerOne && v < upperOne ? (i > 0 ? (within[i - 1] as number) : 0) + 1 : 0;
      outside[i] = v > upperOne || v < lowerOne ? (i > 0 ? (outside[i - 1] as number) : 0) + 1 : 0;
      outsideAbove[i + 1] = (outsideAbove[i] as number) + (v > upperOne ? 1 : 0);
    }
    for (let i = 0; i < count; i++) {
      const point = points[i] as { index: number; value: number };
      const v = point.value;
      for (const spec of specs) {
        let length = 0;
        let beyondMembers: number[] = [];
        switch (spec.kind) {
          case "beyond_limits":
            if (v > upperLimit || v < lowerLimit) {
              length = 1;
              beyondMembers = [point.index];
            }
            break;
          case "same_side":
            if ((above[i] as number) >= spec.length || (below[i] as number) >= spec.length) length = spec.length;
            break;
          case "monotone":
            // `length` points need length − 1 strict steps.
            if ((rising[i] as number) >= spec.length - 1 || (falling[i] as number) >= spec.length - 1) length = spec.length;
            break;
          case "alternating":
            if ((alternating[i] as number) >= spec.length - 1) length = spec.length;
            break;
          case "k_of_m_beyond": {
            if (i < spec.m - 1) break;
            const high = centerLine + spec.sigmas * sigma;
            const low = centerLine - spec.sigmas * sigma;
            const side = v > high ? 1 : v < low ? -1 : 0;
            if (side === 0) break;
            const beyond: number[] = [];
            for (let j = i - spec.m + 1; j <= i; j++) {
              const w = points[j] as { index: number; value: number };
              if (side > 0 ? w.value > high : w.value < low) beyond.push(w.index);
            }
            if (beyond.length >= spec.k) {
              length = spec.m;
              beyondMembers = beyond;
            }
            break;
          }
          case "within_one":
            if ((within[i] as number) >= spec.length) length = spec.length;
            break;
          case "outside_one_both_sides": {
            if ((outside[i] as number) < spec.length) break;
            const highCount = (outsideAbove[i + 1] as number) - (outsideAbove[i + 1 - spec.length] as number);
            if (highCount > 0 && highCount < spec.length) {
              length = spec.length;
              beyondMembers = windowMembers(points, i, length);
            }
            break;
          }
        }
        if (length > 0) {
          const members = windowMembers(points, i, length);
          signals.push({ ruleSet, rule: spec.rule, index: point.index, members, beyond: beyondMembers, phase });
        }
      }
    }
  }
  signals.sort((a, b) => a.index - b.index || a.rule - b.rule);
  return signals;
}

/**
 * Keeps the rule specs whose rule number is listed, after checking every listed number exists (internal).
 *
 * @param all - Every rule of the set.
 * @param rules - The rule numbers asked for, or `undefined` for all.
 * @param where - The public function's name, for the error message.
 * @returns The selected specs.
 * @throws {@link KpiError} `invalid_argument` for `rules` that is not an array (path `["rules"]`) or an unknown rule
 *   number (path `["rules", i]`).
 *
 * @example
 * ```ts
 * selectRules([{ rule: 1, kind: "beyond_limits" }], [1], "nelsonRules").length;
 * //=> 1
 * ```
 */
export function selectRules(
  all: readonly PatternSpec[],
  rules: readonly number[] | undefined,
  where: string,
): readonly PatternSpec[] {
  if (rules === undefined) return all;
  requireArray(rules, where, "options.rules", ["rules"]);
  rules.forEach((rule, i) => {
    if (!all.some((spec) => spec.rule === rule)) {
      throw new KpiError("invalid_argument", `${where}: there is no rule ${String(rule)}`, { path: ["rules", i] });
    }
  });
  return all.filter((spec) => rules.includes(spec.rule));
}

/**
 * Refuses a chart's `phases` that the pattern rules could not read (internal): an array of objects, each with `limits`
 * an object or `null` and `points` an array of objects — so that a wrong-shaped chart passed from JavaScript gets a
 * `KpiError` naming the public function, not a `TypeError` from inside {@link detectControlPatterns}. The numbers are
 * not checked (a chart from `xmrChart` has finite ones). O(number of points).
 *
 * @param phases - The chart's `phases`, as given.
 * @param where - The public function's name, for messages.
 * @throws {@link KpiError} `invalid_argument` with path `["phases"]`, `["phases", p]`, `["phases", p, "limits"]`,
 *   `["phases", p, "points"]` or `["phases", p, "points", i]`.
 *
 * @example
 * ```ts
 * try {
 *   requirePatternPhases([{ limits: null, points: [null] }], "nelsonRules");
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> "nelsonRules: chart.phases[0].points[0] must be an object, not null"
 * }
 * ```
 */
export function requirePatternPhases(phases: unknown, where: string): asserts phases is readonly PatternPhase[] {
  requireArray(phases, where, "chart.phases", ["phases"]);
  for (let p = 0; p < phases.length; p++) {
    const phase: unknown = phases[p];
    requireObject(phase, where, `chart.phases[${p}]`, ["phases", p]);
    const { limits, points } = phase as { readonly limits?: unknown; readonly points?: unknown };
    if (typeof limits !== "object") {
      throw new KpiError("invalid_argument", `${where}: chart.phases[${p}].limits must be an object or null, not ${typeof limits}`, {
        path: ["phases", p, "limits"],
      });
    }
    requireArray(points, where, `chart.phases[${p}].points`, ["phases", p, "points"]);
    for (let i = 0; i < points.length; i++) {
      const point: unknown = points[i];
      if (typeof point !== "object" || point === null) {
        requireObject(point, where, `chart.phases[${p}].points[${i}]`, ["phases", p, "points", i]);
      }
    }
  }
}
