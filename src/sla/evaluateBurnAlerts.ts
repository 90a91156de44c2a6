import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "../time/instantInput.js";
import { toBurnRate, type BurnRate } from "./measureBurnRate.js";
import { KpiError } from "../errors.js";
import { compareRationals } from "./_lib/compareRationals.js";
import { decimalToRational } from "./_lib/decimalToRational.js";
import { indexEvents } from "./_lib/indexEvents.js";
import type { Rational } from "./_lib/rational.js";
import type { SliEvent } from "./sliEvent.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import { windowBurnRate } from "./_lib/windowBurnRate.js";

/**
 * One multiwindow burn-rate alert rule: it fires when both the long and the short window burn faster than the
 * threshold.
 *
 * @remarks
 * Give exactly one of `budgetPercent` (scaled to the SLO window, as in the SRE workbook) or `threshold` (used as
 * it is).
 *
 * @category Sla
 */
export interface BurnAlertTier {
  /**
   * A name for the rule in results.
   * @defaultValue `"<severity> <long>m/<short>m"`
   */
  readonly name?: string | undefined;
  /** `page` (wake someone up) or `ticket` (handle in working hours). */
  readonly severity: "page" | "ticket";
  /** The long window in minutes (e.g. 60). */
  readonly longWindowMinutes: number;
  /** The short window in minutes (e.g. 5), which confirms that the budget is still burning. */
  readonly shortWindowMinutes: number;
  /**
   * The share of the whole SLO window's error budget, in percent, that burning at the threshold for one long window
   * would spend (the workbook's 2 %, 5 %, 10 %). The threshold is `budgetPercent / 100 × sloWindowDays × 1440 /
   * longWindowMinutes`, exactly.
   */
  readonly budgetPercent?: number | string | undefined;
  /** A fixed burn-rate threshold, not scaled. */
  readonly threshold?: number | string | undefined;
}

/** Options for {@link evaluateBurnAlerts}. @category Sla */
export interface EvaluateBurnAlertsOptions {
  /** The SLO in percent, e.g. `"99.9"`. */
  readonly slo: string | number;
  /**
   * The alert rules, most urgent first.
   * @defaultValue the SRE workbook's three: page 2 % in 60/5 min, page 5 % in 360/30 min, ticket 10 % in 4320/360 min
   */
  readonly tiers?: readonly BurnAlertTier[] | undefined;
  /**
   * The length of the SLO window in days, which scales `budgetPercent` tiers.
   * @defaultValue 30
   */
  readonly sloWindowDays?: number | undefined;
  /**
   * A rule cannot fire unless its long window holds at least this many events.
   * @defaultValue 10
   */
  readonly minEvents?: number | undefined;
}

/**
 * The outcome of one alert rule.
 *
 * @category Sla
 */
export interface BurnAlertTierResult {
  /** The rule's name. */
  readonly name: string;
  /** `page` or `ticket`. */
  readonly severity: "page" | "ticket";
  /** The long window in minutes. */
  readonly longWindowMinutes: number;
  /** The short window in minutes. */
  readonly shortWindowMinutes: number;
  /** The threshold after scaling, as a double (compared exactly). */
  readonly threshold: number;
  /** The burn rate of the long window, or `null` without events. */
  readonly longBurnRate: number | null;
  /** The burn rate of the short window, or `null` without events. */
  readonly shortBurnRate: number | null;
  /** Events (total count) in the long window. */
  readonly longEvents: number;
  /** The long window's burn rate with its good, bad and total events and error ratio. */
  readonly long: BurnRate;
  /** The short window's burn rate with its good, bad and total events and error ratio. */
  readonly short: BurnRate;
  /** `true` when both burn rates exceed the threshold and the long window has at least `minEvents` events. */
  readonly firing: boolean;
}

/**
 * The outcome of {@link evaluateBurnAlerts}.
 *
 * @category Sla
 */
