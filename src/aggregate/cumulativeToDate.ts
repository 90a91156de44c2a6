import { requireObject } from "../internal/requireObject.js";
import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { periodOf } from "../time/periodOf.js";
import { emptyPartial } from "./emptyPartial.js";
import { mergePartials } from "./mergePartials.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { PeriodPartial } from "./periodPartial.js";

/** Options for {@link cumulativeToDate}. @category Aggregate */
export interface CumulativeToDateOptions {
  /** `month`, `quarter`, `year` or `fiscal_year` to date. */
  readonly grain: "month" | "quarter" | "year" | "fiscal_year";
  /** The calendar of the labels (time zone and fiscal-year start). */
  readonly calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
}

/** A to-date aggregate, as {@link cumulativeToDate} returns it. @category Aggregate */
export interface CumulativeToDateValue {
  /** The label of the enclosing period, e.g. `"2026-Q1"` or `"FY2025-26"`. */
  readonly period: string;
  /** The label of the last period included (`through`). */
  readonly through: string;
  /** How many entries of the series were merged. */
  readonly periods: number;
  /** The merged partial (empty when no entry falls in the range). */
  readonly partial: PartialAggregate;
}

/**
 * Returns the month-, quarter-, year- or fiscal-year-to-date partial as of a period: the merge of every period of the
 * series from the start of the enclosing period up to and including the period `through`.
 *
 * @remarks
 * The series holds finer periods (days or months) of one KPI and subject; an entry counts when it starts at or after
 * the enclosing period's start and ends no later than the end of `through`. Read the value with `finalizePartial`.
 *
 * @param series - Partials per period (any order).
 * @param through - The label of the last period to include, e.g. `"2026-05"`.
 * @param options - The to-date grain and the calendar.
 * @returns The {@link CumulativeToDateValue}.
 * @throws {@link KpiError} `invalid_period` for a label that is not a period (path `["through"]` or `[index, "period"]`)
 * or a to-date grain finer than `through`; `invalid_time_zone` for a bad calendar.
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "value" }, aggregation: "sum" } as const;
 * const month = (period: string, value: number) => ({ period, partial: accumulate([{ at: 0, value }], kpi) });
 * const april = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
 * const ytd = cumulativeToDate([month("2026-03", 5), month("2026-04", 1), month("2026-05", 2), month("2026-06", 4)], "2026-05", {
 *   grain: "fiscal_year", calendar: april,
 * });
 * [ytd.period, ytd.periods, ytd.partial.sum];
 * //=> ["FY2026-27", 2, 3]
 * ```
 *
 * @category Aggregate
 */
export function cumulativeToDate(series: readonly PeriodPartial[], through: string, options: CumulativeToDateOptions): CumulativeToDateValue {
  requireObject(options, "cumulativeToDate", "options");
  const { grain, calendar } = options;
  if (grain !== "month" && grain !== "quarter" && grain !== "year" && grain !== "fiscal_year") {
    throw new KpiError("invalid_period", `cumulativeToDate: ${JSON.stringify(grain)} is not a to-date grain`, { path: ["grain"] });
  }
  let last;
  try {
    last = parsePeriod(through, calendar);
  } catch (cause) {
    if (cause instanceof KpiError && cause.code === "invalid_period") {
      throw new KpiError("invalid_period", "cumulativeToDate: through is not a period label", { path: ["through"], cause });
    }
    throw cause;
  }
  const enclosing = periodOf(last.start, grain, calendar);
  if (last.end > enclosing.end) {
    throw new KpiError("invalid_period", `cumulativeToDate: ${through} is longer than a ${grain}`, { path: ["through"] });
  }
  let partial = emptyPartial();
  let periods = 0;
  series.forEach((item, i) => {
    let p;
    try {
      p = parsePeriod(item.period, undefined, calendar);
    } catch (cause) {
      throw new KpiError("invalid_period", `cumulativeToDate: series[${i}].period is not a period label`, { path: [i, "period"], cause });
    }
    if (p.start >= enclosing.start && p.end <= last.end) {
      partial = mergePartials(partial, item.partial);
      periods++;
    }
  });
  return { period: enclosing.label, through, periods, partial };
}
