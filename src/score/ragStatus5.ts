import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";

/**
 * A five-level status, finer than red-amber-green, or `no_data` when there is no score.
 *
 * @category Score
 */
export type RagStatus5 = "exceeded" | "met" | "near" | "below" | "far_below" | "no_data";

/** Options for {@link ragStatus5}: the lowest score of each level. @category Score */
export interface RagStatus5Options {
  /**
   * The lowest score that counts as `exceeded`.
   * @defaultValue 1.1
   */
  readonly exceeded?: number | undefined;
  /**
   * The lowest score that counts as `met`.
   * @defaultValue 1
   */
  readonly met?: number | undefined;
  /**
   * The lowest score that counts as `near`.
   * @defaultValue 0.9
   */
  readonly near?: number | undefined;
  /**
   * The lowest score that counts as `below`; anything lower is `far_below`.
   * @defaultValue 0.75
   */
  readonly below?: number | undefined;
}

/**
 * Returns the five-level status of a score: exceeded, met, near, below, far below, or no data.
 *
 * @remarks
 * Like `ragStatus`, each threshold is inclusive at its lower end: `exceeded` when `score ≥ 1.1`, `met` when
 * `score ≥ 1`, `near` when `score ≥ 0.9`, `below` when `score ≥ 0.75`, else `far_below`; a `null` score is
 * `no_data`. With the defaults `met` and `near` coincide with green and amber of the default RAG thresholds, and
 * `exceeded` / `met` together are green, `below` / `far_below` together are red. Thresholds must not increase from
 * `exceeded` down to `below` (equal thresholds leave a level empty).
 *
 * @param score - An attainment or band score, or `null`.
 * @param options - See {@link RagStatus5Options}.
 * @returns The status.
 * @throws {@link KpiError} `non_finite` for a `NaN` or infinite score (path `["score"]`) or threshold (path
 * `["options", name]`); `invalid_argument` (path `["options", name]`) for a threshold above the one before it, or
 * (path `["options"]`) for `options` given but not an object.
 *
 * @example
 * ```ts
 * [ragStatus5(1.25), ragStatus5(1), ragStatus5(0.9), ragStatus5(0.8), ragStatus5(0.5), ragStatus5(null)];
 * //=> ["exceeded", "met", "near", "below", "far_below", "no_data"]
 * ```
 *
 * @category Score
 */
export function ragStatus5(score: number | null, options: RagStatus5Options = {}): RagStatus5 {
  requireObject(options, "ragStatus5", "options", ["options"]);
  const levels = [
    ["exceeded", options.exceeded ?? 1.1],
    ["met", options.met ?? 1],
    ["near", options.near ?? 0.9],
    ["below", options.below ?? 0.75],
  ] as const;
  let previous = Number.POSITIVE_INFINITY;
  for (const [name, threshold] of levels) {
    if (!Number.isFinite(threshold)) {
      throw new KpiError("non_finite", `ragStatus5: the ${name} threshold must be finite`, { path: ["options", name] });
    }
    if (threshold > previous) {
      throw new KpiError("invalid_argument", `ragStatus5: the ${name} threshold must not exceed the one above it`, {
        path: ["options", name],
      });
    }
    previous = threshold;
  }
  if (score === null) return "no_data";
  if (!Number.isFinite(score)) {
    throw new KpiError("non_finite", "ragStatus5: the score must be a finite number or null", { path: ["score"] });
  }
  for (const [name, threshold] of levels) if (score >= threshold) return name;
  return "far_below";
}