export interface BurnAlertEvaluation {
  /** The most urgent firing severity (`page` before `ticket`), or `null` when nothing fires. */
  readonly severity: "page" | "ticket" | null;
  /** Every rule, in the order given. */
  readonly tiers: readonly BurnAlertTierResult[];
}

const DEFAULT_TIERS: readonly BurnAlertTier[] = [
  { name: "page 1h/5m", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetPercent: "2" },
  { name: "page 6h/30m", severity: "page", longWindowMinutes: 360, shortWindowMinutes: 30, budgetPercent: "5" },
  { name: "ticket 3d/6h", severity: "ticket", longWindowMinutes: 4320, shortWindowMinutes: 360, budgetPercent: "10" },
];

const WHERE = "evaluateBurnAlerts";

function positive(value: unknown, path: readonly PropertyKey[]): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new KpiError("non_finite", `${WHERE}: ${path.map(String).join(".")} must be a finite number`, { path });
  }
  if (value <= 0) throw new KpiError("invalid_argument", `${WHERE}: ${path.map(String).join(".")} must be positive`, { path });
  return value;
}

function tierThreshold(tier: BurnAlertTier, i: number, windowDays: Rational): Rational {
  const path = ["options", "tiers", i];
  const hasPercent = tier.budgetPercent !== undefined;
  const hasThreshold = tier.threshold !== undefined;
  if (hasPercent === hasThreshold) {
    throw new KpiError("invalid_argument", `${WHERE}: give a tier exactly one of budgetPercent and threshold`, { path });
  }
  const key = hasPercent ? "budgetPercent" : "threshold";
  const raw = hasPercent ? tier.budgetPercent : tier.threshold;
  if (typeof raw === "number" && !Number.isFinite(raw)) {
    throw new KpiError("non_finite", `${WHERE}: ${key} must be finite`, { path: [...path, key] });
  }
  const value = raw === undefined ? null : decimalToRational(raw);
  if (value === null || value.numerator <= 0n) {
    throw new KpiError("invalid_argument", `${WHERE}: ${key} must be a positive decimal`, { path: [...path, key] });
  }
  if (!hasPercent) return value;
  // threshold = percent/100 × days × 1440 / longMinutes
  const minutes = decimalToRational(tier.longWindowMinutes);
  if (minutes === null) throw new KpiError("invalid_argument", `${WHERE}: bad longWindowMinutes`, { path: [...path, "longWindowMinutes"] });
  return {
    numerator: value.numerator * windowDays.numerator * 1440n * minutes.denominator,
    denominator: value.denominator * 100n * windowDays.denominator * minutes.numerator,
  };
}

/**
 * Evaluates multiwindow, multi-burn-rate alerts at an instant: which rules fire and the burn rates behind them.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo, after the Google SRE workbook ("Alerting on SLOs", method 6). A rule fires when the burn rate of
 * its long window **and** of its short window both exceed its threshold, compared exactly on BigInt rationals: a
 * burn rate exactly equal to the threshold does not fire (docs/conventions.md#sla-and-slo), and a `null` burn (no events) never fires.
 * Floating point gets this wrong: 9 bad of 625 against 99.9 % is exactly 14.4, but `(9 / 625) / (1 − 0.999)` is
 * 14.400000000001585 and would page.
 *
 * Threshold scaling: the workbook's thresholds are `f × SLO window / long window`, where `f` is the share of the
 * whole budget that one long window at that rate would spend: 2 % × 30 d / 1 h = 14.4; 5 % × 30 d / 6 h = 6;
 * 10 % × 30 d / 3 d = 1. Tiers given as `budgetPercent` are scaled the same way for any `sloWindowDays`
 * (a 7-day SLO pages at 2 % × 7 d / 1 h = 3.36), so that a page still means "2 % of this SLO's budget in an hour";
 * a tier with a fixed `threshold` is used as it is. The `minEvents` guard (default 10 events in the long window)
 * keeps one failed request out of two from paging anyone.
 *
 * @param events - Good/total counts per minute (or per request), in any order.
 * @param at - The instant T of evaluation (epoch ms, ISO string with an offset, or `Date`); windows are `[T − W, T)`.
 * @param options - See {@link EvaluateBurnAlertsOptions}.
 * @returns The most urgent firing severity and each rule's outcome.
 * @throws {@link KpiError} `invalid_slo` (path `["options", "slo"]`); `non_finite` / `invalid_argument` for a bad event (path
 * `["events", i, field]`), `asOf` (path `["asOf"]`) or option (path `["options", …]`).
 *
 * @example
 * ```ts
 * const t = Date.parse("2026-05-04T12:00:00Z");
 * // 60 minutes of 100 requests before t; in the last 5 minutes 2 of every 100 fail (10 bad in all).
 * const events = Array.from({ length: 60 }, (_, i) => ({ at: t - (i + 1) * 60_000, good: i < 5 ? 98 : 100, total: 100 }));
 * const result = evaluateBurnAlerts(events, t, { slo: "99.9" });
 * // 1 h and 6 h: 10 / 6000 ÷ 0.001 = 1.67; 5 min: 10 / 500 ÷ 0.001 = 20. Only the 3 d/6 h ticket rule (> 1) fires.
 * [result.severity, result.tiers.map((tier) => tier.firing)];
 * //=> ["ticket", [false, false, true]]
 * ```
 *
 * @category Sla
 */
