import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import type { Grain } from "../time/grain.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { periodOf } from "../time/periodOf.js";
import { mergePartials } from "./mergePartials.js";
import type { PeriodPartial } from "./periodPartial.js";

/**
 * Rolls a series of partials up to a coarser grain (day → month, month → quarter → year, month → fiscal year) by
 * merging the partials of the periods inside each coarser period.
 *
 * @remarks
 * Because partials hold additive components (docs/conventions.md#aggregation), the result equals aggregating the raw records by the
 * coarser grain directly — sums, counts, extremes, ratios of sums, pooled quantiles alike. Each source period must
 * lie inside one target period (weeks do not roll up to months). The series must be of one KPI and subject.
 *
 * @param series - Partials per period label (any order; repeated labels are merged too).
 * @param grain - The coarser grain.
 * @param calendar - The calendar the labels were made in.
 * @returns One partial per target period with data, in time order.
 * @throws {@link KpiError} `invalid_period` (path `[index, "period"]`) for a label that is not a period or a period
 * that straddles two target periods; `invalid_time_zone` for a bad calendar; `invalid_argument` for missing or
 * wrong-shaped arguments: `series` not an array or `calendar` not an object (path `[]`), an entry that is not an
 * object (path `[index]`) or whose `partial` is not an object (path `[index, "partial"]`).
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "value" }, aggregation: "sum" } as const;
 * const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
 * rollUpPeriods(
 *   [
 *     { period: "2026-01", partial: accumulate([{ at: 0, value: 1 }], kpi) },
 *     { period: "2026-03", partial: accumulate([{ at: 0, value: 2 }], kpi) },
 *     { period: "2026-04", partial: accumulate([{ at: 0, value: 4 }], kpi) },
 *   ],
 *   "quarter",
 *   utc,
 * ).map((q) => [q.period, q.partial.sum]);
 * //=> [["2026-Q1", 3], ["2026-Q2", 4]]
 * ```
 *
 * @category Aggregate
 */
export function rollUpPeriods(
  series: readonly PeriodPartial[],
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): PeriodPartial[] {
  requireArray(series, "rollUpPeriods", "series");
  requireObject(calendar, "rollUpPeriods", "calendar");
  const byLabel = new Map<string, { start: number; partial: PeriodPartial["partial"] }>();
  series.forEach((item, i) => {
    if (typeof item !== "object" || item === null) requireObject(item, "rollUpPeriods", `series[${i}]`, [i]);
    if (typeof item.partial !== "object" || item.partial === null) requireObject(item.partial, "rollUpPeriods", `series[${i}].partial`, [i, "partial"]);
    let source;
    try {
      source = parsePeriod(item.period, undefined, calendar);
    } catch (cause) {
      if (cause instanceof KpiError && cause.code === "invalid_period") {
        throw new KpiError("invalid_period", `rollUpPeriods: series[${i}].period is not a period label`, { path: [i, "period"], cause });
      }
      throw cause;
    }
    const target = periodOf(source.start, grain, calendar);
    if (source.end > target.end) {
      throw new KpiError("invalid_period", `rollUpPeriods: ${item.period} does not lie inside one ${grain}`, { path: [i, "period"] });
    }
    const found = byLabel.get(target.label);
    byLabel.set(target.label, {
      start: target.start,
      partial: found === undefined ? item.partial : mergePartials(found.partial, item.partial),
    });
  });
  return [...byLabel.entries()].sort((a, b) => a[1].start - b[1].start).map(([period, v]) => ({ period, partial: v.partial }));
}
