import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { laggedCorrelation } from "./laggedCorrelation.js";
import { sensSlope } from "./sensSlope.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendNoResultReason } from "./trendOutcome.js";
import type { TrendDirection } from "./trendVerdict.js";

/**
 * A declared driver link from a leading KPI to a lagging KPI, as {@link assessDriverLink} checks it.
 *
 * @category Trend
 */
export interface DriverLinkDeclaration {
  /** The expected sign of the effect: `positive` when the lagging KPI rises with the leading one. */
  readonly sign: "positive" | "negative";
  /** The expected lag in periods, an integer ≥ 0. */
  readonly lagPeriods: number;
  /** Which way the lagging KPI is better. */
  readonly laggingDirection: TrendDirection;
}

/** Options for {@link assessDriverLink}. */
export interface AssessDriverLinkOptions {
  /**
   * The smallest |r| at the declared lag that counts as support.
   * @defaultValue 0.3
   */
  readonly minAbsR?: number | undefined;
  /**
   * How many of the leading series' latest periods its recent Sen slope is taken over (up to and including its last
   * observed period), an integer ≥ 2.
   * @defaultValue 12
   */
  readonly recentPeriods?: number | undefined;
  /**
   * The fewest pairs at the declared lag for an r, an integer ≥ 2 (as in {@link laggedCorrelation}).
   * @defaultValue 3
   */
  readonly minPoints?: number | undefined;
}

/**
 * What the data say about a declared driver link.
 *
 * @category Trend
 */
export interface DriverLinkAssessment {
  /** The declared lag. */
  readonly lag: number;
  /** Pairs at the declared lag. */
  readonly n: number;
  /** Pearson's r at the declared lag, or `null`. */
  readonly r: number | null;
  /** Why `r` is `null`, else `null`. */
  readonly reason: TrendNoResultReason | null;
  /** Whether r has the declared sign and |r| ≥ `minAbsR`; `null` when there is no r. */
  readonly supported: boolean | null;
  /** Sen's slope of the leading series over its recent periods, or `null` with fewer than 2 recent points. */
  readonly recentSlopePerPeriod: number | null;
  /**
   * Whether the driver is now moving the lagging KPI the good way: sign(recent slope) × declared sign × (+1 for
   * `higher_is_better`, −1 for `lower_is_better`) → `helps` (> 0), `hurts` (< 0), `flat` (slope 0). `null` without a
   * recent slope or for a `target_band` lagging KPI.
   */
  readonly movement: "helps" | "hurts" | "flat" | null;
}

/**
 * Returns whether a declared leading → lagging driver link is supported by the data, and whether the driver is
 * currently moving in the helpful direction.
 *
 * @remarks
 * Support: Pearson's r between leading[p] and lagging[p + lag] (see {@link laggedCorrelation}) has the declared sign
 * and |r| ≥ `minAbsR`. Movement: the sign of the leading series' Sen slope (see {@link sensSlope}) over its last
 * `recentPeriods` periods, times the declared sign, times the lagging KPI's direction. Parts that cannot be computed
 * are `null` on their own, so the result is always an object.
 *
 * @param leading - The leading (driving) series.
 * @param lagging - The lagging (outcome) series, on the same period index scale.
 * @param link - The declared sign and lag, and the lagging KPI's direction.
 * @param options - See {@link AssessDriverLinkOptions}.
 * @returns The assessment.
 * @throws {@link KpiError} `invalid_argument` for a bad lag, sign, direction, `minAbsR`, `recentPeriods` or `minPoints`, or a
 *   non-integer or duplicate index, and for missing or wrong-shaped arguments: `leading` or `lagging` not an array
 *   (path `["leading"]` or `["lagging"]`) or with a point that is not an object (path `["leading", i]` or
 *   `["lagging", i]`), `link` or `options` not an object (path `[]`); `non_finite` for a non-finite value.
 *
 * @example
 * ```ts
 * const leading = [1, 2, 3, 4, 5, 6].map((value, index) => ({ index, value }));
 * const lagging = [9, 8, 6, 5, 3, 2].map((value, index) => ({ index: index + 1, value }));
 * const out = assessDriverLink(leading, lagging, {
 *   sign: "negative",
 *   lagPeriods: 1,
 *   laggingDirection: "lower_is_better",
 * });
 * [out.supported, out.movement];
 * //=> [true, "helps"]
 * ```
 *
 * @category Trend
 */
