// Business time against a second, independent method: classify every minute one by one (its local date and
// wall-clock time from Intl, the calendar's hours, holidays and extra working days — docs/conventions.md#time-and-calendars)
// and count. The properties pin values, not bounds: businessTimeBetween is the number of business minutes in
// [start, end); addBusinessTime is the end of the N-th business minute (the earliest instant, so a deadline that
// falls on a closing time is that closing instant, never the next opening); addBusinessDays is N × the length of
// the first weekday (Monday first) that has hours.
//
// Windows include the 2026 DST switches in Riga (29 March, 25 October). Span boundaries avoid local times strictly
// between 03:00 and 04:00, where Riga's wall clock skips or repeats and kpi-kit's stated choice (a skipped time maps
// to the jump, a repeated one to the earlier instant) and a minute-by-minute wall-clock reading legitimately differ.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseCalendar, type Calendar } from "../../src/model/calendar.js";
import { addBusinessDays } from "../../src/time/addBusinessDays.js";
import { addBusinessTime } from "../../src/time/addBusinessTime.js";
import { businessTimeBetween } from "../../src/time/businessTimeBetween.js";

const MINUTE = 60_000;
const DAY = 86_400_000;

// ---- the second method ---------------------------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/** The zone's offset (ms) at an instant, read from Intl once per UTC hour (every zone used switches on the hour). */
function offsetAt(zone: string, ms: number): number {
  const hour = Math.floor(ms / 3_600_000) * 3_600_000;
  const key = `${zone}@${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let fmt = formatters.get(zone);
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(hour).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  offsets.set(key, local - hour);
  return local - hour;
}

interface Plan {
  readonly zone: string;
  /** Per ISO weekday 1–7: [from, to) pairs in quarter hours (0 … 96). */
  readonly hours: readonly (readonly (readonly [number, number])[])[];
  readonly holidays: readonly string[];
  readonly extraWorkingDays: readonly string[];
  readonly extraWorkingDayHoursOf: number;
}

function isBusinessMinute(plan: Plan, ms: number): boolean {
  const local = ms + offsetAt(plan.zone, ms);
  const d = new Date(local);
  const date = d.toISOString().slice(0, 10);
  const weekday = ((d.getUTCDay() + 6) % 7) + 1;
  const minuteOfDay = d.getUTCHours() * 60 + d.getUTCMinutes();
  const spans = plan.extraWorkingDays.includes(date)
    ? plan.hours[plan.extraWorkingDayHoursOf]!
    : plan.holidays.includes(date)
      ? []
      : plan.hours[weekday]!;
  return spans.some(([from, to]) => from * 15 <= minuteOfDay && minuteOfDay < to * 15);
}

/** Business minutes in [start, end), both on minute boundaries. */
function businessMinutes(plan: Plan, start: number, end: number): number {
  let n = 0;
  for (let m = start; m < end; m += MINUTE) if (isBusinessMinute(plan, m)) n++;
  return n;
}

/** The end of the N-th business minute at or after `start` (or `start` for N = 0); `null` if not within `limit`. */
function deadlineByMinutes(plan: Plan, start: number, n: number, limit: number): number | null {
  if (n === 0) return start;
  let count = 0;
  for (let m = start; m < limit; m += MINUTE) {
    if (isBusinessMinute(plan, m) && ++count === n) return m + MINUTE;
  }
  return null;
}

const hh = (q: number): string => `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`;

function calendarOf(plan: Plan): Calendar {
  return parseCalendar({
    timeZone: plan.zone,
    businessHours: plan.hours.flatMap((spans, weekday) => spans.map(([from, to]) => ({ weekday, from: hh(from), to: hh(to) }))),
    holidays: plan.holidays,
    extraWorkingDays: plan.extraWorkingDays,
    extraWorkingDayHoursOf: plan.extraWorkingDayHoursOf,
  });
}

// ---- generators ----------------------------------------------------------------------------------------------------

/** Quarter hours 0 … 96 (00:00 … 24:00) except 03:15, 03:30 and 03:45. */
const quarter = fc.integer({ min: 0, max: 96 }).filter((q) => q < 13 || q > 15);

const weekdaySpans = fc.uniqueArray(quarter, { maxLength: 4 }).map((qs) => {
  const sorted = [...qs].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let k = 0; k + 1 < sorted.length; k += 2) spans.push([sorted[k]!, sorted[k + 1]!]);
  return spans;
});

/** A first day between 20 March and 5 November 2026 (UTC midnight), so some windows cross a DST switch. */
const firstDay = fc.integer({ min: Date.UTC(2026, 2, 20) / DAY, max: Date.UTC(2026, 10, 5) / DAY }).map((d) => d * DAY);

const dateNear = (first: number) =>
  fc.integer({ min: -1, max: 16 }).map((k) => new Date(first + k * DAY).toISOString().slice(0, 10));

const planAndStart = firstDay.chain((first) =>
  fc.record({
    plan: fc.record({
      zone: fc.constantFrom("UTC", "Asia/Kolkata", "Europe/Riga"),
      hours: fc
        .array(weekdaySpans, { minLength: 7, maxLength: 7 })
        .map((days) => [[], ...days])
        .filter((days) => days.some((spans) => spans.length > 0)),
      holidays: fc.uniqueArray(dateNear(first), { maxLength: 4 }),
      extraWorkingDays: fc.uniqueArray(dateNear(first), { maxLength: 2 }),
      extraWorkingDayHoursOf: fc.integer({ min: 1, max: 7 }),
    }),
    start: fc.integer({ min: 0, max: 3 * 1440 }).map((m) => first + m * MINUTE),
  }),
);

// ---- properties ----------------------------------------------------------------------------------------------------

test.prop([planAndStart, fc.integer({ min: 0, max: 7 * 1440 })], { numRuns: 60 })(
  "businessTimeBetween equals the count of business minutes in [start, end)",
  ({ plan, start }, lengthMinutes) => {
    const end = start + lengthMinutes * MINUTE;
    expect(businessTimeBetween(start, end, calendarOf(plan))).toBe(businessMinutes(plan, start, end) * MINUTE);
  },
);

test.prop([planAndStart, fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 60 })(
  "addBusinessTime ends at the end of the N-th business minute",
  ({ plan, start }, share) => {
    const limit = start + 14 * DAY;
    const available = businessMinutes(plan, start, limit);
    const n = Math.floor(share * available);
    const expected = deadlineByMinutes(plan, start, n, limit);
    expect(expected).not.toBeNull();
    expect(addBusinessTime(start, n * MINUTE, calendarOf(plan))).toBe(expected);
  },
  30_000, // a minute-by-minute oracle over 14 days, as below
);

test.prop([planAndStart, fc.nat()], { numRuns: 60 })(
  "a deadline that lands exactly on a closing time is that closing instant, not the next opening",
  ({ plan, start }, pick) => {
    // Closing instants within 14 days: the end of a business minute that no business minute follows.
    const limit = start + 14 * DAY;
    const closings: number[] = [];
    for (let m = start; m < limit; m += MINUTE) {
      if (isBusinessMinute(plan, m) && !isBusinessMinute(plan, m + MINUTE)) closings.push(m + MINUTE);
    }
    fc.pre(closings.length > 0);
    const closing = closings[pick % closings.length]!;
    const n = businessMinutes(plan, start, closing);
    const deadline = addBusinessTime(start, n * MINUTE, calendarOf(plan));
    expect(deadline).toBe(closing);
    expect(isBusinessMinute(plan, deadline)).toBe(false);
  },
  // The oracle walks 14 days minute by minute for each of 60 plans: about 4 s here, more on a loaded machine.
  30_000,
);

test.prop([planAndStart, fc.integer({ min: 0, max: 3 })], { numRuns: 40 })(
  "addBusinessDays adds N × the hours of the first weekday (Monday first) that has any",
  ({ plan, start }, days) => {
    const firstWithHours = plan.hours.findIndex((spans, weekday) => weekday >= 1 && spans.length > 0);
    const dayMinutes = plan.hours[firstWithHours]!.reduce((s, [from, to]) => s + (to - from) * 15, 0);
    const limit = start + 60 * DAY;
    const expected = deadlineByMinutes(plan, start, days * dayMinutes, limit);
    fc.pre(expected !== null);
    expect(addBusinessDays(start, days, calendarOf(plan))).toBe(expected);
  },
);
