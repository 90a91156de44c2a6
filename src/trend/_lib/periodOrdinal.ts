import { KpiError, isKpiError } from "../../errors.js";
import type { Grain } from "../../time/grain.js";
import { parsePeriod } from "../../time/parsePeriod.js";
import { periodOf } from "../../time/periodOf.js";

/**
 * Period labels are zone-free names, so periods are counted in UTC; a January fiscal year start makes `FYyyyy-YY`
 * the fiscal year that starts in year yyyy, whatever month the caller's fiscal year starts in.
 */
const UTC = { timeZone: "UTC", fiscalYearStartMonth: 1 } as const;
const DAY_MS = 86_400_000;

/**
 * Returns the position of a period among all periods of its grain: consecutive periods have consecutive ordinals
 * (internal to `trend/`).
 *
 * @remarks
 * The label is checked with `parsePeriod` (so `2026-13` and `2025-W53` are refused), then counted from its start in
 * UTC: days since 1970-01-01, ISO weeks since the week of 1969-12-29, months and quarters since year 0, years, and
 * fiscal years by their starting year.
 *
 * @param label - The period label.
 * @param grain - The grain the label must have.
 * @param where - The public function's name, for the error message.
 * @param path - The path of the label in the caller's input.
 * @returns The ordinal.
 * @throws {@link KpiError} `invalid_period` (at `path`) for a label that is not a period of the grain.
 *
 * @example
 * ```ts
 * periodOrdinal("2026-03", "month", "f", []) - periodOrdinal("2025-12", "month", "f", []);
 * //=> 3
 * ```
 */
export function periodOrdinal(label: string, grain: Grain, where: string, path: readonly PropertyKey[]): number {
  let start: number;
  try {
    start = parsePeriod(label, grain, UTC).start;
  } catch (error) {
    if (!isKpiError(error)) throw error;
    throw new KpiError("invalid_period", `${where}: ${JSON.stringify(String(label).slice(0, 40))} is not a ${grain} label`, {
      path: [...path],
      cause: error,
    });
  }
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (grain) {
    case "day":
      return Math.round(start / DAY_MS);
    case "week":
      // 1969-12-29 (day −3) is a Monday.
      return Math.round((start / DAY_MS + 3) / 7);
    case "month":
      return year * 12 + month;
    case "quarter":
      return year * 4 + Math.floor(month / 3);
    case "year":
    case "fiscal_year":
      return year;
  }
}

/**
 * Returns the label of the period with an ordinal of {@link periodOrdinal} (internal to `trend/`).
 *
 * @param ordinal - The ordinal, an integer.
 * @param grain - The grain.
 * @returns The label.
 *
 * @example
 * ```ts
 * labelOfOrdinal(periodOrdinal("2026-W01", "week", "f", []) + 52, "week");
 * //=> "2026-W53"
 * ```
 */
export function labelOfOrdinal(ordinal: number, grain: Grain): string {
  let start: number;
  switch (grain) {
    case "day":
      start = ordinal * DAY_MS;
      break;
    case "week":
      start = (ordinal * 7 - 3) * DAY_MS;
      break;
    case "month":
      start = utcStart(Math.floor(ordinal / 12), ordinal - 12 * Math.floor(ordinal / 12));
      break;
    case "quarter":
      start = utcStart(Math.floor(ordinal / 4), 3 * (ordinal - 4 * Math.floor(ordinal / 4)));
      break;
    case "year":
    case "fiscal_year":
      start = utcStart(ordinal, 0);
      break;
  }
  return periodOf(start, grain, UTC).label;
}

// The first instant of a month in UTC (setUTCFullYear, since Date.UTC maps years 0–99 to 1900–1999).
function utcStart(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return date.getTime();
}
