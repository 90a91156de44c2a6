import type { ErrorBudget } from "./errorBudget.js";
import { checkInterval } from "./_lib/checkInterval.js";
import { createContains } from "./_lib/createContains.js";
import { eligibleTimeOfOptions } from "./_lib/eligibleTimeOfOptions.js";
import { indexEvents } from "./_lib/indexEvents.js";
import type { Interval } from "./interval.js";
import type { SliEvent } from "./sliEvent.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { SlaMeasureOptions } from "./slaMeasureOptions.js";

/** Options for {@link measureOccurrences}. @category Sla */
export interface MeasureOccurrencesOptions extends SlaMeasureOptions {}

/**
 * The occurrence-based attainment of a period: good events over all events (the eligible amount), with the error
 * budget in events.
 *
 * @category Sla
 */
export interface OccurrenceMeasurement extends ErrorBudget {
  /** Always `"events"`: `eligible` counts all events of the period, `good` the good ones. */
  readonly unit: "events";
}

/**
 * Measures a period by occurrences: the share of good events among the events of the period.
 *
 * @remarks
 * The `occurrences` budgeting method: events whose instant lies in `[start, end)` count, except those in
 * maintenance or, with `serviceHours`, outside business hours. The verdict is exact (docs/conventions.md#sla-and-slo) and the budget is
 * `(1 − SLO) × total` events (docs/conventions.md#sla-and-slo).
 *
 * @param events - Good/total counts in any order.
 * @param period - The period `[start, end)`.
 * @param options - See {@link MeasureOccurrencesOptions}.
 * @returns The {@link OccurrenceMeasurement}.
 * @throws {@link KpiError} `non_finite` / `invalid_argument` for a bad event (path `["events", i, field]`); the
 * errors of {@link measureAvailability} for the period, SLO, maintenance and service hours.
 *
 * @example
 * ```ts
 * const day = { start: Date.parse("2026-04-07T00:00:00Z"), end: Date.parse("2026-04-08T00:00:00Z") };
 * const events = [
 *   { at: Date.parse("2026-04-07T09:00:00Z"), good: 1995, total: 2000 },
 *   { at: Date.parse("2026-04-08T09:00:00Z"), good: 0, total: 50 }, // the next day: not counted
 * ];
 * const r = measureOccurrences(events, day, { slo: "99.5" });
 * [r.attainment, r.met, r.budget, r.spent];
 * //=> [0.9975, true, 10, 5]
 * ```
 *
 * @category Sla
 */
export function measureOccurrences(
  events: readonly SliEvent[],
  period: Interval,
  options: MeasureOccurrencesOptions = {},
): OccurrenceMeasurement {
  const where = "measureOccurrences";
  const index = indexEvents(events, where);
  checkInterval(period, where, ["period"]);
  const slo = options.slo === undefined ? null : toSloFraction(options.slo, where, ["options", "slo"]);
  const eligible = eligibleTimeOfOptions(period, options, where);
  const contains = createContains(eligible);
  let good = 0;
  let total = 0;
  for (let k = 0; k < index.at.length; k++) {
    if (!contains(index.at[k] as number)) continue;
    good += (index.good[k + 1] as number) - (index.good[k] as number);
    total += (index.total[k + 1] as number) - (index.total[k] as number);
  }
  return { ...summarizeBudget(good, total, slo, "events"), unit: "events" };
}
