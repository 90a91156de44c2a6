import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import type { Grain } from "./grain.js";
import { instantOfLocalTime } from "./_lib/instantOfLocalTime.js";
import { localDayOf } from "./_lib/localDayOf.js";
import type { Period } from "./period.js";
import { periodOf } from "./periodOf.js";
import { periodOfLocalDay } from "./_lib/periodOfLocalDay.js";

const MAX_PERIODS = 1_000_000;
const DAY_MS = 86_400_000;
/** The shortest ordinary length of each grain, for the up-front size check. */
const SHORTEST_MS = { day: 20 * 3_600_000, week: 7 * DAY_MS - 7_200_000, month: 28 * DAY_MS - 7_200_000,
  quarter: 89 * DAY_MS, year: 365 * DAY_MS - 7_200_000, fiscal_year: 365 * DAY_MS - 7_200_000 } as const;

/**
 * Returns every period of a grain that overlaps the half-open interval `[from, to)`, in time order.
 *
 * @remarks
 * The first period contains `from` (so it may start before it); the last one starts before `to`. Consecutive
 * periods tile time: each one's `end` is the next one's `start`. An empty interval (`from === to`) has no periods.
 * A local day that a time zone skips entirely (Pacific/Apia on 2011-12-30) would be an empty period and is left
 * out. Each period costs one time-zone look-up for its end, so a year of days takes well under a millisecond.
 * At most 1,000,000 periods are returned.
 *
 * @param from - The start of the interval (epoch ms), inclusive.
 * @param to - The end of the interval (epoch ms), exclusive.
 * @param grain - The grain of the periods.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The periods, oldest first.
 * @throws {@link KpiError} `non_finite` (path `["from"]` or `["to"]`); `invalid_interval` (path `["to"]`) when `to`
 * is before `from`; `input_too_large` (path `["to"]`) above 1,000,000 periods; and the codes of `periodOf`.
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
 * eachPeriod(Date.parse("2026-01-15T00:00:00Z"), Date.parse("2026-04-01T00:00:00Z"), "month", riga)
 *   .map((p) => p.label);
 * //=> ["2026-01", "2026-02", "2026-03", "2026-04"]
 * ```
 *
 * @category Time
 */
export function eachPeriod(
  from: number,
  to: number,
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period[] {
  if (!Number.isFinite(from)) throw new KpiError("non_finite", "eachPeriod: from must be finite", { path: ["from"] });
  if (!Number.isFinite(to)) throw new KpiError("non_finite", "eachPeriod: to must be finite", { path: ["to"] });
  if (to < from) throw new KpiError("invalid_interval", "eachPeriod: to is before from", { path: ["to"] });
  const first = periodOf(from, grain, calendar);
  if (to === from) return [];
  if ((to - from) / SHORTEST_MS[grain] > MAX_PERIODS + 2) {
    throw new KpiError("input_too_large", `eachPeriod: more than ${MAX_PERIODS} periods`, { path: ["to"] });
  }
  const zone = calendar.timeZone;
  const fiscalYearStartMonth = grain === "fiscal_year" ? calendar.fiscalYearStartMonth : 1;
  const periods: Period[] = [first];
  let { start, end } = first;
  let endDay = periodOfLocalDay(localDayOf(from, zone), grain, fiscalYearStartMonth).endDay;
  while (end < to) {
    if (periods.length >= MAX_PERIODS) {
      throw new KpiError("input_too_large", `eachPeriod: more than ${MAX_PERIODS} periods`, { path: ["to"] });
    }
    const days = periodOfLocalDay(endDay, grain, fiscalYearStartMonth);
    start = end;
    end = instantOfLocalTime(days.endDay, 0, zone);
    endDay = days.endDay;
    if (end > start) periods.push({ grain, label: days.label, start, end });
  }
  return periods;
}
