import type { Calendar } from "../../model/calendar.js";
import { KpiError } from "../../errors.js";
import { assertTimeZone } from "./assertTimeZone.js";

const GRAINS: ReadonlySet<unknown> = new Set(["day", "week", "month", "quarter", "year", "fiscal_year"]);

/**
 * Checks the grain and the calendar fields that period functions read, and returns the fiscal-year start month.
 *
 * @remarks
 * Internal to kpi-kit's time functions, which accept hand-built calendars as well as parsed ones.
 *
 * @param grain - The grain asked for.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @param where - The calling function's name, for error messages.
 * @returns The fiscal-year start month (1 when the grain is not `fiscal_year`).
 * @throws {@link KpiError} `invalid_period` (path `["grain"]`), `invalid_time_zone` (path `["timeZone"]`),
 * `invalid_argument` (path `["fiscalYearStartMonth"]`).
 *
 * @example
 * ```ts
 * checkPeriodInputs("fiscal_year", { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 }, "periodOf");
 * //=> 4
 * ```
 */
export function checkPeriodInputs(
  grain: unknown,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
  where: string,
): number {
  if (!GRAINS.has(grain)) {
    throw new KpiError("invalid_period", `${where}: ${JSON.stringify(grain)} is not a grain`, { path: ["grain"] });
  }
  assertTimeZone(calendar.timeZone, where);
  if (grain !== "fiscal_year") return 1;
  const month: unknown = calendar.fiscalYearStartMonth;
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new KpiError("invalid_argument", `${where}: fiscalYearStartMonth must be a whole month 1–12`, {
      path: ["fiscalYearStartMonth"],
    });
  }
  return month;
}

