import { KpiError } from "../errors.js";
import { checkInterval } from "./_lib/checkInterval.js";
import { createContains } from "./_lib/createContains.js";
import { eligibleTimeOfOptions } from "./_lib/eligibleTimeOfOptions.js";
import { indexEvents } from "./_lib/indexEvents.js";
import type { Interval } from "./interval.js";
import type { SliEvent } from "./sliEvent.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { TimesliceMeasurement } from "./measureTimeslices.js";
import type { SlaMeasureOptions } from "./slaMeasureOptions.js";

/** Options for {@link measureRatioTimeslices}. @category Sla */
export interface MeasureRatioTimeslicesOptions extends SlaMeasureOptions {}

/**
 * Measures a period by ratio timeslices: the share of slices whose own good/total ratio meets a threshold.
 *
 * @remarks
 * The `ratio_timeslices` budgeting method. Slices of `sliceMinutes` are aligned to the period start; an event
 * belongs to the slice that holds its instant. A slice is good when `good / total ≥ threshold` for its events,
 * compared exactly (docs/conventions.md#sla-and-slo). A slice **without events is excluded** — it holds no evidence either way, and
 * counting it good would let a dead service with no traffic look perfect — and so are events in maintenance or,
 * with `serviceHours`, outside business hours. `eligible` counts the slices with events, `good` the good ones; `slices` all slices.
 *
 * @param events - Good/total counts in any order.
 * @param period - The period `[start, end)`.
 * @param budgeting - The slice length and the per-slice threshold in percent, e.g. an objective's
 * `{ method: "ratio_timeslices", sliceMinutes: 1, threshold: "95" }`.
 * @param options - See {@link MeasureRatioTimeslicesOptions}.
 * @returns A {@link TimesliceMeasurement}.
 * @throws {@link KpiError} `invalid_argument` (path `["budgeting", "sliceMinutes"]`) for a bad slice length or more
 * than 1 000 000 slices; `invalid_slo` (path `["budgeting", "threshold"]`) for a threshold outside (0, 100); the
 * errors of {@link measureOccurrences} otherwise.
 *
 * @example
 * ```ts
 * const hour = { start: Date.parse("2026-04-07T10:00:00Z"), end: Date.parse("2026-04-07T11:00:00Z") };
 * const events = [
 *   { at: Date.parse("2026-04-07T10:00:30Z"), good: 95, total: 100 }, // exactly 95 %: good
 *   { at: Date.parse("2026-04-07T10:01:10Z"), good: 94, total: 100 }, // bad
 * ];
 * const r = measureRatioTimeslices(events, hour, { sliceMinutes: 1, threshold: "95" });
 * [r.slices, r.eligible, r.good, r.attainment];
 * //=> [60, 2, 1, 0.5]
 * ```
 *
 * @category Sla
 */
export function measureRatioTimeslices(
  events: readonly SliEvent[],
  period: Interval,
  budgeting: { readonly sliceMinutes: number; readonly threshold: string | number },
  options: MeasureRatioTimeslicesOptions = {},
): TimesliceMeasurement {
  const where = "measureRatioTimeslices";
  const index = indexEvents(events, where);
  checkInterval(period, where, ["period"]);
  const sliceMinutes = budgeting?.sliceMinutes;
  if (typeof sliceMinutes !== "number" || !Number.isFinite(sliceMinutes) || sliceMinutes <= 0) {
    throw new KpiError("invalid_argument", `${where}: sliceMinutes must be a positive number`, {
      path: ["budgeting", "sliceMinutes"],
    });
  }
  const sliceMs = sliceMinutes * 60_000;
  const length = period.end - period.start;
  if (length / sliceMs > 1_000_000) {
    throw new KpiError("invalid_argument", `${where}: more than 1 000 000 slices`, { path: ["budgeting", "sliceMinutes"] });
  }
  const threshold = toSloFraction(budgeting.threshold, where, ["budgeting", "threshold"]);
  const slo = options.slo === undefined ? null : toSloFraction(options.slo, where, ["options", "slo"]);
  const eligible = eligibleTimeOfOptions(period, options, where);
  const contains = createContains(eligible);
  const slices = length > 0 ? Math.ceil(length / sliceMs) : 0;
  const good = new Float64Array(slices);
  const total = new Float64Array(slices);
  for (let k = 0; k < index.at.length; k++) {
    const t = index.at[k] as number;
    if (!contains(t)) continue;
    const s = Math.floor((t - period.start) / sliceMs);
    good[s] = (good[s] as number) + ((index.good[k + 1] as number) - (index.good[k] as number));
    total[s] = (total[s] as number) + ((index.total[k + 1] as number) - (index.total[k] as number));
  }
  let eligibleSlices = 0;
  let goodSlices = 0;
  for (let s = 0; s < slices; s++) {
    const n = total[s] as number;
    if (n === 0) continue;
    eligibleSlices++;
    // good / n ≥ threshold  ⇔  good · den ≥ num · n
    if (BigInt(good[s] as number) * threshold.denominator >= threshold.numerator * BigInt(n)) goodSlices++;
  }
  return { ...summarizeBudget(goodSlices, eligibleSlices, slo, "slices"), unit: "slices", slices };
}