export function assessDriverLink(
  leading: readonly SeriesPoint[],
  lagging: readonly SeriesPoint[],
  link: DriverLinkDeclaration,
  options: AssessDriverLinkOptions = {},
): DriverLinkAssessment {
  requirePoints(leading, "leading");
  requirePoints(lagging, "lagging");
  requireObject(link, "assessDriverLink", "link");
  requireObject(options, "assessDriverLink", "options");
  const { sign, lagPeriods, laggingDirection } = link;
  if (sign !== "positive" && sign !== "negative") {
    throw new KpiError("invalid_argument", "assessDriverLink: sign must be positive or negative", { path: ["sign"] });
  }
  if (typeof lagPeriods !== "number" || !Number.isInteger(lagPeriods) || lagPeriods < 0) {
    throw new KpiError("invalid_argument", "assessDriverLink: lagPeriods must be an integer of at least 0", {
      path: ["lagPeriods"],
    });
  }
  if (
    laggingDirection !== "higher_is_better" &&
    laggingDirection !== "lower_is_better" &&
    laggingDirection !== "target_band"
  ) {
    throw new KpiError("invalid_argument", "assessDriverLink: laggingDirection is not a KPI direction", {
      path: ["laggingDirection"],
    });
  }
  const minAbsR = options.minAbsR ?? 0.3;
  if (typeof minAbsR !== "number" || !(minAbsR >= 0 && minAbsR <= 1)) {
    throw new KpiError("invalid_argument", "assessDriverLink: minAbsR must be a number in [0, 1]", {
      path: ["minAbsR"],
    });
  }
  const recentPeriods = options.recentPeriods ?? 12;
  if (typeof recentPeriods !== "number" || !Number.isInteger(recentPeriods) || recentPeriods < 2) {
    throw new KpiError("invalid_argument", "assessDriverLink: recentPeriods must be an integer of at least 2", {
      path: ["recentPeriods"],
    });
  }
  const correlation = laggedCorrelation(leading, lagging, { maxLag: lagPeriods, minPoints: options.minPoints });
  const atLag = correlation.lags[lagPeriods] as { n: number; r: number | null; reason: TrendNoResultReason | null };
  const signFactor = sign === "positive" ? 1 : -1;
  const supported = atLag.r === null ? null : Math.sign(atLag.r) === signFactor && Math.abs(atLag.r) >= minAbsR;

  let lastIndex = -Infinity;
  for (const point of leading) if (point.value !== null && point.index > lastIndex) lastIndex = point.index;
  const recent = leading.filter((point) => point.index > lastIndex - recentPeriods);
  const slope = sensSlope(recent);
  const recentSlopePerPeriod = slope.result === null ? null : slope.result.slopePerPeriod;
  let movement: DriverLinkAssessment["movement"] = null;
  if (recentSlopePerPeriod !== null && laggingDirection !== "target_band") {
    const product =
      Math.sign(recentSlopePerPeriod) * signFactor * (laggingDirection === "higher_is_better" ? 1 : -1);
    movement = product > 0 ? "helps" : product < 0 ? "hurts" : "flat";
  }
  return { lag: lagPeriods, n: atLag.n, r: atLag.r, reason: atLag.reason, supported, recentSlopePerPeriod, movement };
}

// Refuses a series that is not an array, or a point that is not an object, naming assessDriverLink (laggedCorrelation
// checks the points' index and value).
function requirePoints(series: readonly SeriesPoint[], name: "leading" | "lagging"): void {
  requireArray(series, "assessDriverLink", name, [name]);
  for (let i = 0; i < series.length; i++) {
    const point: unknown = series[i];
    if (typeof point !== "object" || point === null) requireObject(point, "assessDriverLink", `${name}[${i}]`, [name, i]);
  }
}
