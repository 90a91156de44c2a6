import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { checkBand } from "./_lib/checkBand.js";

const TARGET_KINDS = ["at_least", "at_most", "between"] as const;

/**
 * The part of a target that {@link scoreAttainment} reads: an `at_least` or `at_most` value, or a `between` band
 * with its tolerance. Any model `Target` fits.
 *
 * @category Score
 */
export type ScoringTarget =
  | { readonly kind: "at_least"; readonly value: number }
  | { readonly kind: "at_most"; readonly value: number }
  | { readonly kind: "between"; readonly lo: number; readonly hi: number; readonly tolerance: number };

/** Options for {@link scoreAttainment}. @category Score */
export interface ScoreAttainmentOptions {
  /**
   * The value to score against instead of `target.value` for `at_least` / `at_most` targets — e.g. the planned value
   * of a trajectory for the period (see `plannedValue`) or a pro-rated value (see `expectedToDate`). Ignored for a
   * `between` target.
   * @defaultValue `target.value`
   */
  readonly plannedValue?: number | undefined;
}

/**
 * Returns the attainment score of an actual value against its target, where `1` is "exactly on target".
 *
 * @remarks
 * docs/conventions.md#scoring, by the target's kind:
 * - `at_least` (higher is better): `actual / target`, defined only when the target is above 0;
 * - `at_most` (lower is better): `target / actual`, defined only when the actual is above 0 — an actual of 0 is
 *   undefined, not infinitely good;
 * - `between`: the band score `max(0, 1 − distance / tolerance)`, 1 inside `[lo, hi]` (see `scoreBand`).
 *
 * Ratios are not capped and not floored: 120 against an `at_least` target of 100 scores 1.2, and a negative actual
 * against a positive `at_least` target scores below 0. Where the ratio is undefined (or would overflow a double)
 * the result is `null`; a `null` actual (no data) also gives `null`. The target's kind decides the formula; a KPI's
 * `direction` should agree with it (`buildScorecard` checks that).
 *
 * @param actual - The period's value, or `null` when there is no data.
 * @param target - The target, e.g. a model `Target`.
 * @param options - See {@link ScoreAttainmentOptions}.
 * @returns The score, or `null` when there is no data or the ratio is undefined.
 * @throws {@link KpiError} `non_finite` when `actual` (path `["actual"]`), the target's numbers (path
 * `["target", field]`) or `options.plannedValue` (path `["options", "plannedValue"]`) are `NaN` or infinite;
 * `invalid_interval` (path `["target", "hi"]`) for a band with `lo > hi`; `invalid_argument` (path
 * `["target", "tolerance"]`) for a tolerance not above 0, or (path `["target", "kind"]`) for an unknown kind.
 *
 * @example
 * ```ts
 * [
 *   scoreAttainment(90, { kind: "at_least", value: 120 }),
 *   scoreAttainment(4, { kind: "at_most", value: 5 }),
 *   scoreAttainment(0, { kind: "at_most", value: 5 }),
 * ];
 * //=> [0.75, 1.25, null]
 * ```
 *
 * @category Score
 */
export function scoreAttainment(
  actual: number | null,
  target: ScoringTarget,
  options: ScoreAttainmentOptions = {},
): number | null {
  if (actual !== null && !Number.isFinite(actual)) {
    throw new KpiError("non_finite", "scoreAttainment: the actual value must be a finite number or null", {
      path: ["actual"],
    });
  }
  requireObject(target, "scoreAttainment", "target", ["target"]);
  requireObject(options, "scoreAttainment", "options", ["options"]);
  requireOneOf(target.kind, TARGET_KINDS, "scoreAttainment", "target.kind", ["target", "kind"]);
  switch (target.kind) {
    case "at_least":
    case "at_most": {
      const value = options.plannedValue ?? target.value;
      if (!Number.isFinite(value)) {
        const path = options.plannedValue === undefined ? ["target", "value"] : ["options", "plannedValue"];
        throw new KpiError("non_finite", "scoreAttainment: the target value must be a finite number", { path });
      }
      if (actual === null) return null;
      const ratio = target.kind === "at_least" ? (value > 0 ? actual / value : null) : actual > 0 ? value / actual : null;
      // A ratio beyond the range of doubles (a denominator near 5e-324) is as undefined as a zero denominator.
      return ratio !== null && Number.isFinite(ratio) ? ratio : null;
    }
    case "between": {
      checkBand(target, "scoreAttainment", "target");
      if (actual === null) return null;
      const distance = actual < target.lo ? target.lo - actual : actual > target.hi ? actual - target.hi : 0;
      return distance === 0 ? 1 : Math.max(0, 1 - distance / target.tolerance);
    }
    default:
      return assertNever(target, "scoreAttainment");
  }
}
