import { KpiError } from "../errors.js";

/**
 * Progress from a baseline towards a target, as computed by {@link scoreProgress}.
 *
 * @category Score
 */
export interface ProgressScore {
  /** `(actual − baseline) / (target − baseline)`: 0 at the baseline, 1 on target, beyond either end as it falls. */
  readonly unclamped: number;
  /** The same, clamped to `[0, 1]`. */
  readonly clamped: number;
}

/**
 * Returns the share of the way from a baseline to a target that an actual value has covered.
 *
 * @remarks
 * docs/conventions.md#scoring: `(actual − baseline) / (target − baseline)`, offered unclamped and clamped to `[0, 1]`. The formula
 * works in either direction: for a "lower is better" KPI the target lies below the baseline and the ratio still reads
 * 0 at the baseline and 1 on target. `null` when `target = baseline` (no way to cover) or when `actual` is `null`
 * (no data). Worsening beyond the baseline gives a negative unclamped value; overshooting the target one above 1.
 *
 * @param actual - The period's value, or `null` when there is no data.
 * @param baseline - Where the KPI started.
 * @param target - Where it should get to (e.g. a target's value or planned value).
 * @returns Both progress figures, or `null`.
 * @throws {@link KpiError} `non_finite` (path `["actual"]`, `["baseline"]` or `["target"]`) for a `NaN` or infinite
 * number.
 *
 * @example
 * ```ts
 * scoreProgress(70, 60, 80);
 * //=> { unclamped: 0.5, clamped: 0.5 }
 * ```
 *
 * @category Score
 */
export function scoreProgress(actual: number | null, baseline: number, target: number): ProgressScore | null {
  if (actual !== null && !Number.isFinite(actual)) {
    throw new KpiError("non_finite", "scoreProgress: the actual value must be a finite number or null", {
      path: ["actual"],
    });
  }
  if (!Number.isFinite(baseline)) {
    throw new KpiError("non_finite", "scoreProgress: the baseline must be a finite number", { path: ["baseline"] });
  }
  if (!Number.isFinite(target)) {
    throw new KpiError("non_finite", "scoreProgress: the target must be a finite number", { path: ["target"] });
  }
  if (actual === null || target === baseline) return null;
  const span = target - baseline;
  const unclamped = (actual - baseline) / span;
  // A span so small that the ratio overflows has no meaningful progress either.
  if (!Number.isFinite(unclamped) || !Number.isFinite(span)) return null;
  return { unclamped, clamped: Math.min(1, Math.max(0, unclamped)) };
}
