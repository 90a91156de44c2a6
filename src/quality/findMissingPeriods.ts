import type { Calendar } from "../model/calendar.js";
import type { Measurement } from "../model/measurement.js";
import { KpiError, isKpiError } from "../errors.js";
import { createPeriodIndex } from "../time/createPeriodIndex.js";
import type { Grain } from "../time/grain.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { periodOf } from "../time/periodOf.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/**
 * The range of periods to check: from the period `from` names or contains to the period `to` names or contains,
 * both inclusive.
 *
 * @category Quality
 */
export interface MissingPeriodsRange {
  /** The first period: a label of `grain` (e.g. `"2026-01"`) or an instant (epoch ms) inside it. */
  readonly from: string | number;
  /** The last period, included: a label of `grain` or an instant (epoch ms) inside it. */
  readonly to: string | number;
  /** The grain of the periods. */
  readonly grain: Grain;
}

/**
 * A record of a series as {@link findMissingPeriods} reads it: an instant, and optionally an id and the id it
 * supersedes.
 *
 * @category Quality
 */
export type SeriesRecord = Pick<Measurement, "at"> & Partial<Pick<Measurement, "id" | "supersedes">>;

const NAME = "findMissingPeriods";

/**
 * Returns every period of a range that has no record of a series.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. The range is inclusive at both ends: every period of `range.grain` from the period that `from`
 * names (a label) or contains (an instant) to the one `to` names or contains. Periods are those of the calendar's
 * time zone (docs/conventions.md#time-and-calendars): half-open `[start, end)` from local midnight to local midnight, so a record exactly at a
 * local midnight belongs to the period that starts there, and months keep their real length across a
 * daylight-saving switch. Records outside the range are ignored. Pass the records of one series (one KPI and
 * subject); a record that another record of the list supersedes does not count (its correction does). Each record
 * is bucketed by arithmetic or a binary search on period boundaries computed once, with no time-zone conversion per
 * record.
 *
 * @param series - The instants (epoch ms) of one series, or its records.
 * @param range - See {@link MissingPeriodsRange}.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The periods without a record, oldest first; empty when every period has one.
 * @throws {@link KpiError} `invalid_argument` (path `[]` or `[i]`) for a series that is not an array of instants or
 * records; `non_finite` (path `[i]` or `[i, "at"]`) for a non-finite instant, or (path `["range", "from"]` or
 * `["range", "to"]`) for a non-finite bound; `invalid_period` (path `["range", "from"]` or `["range", "to"]`) for a
 * label that is not a period of the grain, or (path `["range", "grain"]`) for an unknown grain; `invalid_interval`
 * (path `["range", "to"]`) when `to` is before `from`; `invalid_time_zone` (path `["timeZone"]`);
 * `input_too_large` (path `["range", "to"]`) for more than 1,000,000 periods.
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
 * // 2026-03-31T21:30:00Z is 00:30 on 1 April in Riga (UTC+3 since 29 March), so March has no record.
 * const series = ["2026-01-15T10:00:00Z", "2026-02-10T10:00:00Z", "2026-03-31T21:30:00Z"].map(Date.parse);
 * findMissingPeriods(series, { from: "2026-01", to: "2026-05", grain: "month" }, riga).map((p) => p.label);
 * //=> ["2026-03", "2026-05"]
 * ```
 *
 * @category Quality
 */
export function findMissingPeriods(
  series: readonly number[] | readonly SeriesRecord[],
  range: MissingPeriodsRange,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period[] {
  if (!Array.isArray(series)) {
    throw new KpiError("invalid_argument", `${NAME}: the series must be an array of instants or records`, { path: [] });
  }
  if (typeof range !== "object" || range === null) {
    throw new KpiError("invalid_argument", `${NAME}: the range must be an object { from, to, grain }`, { path: ["range"] });
  }
  const grain = range.grain;
  const first = boundPeriod(range.from, "from", grain, calendar);
  const last = boundPeriod(range.to, "to", grain, calendar);
  if (last.start < first.start) {
    throw new KpiError("invalid_interval", `${NAME}: the range ends (${last.label}) before it starts (${first.label})`, {
      path: ["range", "to"],
    });
  }
  let index;
  try {
    index = createPeriodIndex(first.start, last.end, grain, calendar);
  } catch (cause) {
    if (isKpiError(cause, "input_too_large")) {
      throw new KpiError("input_too_large", `${NAME}: the range has more than 1,000,000 periods`, {
        path: ["range", "to"],
        cause,
      });
    }
    throw cause;
  }
  const covered = new Uint8Array(index.periods.length);
  const instants = series.length > 0 && typeof series[0] === "number";
  if (instants) {
    for (let i = 0; i < series.length; i++) {
      const at = series[i];
      if (typeof at !== "number" || !Number.isFinite(at)) {
        throw new KpiError("non_finite", `${NAME}: instant ${i} is not a finite number of epoch milliseconds`, { path: [i] });
      }
      const k = index.indexOf(at);
      if (k >= 0) covered[k] = 1;
    }
  } else {
    const records = series as readonly SeriesRecord[];
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (typeof r !== "object" || r === null) {
        throw new KpiError("invalid_argument", `${NAME}: element ${i} is neither an instant nor a record`, { path: [i] });
      }
      if (typeof r.at !== "number" || !Number.isFinite(r.at)) {
        throw new KpiError("non_finite", `${NAME}: record ${i} has an instant that is not a finite number`, { path: [i, "at"] });
      }
    }
    const kept = withoutSuperseded(records);
    for (let i = 0; i < kept.length; i++) {
      const k = index.indexOf(kept[i]!.at);
      if (k >= 0) covered[k] = 1;
    }
  }
  const missing: Period[] = [];
  for (let k = 0; k < covered.length; k++) if (covered[k] === 0) missing.push(index.periods[k]!);
  return missing;
}

// The period a range bound names (a label) or contains (an instant), with the error path of the bound.
function boundPeriod(
  bound: string | number,
  which: "from" | "to",
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period {
  if (typeof bound === "number") {
    if (!Number.isFinite(bound)) {
      throw new KpiError("non_finite", `${NAME}: range.${which} is not a finite instant`, { path: ["range", which] });
    }
    return relabel(() => periodOf(bound, grain, calendar), which);
  }
  if (typeof bound !== "string") {
    throw new KpiError("invalid_period", `${NAME}: range.${which} must be a period label or an instant`, {
      path: ["range", which],
    });
  }
  return relabel(() => parsePeriod(bound, grain, calendar), which);
}

// Runs a time function, moving its errors about the bound or the grain onto this function's paths.
function relabel(run: () => Period, which: "from" | "to"): Period {
  try {
    return run();
  } catch (cause) {
    if (isKpiError(cause)) {
      const field = cause.path[0];
      const path = field === "grain" ? ["range", "grain"] : field === "label" || field === "instant" ? ["range", which] : cause.path;
      throw new KpiError(cause.code, `${NAME}: ${cause.message}`, { path, cause });
    }
    throw cause;
  }
}
