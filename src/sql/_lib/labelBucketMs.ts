import type { Calendar } from "../../model/calendar.js";
import { eachPeriod } from "../../time/eachPeriod.js";
import type { Grain } from "../../time/grain.js";

// Bucket widths tried, widest first: a UTC day, an hour, half and quarter hours, a minute, a second.
const WIDTHS = [86_400_000, 3_600_000, 1_800_000, 900_000, 60_000, 1_000];
const MAX_PERIODS = 100_000;

/**
 * The widest bucket of epoch time (`floor(ms / width)`) inside which no period of `[start, end)` begins or ends: every
 * instant of a bucket then has the period of the bucket's first instant, so DuckDB can label each bucket once
 * instead of each row (time-zone work per row is what makes its labels slow). A second fits every zone (local mean
 * times had offsets in whole seconds); `null` when the range has too many periods to check. Internal to kpi-kit/sql.
 *
 * @param grain - The grain of the periods.
 * @param calendar - The calendar.
 * @param start - The range's start (epoch ms).
 * @param end - Its end, exclusive.
 * @returns The width in ms, or `null`.
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
 * const kolkata = { timeZone: "Asia/Kolkata", fiscalYearStartMonth: 1 };
 * const year = [Date.parse("2026-01-01T00:00:00Z"), Date.parse("2027-01-01T00:00:00Z")] as const;
 * [labelBucketMs("month", { timeZone: "UTC", fiscalYearStartMonth: 1 }, ...year), labelBucketMs("month", riga, ...year), labelBucketMs("day", kolkata, ...year)];
 * //=> [86400000, 3600000, 1800000]
 * ```
 */
export function labelBucketMs(grain: Grain, calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">, start: number, end: number): number | null {
  // Each period boundary of the range: the starts of the periods that overlap it, and the last one's end.
  const span = end - start;
  const perPeriod = grain === "day" ? 86_400_000 : grain === "week" ? 7 * 86_400_000 : 28 * 86_400_000;
  if (!(span > 0) || span / perPeriod > MAX_PERIODS) return null;
  const periods = eachPeriod(start, end, grain, calendar);
  let widths = WIDTHS;
  for (const p of periods) {
    widths = widths.filter((w) => p.start % w === 0 && p.end % w === 0);
    if (widths.length === 0) return null;
  }
  return widths[0] ?? null;
}
