import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "../time/instantInput.js";
import { KpiError } from "../errors.js";
import type { Calendar } from "../model/calendar.js";
import { eachPeriod } from "../time/eachPeriod.js";
import type { Grain } from "../time/grain.js";
import type { Period } from "../time/period.js";
import { checkIntervals } from "./_lib/checkIntervals.js";
import { measureAvailability, type AvailabilityMeasurement, type MeasureAvailabilityOptions } from "./measureAvailability.js";
import type { Outage } from "./outage.js";
import { rethrowWithPath } from "./_lib/rethrowWithPath.js";

/**
 * The range and grain of {@link measureAvailabilityByPeriod}.
 *
 * @category Sla
 */
export interface PeriodRange {
  /** The first instant of interest; its whole period is measured. */
  readonly start: InstantInput;
  /** The end of the range, exclusive; the period holding the last instant before it is measured whole. */
  readonly end: InstantInput;
  /** The grain of the periods, e.g. `"month"`. */
  readonly grain: Grain;
}

/**
 * Options of {@link measureAvailabilityByPeriod}: the calendar whose periods are measured, and the options of
 * `measureAvailability`.
 *
 * @category Sla
 */
export interface MeasureAvailabilityByPeriodOptions extends MeasureAvailabilityOptions {
  /** The calendar whose zone (and fiscal year) define the periods. */
  readonly calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
}

/**
 * The availability of one period.
 *
 * @category Sla
 */
export interface PeriodAvailability extends AvailabilityMeasurement {
  /** The period measured. */
  readonly period: Period;
}

/**
 * Measures availability in every calendar period of a range, e.g. month by month.
 *
 * @remarks
 * The range is half-open `[start, end)` like every interval of kpi-kit. The periods are those of
 * `eachPeriod(start, end, grain, calendar)`, measured whole with {@link measureAvailability}
 * (docs/conventions.md#sla-and-slo): an outage that crosses a period end is split there and counts in both periods. When
 * `options.timeZone` and `options.serviceHours` are absent, weekly maintenance is read in the calendar's zone.
 *
 * @param outages - Outages in any order.
 * @param range - The range `[start, end)` and the grain.
 * @param options - The calendar and the options of `measureAvailability`, see {@link MeasureAvailabilityByPeriodOptions}.
 * @returns One result per period, oldest first.
 * @throws {@link KpiError} the errors of {@link measureAvailability}, and of `eachPeriod` with path `["range", …]`.
 *
 * @example
 * ```ts
 * // An outage from 31 March 23:00 to 1 April 01:00 UTC splits into one hour in each month.
 * const outage = { start: Date.parse("2026-03-31T23:00:00Z"), end: Date.parse("2026-04-01T01:00:00Z") };
 * const range = { start: "2026-03-01T00:00:00Z", end: "2026-05-01T00:00:00Z", grain: "month" } as const;
 * measureAvailabilityByPeriod([outage], range, { calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } })
 *   .map((p) => [p.period.label, p.spent]);
 * //=> [["2026-03", 3_600_000], ["2026-04", 3_600_000]]
 * ```
 *
 * @category Sla
 */
export function measureAvailabilityByPeriod(
  outages: readonly Outage[],
  range: PeriodRange,
  options: MeasureAvailabilityByPeriodOptions,
): PeriodAvailability[] {
  const where = "measureAvailabilityByPeriod";
  checkIntervals(outages, where, ["outages"]);
  const { calendar, ...measureOptions } = options ?? ({} as MeasureAvailabilityByPeriodOptions);
  if (typeof calendar !== "object" || calendar === null) {
    throw new KpiError("invalid_argument", `${where}: options.calendar is required`, { path: ["options", "calendar"] });
  }
  const start = instantOf(range?.start, where, ["range", "start"]);
  const end = instantOf(range?.end, where, ["range", "end"]);
  let periods: Period[];
  try {
    periods = eachPeriod(start, end, range.grain, calendar);
  } catch (error) {
    rethrowWithPath(error, where, (path) =>
      path[0] === "from" ? ["range", "start"] : path[0] === "to" ? ["range", "end"] : path[0] === "grain" ? ["range", "grain"] : ["options", "calendar", ...path],
    );
  }
  const resolved: MeasureAvailabilityOptions = {
    ...measureOptions,
    timeZone: measureOptions.timeZone ?? measureOptions.serviceHours?.timeZone ?? calendar.timeZone,
  };
  // Only outages that reach into a period are passed on: sort once, then scan.
  const byStart = [...outages].sort((a, b) => a.start - b.start);
  let reach = 0;
  return periods.map((period) => {
    while (reach < byStart.length && (byStart[reach] as Outage).start < period.start && (byStart[reach] as Outage).end <= period.start) reach++;
    const inside: Outage[] = [];
    for (let k = reach; k < byStart.length && (byStart[k] as Outage).start < period.end; k++) {
      if ((byStart[k] as Outage).end > period.start) inside.push(byStart[k] as Outage);
    }
    return { period, ...measureAvailability(inside, period, resolved) };
  });
}