export function evaluateBurnAlerts(events: readonly SliEvent[], at: InstantInput, options: EvaluateBurnAlertsOptions): BurnAlertEvaluation {
  const asOf = instantOf(at, "evaluateBurnAlerts", ["asOf"]);
  const fraction = toSloFraction(options?.slo, WHERE, ["options", "slo"]);
  const tiers = options.tiers ?? DEFAULT_TIERS;
  const sloWindowDays = positive(options.sloWindowDays ?? 30, ["options", "sloWindowDays"]);
  const minEvents = options.minEvents ?? 10;
  if (typeof minEvents !== "number" || !Number.isFinite(minEvents) || minEvents < 0) {
    throw new KpiError("invalid_argument", `${WHERE}: minEvents must be a number ≥ 0`, { path: ["options", "minEvents"] });
  }
  const windowDays = decimalToRational(sloWindowDays);
  if (windowDays === null) {
    throw new KpiError("invalid_argument", `${WHERE}: bad sloWindowDays`, { path: ["options", "sloWindowDays"] });
  }
  const index = indexEvents(events, WHERE);
  let severity: "page" | "ticket" | null = null;
  const results = tiers.map((tier, i): BurnAlertTierResult => {
    if (tier.severity !== "page" && tier.severity !== "ticket") {
      throw new KpiError("invalid_argument", `${WHERE}: severity is "page" or "ticket"`, { path: ["options", "tiers", i, "severity"] });
    }
    const longMinutes = positive(tier.longWindowMinutes, ["options", "tiers", i, "longWindowMinutes"]);
    const shortMinutes = positive(tier.shortWindowMinutes, ["options", "tiers", i, "shortWindowMinutes"]);
    const threshold = tierThreshold(tier, i, windowDays);
    const long = windowBurnRate(index, asOf, longMinutes * 60_000, fraction);
    const short = windowBurnRate(index, asOf, shortMinutes * 60_000, fraction);
    const firing =
      long.total >= minEvents &&
      long.exact !== null &&
      short.exact !== null &&
      compareRationals(long.exact, threshold) > 0 &&
      compareRationals(short.exact, threshold) > 0;
    if (firing && (severity === null || (severity === "ticket" && tier.severity === "page"))) severity = tier.severity;
    return {
      name: tier.name ?? `${tier.severity} ${longMinutes}m/${shortMinutes}m`,
      severity: tier.severity,
      longWindowMinutes: longMinutes,
      shortWindowMinutes: shortMinutes,
      threshold: Number(threshold.numerator) / Number(threshold.denominator),
      longBurnRate: long.value,
      shortBurnRate: short.value,
      longEvents: long.total,
      long: toBurnRate(long),
      short: toBurnRate(short),
      firing,
    };
  });
  return { severity, tiers: results };
}
