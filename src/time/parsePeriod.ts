import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { checkPeriodInputs } from "./_lib/checkPeriodInputs.js";
import { daysFromCivil } from "./_lib/daysFromCivil.js";
import type { Grain } from "./grain.js";
import { grainOfLabel } from "./grainOfLabel.js";
import { instantOfLocalTime } from "./_lib/instantOfLocalTime.js";
import type { Period } from "./period.js";
import { periodOfLocalDay } from "./_lib/periodOfLocalDay.js";

function invalid(label: string, why: string): KpiError {
  return new KpiError("invalid_period", `parsePeriod: ${JSON.stringify(label.slice(0, 40))} ${why}`, {
    path: ["label"],
  });
}

/**
 * Returns the period that a label names, in the calendar's time zone.
 *
 * @remarks
 * The inverse of `periodOf`: `periodOf(parsePeriod(label, grain, calendar).start, grain, calendar).label === label`.
 * Without a grain, the grain is read from the label's shape (day `YYYY-MM-DD`, week `GGGG-Www`, month `YYYY-MM`,
 * quarter `YYYY-Qn`, year `YYYY`, fiscal year `FYyyyy-YY`). A label must name a real period of its grain: the
 * label is rebuilt from the period found and must come back unchanged, which refuses `2026-13`, `2026-02-30`,
 * `2025-W53` (2025 has 52 ISO weeks), `2026-W00`, `2026-Q5` and `FY2025-27`.
 *
 * @param label - A period label, e.g. `"2026-W53"`.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read); the grain is inferred from the
 * label. The explicit form `parsePeriod(label, grain, calendar)` checks the grain instead.
 * @returns The period.
 * @throws {@link KpiError} `invalid_period` (path `["label"]`) for a label that is not a period of its grain, or
 * (path `["grain"]`) for an unknown grain; `invalid_time_zone` (path `["timeZone"]`); `invalid_argument` (path
 * `["fiscalYearStartMonth"]`).
 *
 * @example
 * ```ts
 * const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
 * const week = parsePeriod("2026-W53", utc); // the grain (ISO week) read from the label
 * [week.grain, new Date(week.start).toISOString(), new Date(week.end).toISOString()];
 * //=> ["week", "2026-12-28T00:00:00.000Z", "2027-01-04T00:00:00.000Z"]
 * ```
 *
 * @category Time
 */
export function parsePeriod(label: string, calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">): Period;
/**
 * Parses a period label of a given grain — the explicit form of {@link parsePeriod}.
 *
 * @param label - A period label, e.g. `"2026-03"`.
 * @param grain - The grain the label must have, or `undefined` to infer it from the label.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The period.
 * @throws {@link KpiError} `invalid_period` (path `["label"]`) for a label that is not a period of the grain.
 *
 * @example
 * ```ts
 * parsePeriod("2026-03", "month", { timeZone: "UTC", fiscalYearStartMonth: 1 }).label;
 * //=> "2026-03"
 * ```
 *
 * @category Time
 */
export function parsePeriod(
  label: string,
  grain: Grain | undefined,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period;
export function parsePeriod(
  label: string,
  grainOrCalendar: Grain | undefined | Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
  maybeCalendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period {
  const inferred = typeof grainOrCalendar === "object" && grainOrCalendar !== null;
  const grain = inferred ? undefined : (grainOrCalendar as Grain | undefined);
  const calendar = (inferred ? grainOrCalendar : maybeCalendar) as Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
  if (typeof label !== "string") {
    throw new KpiError("invalid_period", "parsePeriod: a period label must be a string", { path: ["label"] });
  }
  const shape = grainOfLabel(label);
  if (shape === null) throw invalid(label, "has no period-label shape (e.g. 2026-03-29, 2026-W13, 2026-03, FY2025-26)");
  const resolved = grain ?? shape;
  const fiscalYearStartMonth = checkPeriodInputs(resolved, calendar, "parsePeriod");
  if (shape !== resolved) throw invalid(label, `is not a label of the grain ${resolved}`);
  const isFiscal = resolved === "fiscal_year";
  const year = Number(label.slice(isFiscal ? 2 : 0, isFiscal ? 6 : 4));
  // Any local day of the named period; an impossible label yields a day whose rebuilt label differs.
  let day: number;
  switch (resolved) {
    case "day":
    case "month": {
      const month = Number(label.slice(5, 7));
      const dayOfMonth = resolved === "day" ? Number(label.slice(8, 10)) : 1;
      if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) throw invalid(label, "is not a real date");
      day = daysFromCivil(year, month, dayOfMonth);
      break;
    }
    case "week": {
      const week = Number(label.slice(6, 8));
      const january4 = daysFromCivil(year, 1, 4); // always in ISO week 1
      const mondayOfWeek1 = january4 - ((((january4 + 3) % 7) + 7) % 7);
      day = mondayOfWeek1 + (week - 1) * 7;
      break;
    }
    case "quarter": {
      const quarter = Number(label.slice(6, 7));
      if (quarter < 1 || quarter > 4) throw invalid(label, "is not a quarter 1–4");
      day = daysFromCivil(year, quarter * 3 - 2, 1);
      break;
    }
    case "year":
      day = daysFromCivil(year, 1, 1);
      break;
    case "fiscal_year":
      day = daysFromCivil(year, fiscalYearStartMonth, 1);
      break;
  }
  const days = periodOfLocalDay(day, resolved, fiscalYearStartMonth);
  if (days.label !== label) throw invalid(label, `is not a period of the grain ${resolved}`);
  return {
    grain: resolved,
    label,
    start: instantOfLocalTime(days.startDay, 0, calendar.timeZone),
    end: instantOfLocalTime(days.endDay, 0, calendar.timeZone),
  };
}
