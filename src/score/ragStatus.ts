import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";

/**
 * A red-amber-green status, or `no_data` when there is no score.
 *
 * @category Score
 */
export type RagStatus = "green" | "amber" | "red" | "no_data";

/** The options of {@link ragStatus}: its score thresholds; a model `RagThresholds` fits. @category Score */
export interface RagStatusOptions {
  /**
   * The lowest score that is green.
   * @defaultValue 1
   */
  readonly green?: number | undefined;
  /**
   * The lowest score that is amber; at most `green`.
   * @defaultValue 0.9
   */
  readonly amber?: number | undefined;
}

/**
 * Returns the red-amber-green status of a score.
 *
 * @remarks
 * docs/conventions.md#scoring: `green` when `score ≥ green`, `amber` when `score ≥ amber`, else `red` — each threshold is inclusive
 * at its lower end; a `null` score is `no_data`. Defaults are `{ green: 1, amber: 0.9 }`, a target's own `rag`
 * thresholds replace them. A score of exactly 0.9 is amber: the literal `0.9`, `90 / 100` and `9 / 10` are the same
 * double (the one nearest 0.9), so a value computed that way compares equal to the threshold. Other arithmetic
 * (`0.3 * 3 = 0.8999999999999999`) can land a hair below it and is red; round first if your data needs that.
 *
 * @param score - An attainment or band score, or `null`.
 * @param options - The thresholds (`green`, `amber`), see {@link RagStatusOptions}; one options object last, as in
 * `ragStatus5`.
 * @returns The status.
 * @throws {@link KpiError} `non_finite` for a `NaN` or infinite score (path `["score"]`) or threshold (path
 * `["options", name]`); `invalid_argument` (path `["options", "amber"]`) when `amber > green`, or (path
 * `["options"]`) for `options` given but not an object.
 *
 * @example
 * ```ts
 * [ragStatus(1), ragStatus(90 / 100), ragStatus(0.89), ragStatus(null), ragStatus(0.8, { green: 0.95, amber: 0.8 })];
 * //=> ["green", "amber", "red", "no_data", "amber"]
 * ```
 *
 * @category Score
 */
export function ragStatus(score: number | null, options: RagStatusOptions = {}): RagStatus {
  // Called per row: one typeof test; the error is built only when it fails.
  if (typeof options !== "object" || options === null) requireObject(options, "ragStatus", "options", ["options"]);
  const thresholds = { green: options.green ?? 1, amber: options.amber ?? 0.9 };
  if (!Number.isFinite(thresholds.green)) {
    throw new KpiError("non_finite", "ragStatus: the green threshold must be finite", { path: ["options", "green"] });
  }
  if (!Number.isFinite(thresholds.amber)) {
    throw new KpiError("non_finite", "ragStatus: the amber threshold must be finite", { path: ["options", "amber"] });
  }
  if (thresholds.amber > thresholds.green) {
    throw new KpiError("invalid_argument", "ragStatus: the amber threshold must not exceed the green one", {
      path: ["options", "amber"],
    });
  }
  if (score === null) return "no_data";
  if (!Number.isFinite(score)) {
    throw new KpiError("non_finite", "ragStatus: the score must be a finite number or null", { path: ["score"] });
  }
  if (score >= thresholds.green) return "green";
  if (score >= thresholds.amber) return "amber";
  return "red";
}
