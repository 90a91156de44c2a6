import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { checkBand } from "./_lib/checkBand.js";

/**
 * A target band `[lo, hi]` (inclusive) with the tolerance over which the score falls from 1 to 0 outside it. A model
 * `between` target fits.
 *
 * @category Score
 */
export interface TargetBand {
  /** The lower bound, inclusive. */
  readonly lo: number;
  /** The upper bound, inclusive; `lo ≤ hi` (`lo = hi` is a band of zero width). */
  readonly hi: number;
  /** The distance outside the band at which the score reaches 0; above 0. */
  readonly tolerance: number;
}

/**
 * Returns the score of an actual value against a target band: 1 inside, falling linearly to 0 over the tolerance.
 *
 * @remarks
 * docs/conventions.md#scoring: with the band `[lo, hi]` inclusive and tolerance `t > 0`, the score is `1` when
 * `lo ≤ actual ≤ hi` and `max(0, 1 − distance / t)` outside, where `distance` is how far `actual` lies from the
 * nearer bound. So a value exactly `t` outside scores `0`, and the score always lies in `[0, 1]`. A band of zero
 * width (`lo = hi`) scores 1 only on that value. A `null` actual (no data) gives `null`.
 *
 * @param actual - The period's value, or `null` when there is no data.
 * @param band - See {@link TargetBand}.
 * @returns The score in `[0, 1]`, or `null` without data.
 * @throws {@link KpiError} `non_finite` for a `NaN` or infinite `actual` (path `["actual"]`) or band field (path
 * `["band", field]`); `invalid_interval` (path `["band", "hi"]`) when `lo > hi`; `invalid_argument` (path
 * `["band", "tolerance"]`) for a tolerance not above 0, or (path `["band"]`) for a `band` that is missing or not an
 * object.
 *
 * @example
 * ```ts
 * const band = { lo: 95, hi: 98, tolerance: 5 };
 * [scoreBand(96, band), scoreBand(99, band), scoreBand(92, band), scoreBand(110, band)];
 * //=> [1, 0.8, 0.4, 0]
 * ```
 *
 * @category Score
 */
export function scoreBand(actual: number | null, band: TargetBand): number | null {
  if (actual !== null && !Number.isFinite(actual)) {
    throw new KpiError("non_finite", "scoreBand: the actual value must be a finite number or null", { path: ["actual"] });
  }
  requireObject(band, "scoreBand", "band", ["band"]);
  checkBand(band, "scoreBand", "band");
  if (actual === null) return null;
  const distance = actual < band.lo ? band.lo - actual : actual > band.hi ? actual - band.hi : 0;
  return distance === 0 ? 1 : Math.max(0, 1 - distance / band.tolerance);
}
