import type { Calendar } from "../../model/calendar.js";
import { KpiError, isKpiError } from "../../errors.js";
import { createPeriodIndex, type PeriodIndex } from "../../time/createPeriodIndex.js";
import type { Grain } from "../../time/grain.js";
import type { Period } from "../../time/period.js";
import { periodOf } from "../../time/periodOf.js";
import { previousPeriod } from "../../time/previousPeriod.js";
import { latestCompletePeriod } from "./latestCompletePeriod.js";

/** The periods of an assessed range at one grain. */
export interface QualityGrid {
  /** The periods from the one holding `start` to the one holding the last instant before `end`. */
  readonly index: PeriodIndex;
  /** How many of them are due (ended by `asOf − graceMs`). */
  readonly due: number;
  /** The latest period due: a series without a record in it or later is stale. */
  readonly expected: Period;
}

/**
 * The period grids of `assessDataQuality`'s range, one per grain, made when first asked for. Internal to quality.
 *
 * @param start - The range's start (epoch ms).
 * @param end - The range's end, exclusive.
 * @param asOf - The instant of the assessment.
 * @param graceMs - How long after a period ends its data may still arrive.
 * @param calendar - The calendar of the periods.
 * @param name - The calling function's name, for messages.
 * @returns The grid of a grain.
 * @throws {@link KpiError} `input_too_large` (path `["options", "end"]`) above 1,000,000 periods.
 *
 * @example
 * ```ts
 * const grid = createQualityGrids(Date.parse("2026-01-01T00:00:00Z"), Date.parse("2026-04-01T00:00:00Z"),
 *   Date.parse("2026-03-15T00:00:00Z"), 0, { timeZone: "UTC", fiscalYearStartMonth: 1 }, "f")("month");
 * [grid.index.periods.length, grid.due, grid.expected.label];
 * //=> [3, 2, "2026-02"]
 * ```
 */
export function createQualityGrids(
  start: number,
  end: number,
  asOf: number,
  graceMs: number,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
  name: string,
): (grain: Grain) => QualityGrid {
  const grains = new Map<Grain, QualityGrid>();
  return (grain: Grain): QualityGrid => {
    let grid = grains.get(grain);
    if (grid === undefined) {
      // The period of the last instant before `end`: the one holding `end`, unless `end` is exactly its start.
      const holding = periodOf(end, grain, calendar);
      const last = holding.start < end ? holding : previousPeriod(holding, calendar);
      let index: PeriodIndex;
      try {
        index = createPeriodIndex(start, last.end, grain, calendar);
      } catch (cause) {
        if (isKpiError(cause, "input_too_large")) {
          throw new KpiError("input_too_large", `${name}: the range has more than 1,000,000 periods`, { path: ["options", "end"], cause });
        }
        throw cause;
      }
      const dueBy = asOf - graceMs;
      let due = 0;
      while (due < index.periods.length && index.periods[due]!.end <= dueBy) due++;
      grid = { index, due, expected: latestCompletePeriod(dueBy, grain, calendar) };
      grains.set(grain, grid);
    }
    return grid;
  };
}
