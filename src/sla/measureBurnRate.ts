import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "../time/instantInput.js";
import { KpiError } from "../errors.js";
import { indexEvents } from "./_lib/indexEvents.js";
import type { SliEvent } from "./sliEvent.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import { windowBurnRate } from "./_lib/windowBurnRate.js";

/**
 * The window of a burn rate: the `windowMinutes` that end (exclusive) at `asOf`.
 *
 * @category Sla
 */
export interface BurnWindow {
  /** The window end T, exclusive (epoch ms, ISO string with an offset, or `Date`). */
  readonly asOf: InstantInput;
  /** The window length W in minutes (e.g. 60 for one hour). */
  readonly windowMinutes: number;
}

/** Options of {@link measureBurnRate}. @category Sla */
export interface MeasureBurnRateOptions {
  /** The SLO in percent, e.g. `"99.9"`. */
  readonly slo: string | number;
}

/**
 * The burn rate of one window with the event counts behind it, as {@link measureBurnRate} and
 * `evaluateBurnAlerts` give it.
 *
 * @category Sla
 */
export interface BurnRate {
  /** The error ratio divided by `1 − SLO`, or `null` when the window has no events. */
  readonly burnRate: number | null;
  /** `bad / total`, the window's error ratio, or `null` when it has no events. */
  readonly errorRatio: number | null;
  /** Good events in the window. */
  readonly good: number;
  /** Bad events in the window (`total − good`). */
  readonly bad: number;
  /** All events in the window. */
  readonly total: number;
}

/**
 * The public view of a window's burn (internal to the SLA functions, not exported by the package).
 *
 * @example
 * ```ts
 * toBurnRate({ value: 14.4, total: 625, bad: 9 });
 * //=> { burnRate: 14.4, errorRatio: 0.0144, good: 616, bad: 9, total: 625 }
 * ```
 */
export function toBurnRate(w: { readonly value: number | null; readonly total: number; readonly bad: number }): BurnRate {
  return { burnRate: w.value, errorRatio: w.total === 0 ? null : w.bad / w.total, good: w.total - w.bad, bad: w.bad, total: w.total };
}

/**
 * Returns how fast the error budget burns over a window — the error ratio of its events divided by `1 − SLO`,
 * `null` when the window has no events — with the good, bad and total events and the error ratio behind it.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo: the events counted are those whose instant `at` lies in `[T − W, T)`. A burn rate of 1 spends
 * exactly the budget over the SLO window; 14.4 spends a 30-day budget in 50 hours. Reported as a double; use
 * {@link evaluateBurnAlerts} for exact threshold comparisons.
 *
 * @param events - Good/total counts, e.g. one per minute, in any order.
 * @param window - The window end `asOf` and its length in minutes.
 * @param options - The SLO (`{ slo: "99.9" }`).
 * @returns The {@link BurnRate}.
 * @throws {@link KpiError} `invalid_slo` (path `["options", "slo"]`); `non_finite` / `invalid_argument` for a bad event (path
 * `["events", i, field]`) or window (path `["window", field]`).
 *
 * @example
 * ```ts
 * const t = Date.parse("2026-05-04T12:00:00Z");
 * // In the last hour: 9 bad of 625 requests, error ratio 0.0144 ÷ 0.001 = 14.4.
 * measureBurnRate([{ at: t - 30 * 60_000, good: 616, total: 625 }], { asOf: t, windowMinutes: 60 }, { slo: "99.9" });
 * //=> { burnRate: 14.4, errorRatio: 0.0144, good: 616, bad: 9, total: 625 }
 * ```
 *
 * @category Sla
 */
export function measureBurnRate(events: readonly SliEvent[], window: BurnWindow, options: MeasureBurnRateOptions): BurnRate {
  const where = "measureBurnRate";
  const fraction = toSloFraction(options?.slo, where, ["options", "slo"]);
  if (typeof window !== "object" || window === null) {
    throw new KpiError("invalid_argument", `${where}: window must be { asOf, windowMinutes }`, { path: ["window"] });
  }
  const asOf = instantOf(window.asOf, where, ["window", "asOf"]);
  if (typeof window.windowMinutes !== "number" || !Number.isFinite(window.windowMinutes)) {
    throw new KpiError("non_finite", `${where}: windowMinutes must be finite`, { path: ["window", "windowMinutes"] });
  }
  if (window.windowMinutes <= 0) {
    throw new KpiError("invalid_argument", `${where}: windowMinutes must be positive`, { path: ["window", "windowMinutes"] });
  }
  return toBurnRate(windowBurnRate(indexEvents(events, where), asOf, window.windowMinutes * 60_000, fraction));
}
