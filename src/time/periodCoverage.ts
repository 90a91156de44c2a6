import { KpiError } from "../errors.js";

/**
 * How much of a period has elapsed at an instant.
 *
 * @category Time
 */
export interface PeriodCoverage {
  /** `true` once `asOf` has reached the period's end. */
  readonly complete: boolean;
  /** Elapsed real time ÷ the period's length, clamped to `[0, 1]`. */
  readonly elapsedFraction: number;
}

/**
 * Returns whether a period is complete at `asOf`, and the fraction of its real duration that has elapsed.
 *
 * @remarks
 * `elapsedFraction = clamp((asOf − start) / (end − start), 0, 1)`, in real elapsed time, so 12:00 on a 23-hour
 * daylight-saving day is past half. A period is complete when `asOf >= end` (the end is exclusive). A period of
 * length zero is complete (fraction 1) from its end on, else fraction 0.
 *
 * @param period - Anything with `start` and `end` in epoch ms, typically a `Period`.
 * @param asOf - The instant to judge at ("now", as a parameter).
 * @returns `{ complete, elapsedFraction }`.
 * @throws {@link KpiError} `non_finite` (path `["asOf"]`, `["period", "start"]` or `["period", "end"]`);
 * `invalid_interval` (path `["period", "end"]`) when the end is before the start.
 *
 * @example
 * ```ts
 * periodCoverage({ start: 0, end: 86_400_000 }, 21_600_000);
 * //=> { complete: false, elapsedFraction: 0.25 }
 * ```
 *
 * @category Time
 */
export function periodCoverage(period: { readonly start: number; readonly end: number }, asOf: number): PeriodCoverage {
  const { start, end } = period;
  if (!Number.isFinite(start)) {
    throw new KpiError("non_finite", "periodCoverage: the period's start must be finite", { path: ["period", "start"] });
  }
  if (!Number.isFinite(end)) {
    throw new KpiError("non_finite", "periodCoverage: the period's end must be finite", { path: ["period", "end"] });
  }
  if (!Number.isFinite(asOf)) throw new KpiError("non_finite", "periodCoverage: asOf must be finite", { path: ["asOf"] });
  if (end < start) {
    throw new KpiError("invalid_interval", "periodCoverage: the period ends before it starts", { path: ["period", "end"] });
  }
  if (asOf >= end) return { complete: true, elapsedFraction: 1 };
  if (asOf <= start) return { complete: false, elapsedFraction: 0 };
  return { complete: false, elapsedFraction: (asOf - start) / (end - start) };
}
