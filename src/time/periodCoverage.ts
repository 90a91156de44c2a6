import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "./instantInput.js";
import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";

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
 * @param period - Anything with `start` and `end` instants, typically a `Period`.
 * @param at - The instant to judge at ("now", as a parameter) (epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`).
 * @returns `{ complete, elapsedFraction }`.
 * @throws {@link KpiError} `non_finite` (path `["asOf"]`, `["period", "start"]` or `["period", "end"]`);
 * `invalid_interval` (path `["period", "end"]`) when the end is before the start; `invalid_argument` (path
 * `["period"]`) when `period` is missing or not an object, or (path `["period", field]`, `["asOf"]`) for an instant of
 * the wrong type.
 *
 * @example
 * ```ts
 * periodCoverage({ start: 0, end: 86_400_000 }, 21_600_000);
 * //=> { complete: false, elapsedFraction: 0.25 }
 * ```
 *
 * @category Time
 */
export function periodCoverage(
  period: { readonly start: InstantInput; readonly end: InstantInput },
  at: InstantInput,
): PeriodCoverage {
  requireObject(period, "periodCoverage", "period", ["period"]);
  const start = instantOf(period.start, "periodCoverage", ["period", "start"]);
  const end = instantOf(period.end, "periodCoverage", ["period", "end"]);
  const asOf = instantOf(at, "periodCoverage", ["asOf"]);
  if (end < start) {
    throw new KpiError("invalid_interval", "periodCoverage: the period ends before it starts", { path: ["period", "end"] });
  }
  if (asOf >= end) return { complete: true, elapsedFraction: 1 };
  if (asOf <= start) return { complete: false, elapsedFraction: 0 };
  return { complete: false, elapsedFraction: (asOf - start) / (end - start) };
}
