import type { Calendar } from "../model/calendar.js";
import type { Measurement } from "../model/measurement.js";
import { KpiError, isKpiError } from "../errors.js";
import { instantOf } from "../internal/instantOf.js";
import { requireObject } from "../internal/requireObject.js";
import type { InstantInput } from "../time/instantInput.js";
import { createPeriodIndex } from "../time/createPeriodIndex.js";
import type { Grain } from "../time/grain.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { periodOf } from "../time/periodOf.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/**
 * A span of whole periods, from the `first` to the `last`, both included: the natural input where periods are named
 * by their labels (`{ first: "2026-01", last: "2026-05", grain: "month" }`). Ranges of instants are half-open
 * `{ start, end }` everywhere else.
 *
 * @category Quality
 */
export interface PeriodSpan {
  /** The first period: a label of `grain` (e.g. `"2026-01"`), or an instant inside it (epoch ms, an ISO-8601 string with a time and `Z` or an offset, or a `Date`). */
  readonly first: string | InstantInput;
  /** The last period, included: a label of `grain` or an instant inside it. */
  readonly last: string | InstantInput;
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
 * docs/conventions.md#data-quality-and-history. The span is inclusive at both ends: every period of `span.grain` from the period that
 * `first` names (a label) or contains (an instant) to the one `last` names or contains. A string with a `T` is an
 * instant, any other string a label. Periods are those of the calendar's
 * time zone (docs/conventions.md#time-and-calendars): half-open `[start, end)` from local midnight to local midnight, so a record exactly at a
 * local midnight belongs to the period that starts there, and months keep their real length across a
 * daylight-saving switch. Records outside the range are ignored. Pass the records of one series (one KPI and
 * subject); a record that another record of the list supersedes does not count (its correction does). Each record
 * is bucketed by arithmetic or a binary search on period boundaries computed once, with no time-zone conversion per
 * record.
 *
 * @param series - The instants (epoch ms) of one series, or its records.
 * @param span - See {@link PeriodSpan}.
 * @param calendar - The calendar (only `timeZone` and `fiscalYearStartMonth` are read).
 * @returns The periods without a record, oldest first; empty when every period has one.
 * @throws {@link KpiError} `invalid_argument` (path `[]` or `[i]`) for a series that is not an array of instants or
 * records; `non_finite` (path `[i]` or `[i, "at"]`) for a non-finite instant, or (path `["span", "first"]` or
 * `["span", "last"]`) for a non-finite bound; `invalid_input` for an instant string that is not ISO-8601 with `Z` or an
 * offset; `invalid_period` (path `["span", "first"]` or `["span", "last"]`) for a label that is not a period of the
 * grain, or (path `["span", "grain"]`) for an unknown grain; `invalid_interval` (path `["span", "last"]`) when `last`
 * is before `first`; `invalid_time_zone` (path `["timeZone"]`); `input_too_large` (path `["span", "last"]`) for more
 * than 1,000,000 periods; `invalid_argument` (path `["calendar"]`) when `calendar` is not an object.
 *
 * @example
 * ```ts
 * const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
 * // 2026-03-31T21:30:00Z is 00:30 on 1 April in Riga (UTC+3 since 29 March), so March has no record.
 * const series = ["2026-01-15T10:00:00Z", "2026-02-10T10:00:00Z", "2026-03-31T21:30:00Z"].map(Date.parse);
 * findMissingPeriods(series, { first: "2026-01", last: "2026-05", grain: "month" }, riga).map((p) => p.label);
 * //=> ["2026-03", "2026-05"]
 * ```
 *
 * @category Quality
 */
export function findMissingPeriods(
  series: readonly number[] | readonly SeriesRecord[],
  span: PeriodSpan,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period[] {
  if (!Array.isArray(series)) {
    throw new KpiError("invalid_argument", `${NAME}: the series must be an array of instants or records`, { path: [] });
  }
  if (typeof span !== "object" || span === null) {
    throw new KpiError("invalid_argument", `${NAME}: the span must be an object { first, last, grain }`, { path: ["span"] });
  }
  if (span.first === undefined && (span as { from?: unknown }).from !== undefined) {
    throw new KpiError("invalid_argument", `${NAME}: span.first is missing: from/to were renamed first/last (both included)`, {
      path: ["span", "first"],
    });
  }
  requireObject(calendar, NAME, "calendar", ["calendar"]);
  const grain = span.grain;
  const first = boundPeriod(span.first, "first", grain, calendar);
  const last = boundPeriod(span.last, "last", grain, calendar);
  if (last.start < first.start) {
    throw new KpiError("invalid_interval", `${NAME}: the span ends (${last.label}) before it starts (${first.label})`, {
      path: ["span", "last"],
    });
  }
  let index;
  try {
    index = createPeriodIndex(first.start, last.end, grain, calendar);
  } catch (cause) {
    if (isKpiError(cause, "input_too_large")) {
      throw new KpiError("input_too_large", `${NAME}: the span has more than 1,000,000 periods`, {
        path: ["span", "last"],
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

// The period a bound names (a label) or contains (an instant), with the error path of the bound.
function boundPeriod(
  bound: string | InstantInput,
  which: "first" | "last",
  grain: Grain,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): Period {
  if (typeof bound === "string" && !bound.includes("T")) return relabel(() => parsePeriod(bound, grain, calendar), which);
  if (typeof bound !== "string" && typeof bound !== "number" && !(bound instanceof Date)) {
    throw new KpiError("invalid_period", `${NAME}: span.${which} must be a period label or an instant`, { path: ["span", which] });
  }
  const at = instantOf(bound, NAME, ["span", which]);
  return relabel(() => periodOf(at, grain, calendar), which);
}

// Runs a time function, moving its errors about the bound or the grain onto this function's paths.
function relabel(run: () => Period, which: "first" | "last"): Period {
  try {
    return run();
  } catch (cause) {
    if (isKpiError(cause)) {
      const field = cause.path[0];
      const path = field === "grain" ? ["span", "grain"] : field === "label" || field === "instant" ? ["span", which] : cause.path;
      // The time function's own name ("parsePeriod: …") would name a function the caller did not call.
      const what = cause.message.replace(/^\w+: /, "");
      throw new KpiError(cause.code, `${NAME}: ${what}`, { path, cause });
    }
    throw cause;
  }
}
