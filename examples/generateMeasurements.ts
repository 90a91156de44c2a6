/**
 * Generates the seeded example data of the fictional Ezerkrasts Municipality (see `examples/README.md`):
 * `measurements.ndjson` (two years of measurements, 2025-01-01..2026-12-31 local time in Europe/Riga),
 * `outages.json` (portal outages) and `tickets.json` (building-permit tickets).
 *
 * Deterministic: one seeded mulberry32 stream per purpose, no `Math.random`, no clock. Running it again with the
 * same seed reproduces the committed files byte for byte:
 *
 * ```sh
 * npx tsx examples/generateMeasurements.ts   # or: npm run examples
 * ```
 *
 * Local time is computed here without the library: Europe/Riga is UTC+2 in winter and UTC+3 in summer, switching
 * at 01:00 UTC on the last Sundays of March and October (EU rule), and the Latvian public holidays of 2025–2026 are
 * listed below. Instants are written as ISO strings with the offset in force (`+02:00` / `+03:00`).
 */
import { realpathSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The seed of the committed files. */
export const DEFAULT_SEED = 20_250_101;

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;
const HOUR_MIN = 60;

// ---------------------------------------------------------------------------------------------------------------
// Random numbers: mulberry32, one independent stream per purpose (the stream name is hashed into the seed), so that
// changing one part of the generator does not reshuffle the others.

interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  normal(mean: number, sd: number): number;
  poisson(lambda: number): number;
  binomial(n: number, p: number): number;
  chance(p: number): boolean;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function createRng(seed: number, stream: string): Rng {
  let state = (seed ^ hashString(stream)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const normal = (mean: number, sd: number): number => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const poisson = (lambda: number): number => {
    if (lambda <= 0) return 0;
    if (lambda > 60) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = next();
    while (p > limit) {
      k++;
      p *= next();
    }
    return k;
  };
  const binomial = (n: number, p: number): number => {
    let k = 0;
    for (let i = 0; i < n; i++) if (next() < p) k++;
    return k;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal,
    poisson,
    binomial,
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Local calendar of Europe/Riga. A local date is a day number (days since 1970-01-01); a local time is minutes after
// local midnight.

/** Day number of a civil date. */
function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** `YYYY-MM-DD` of a day number. */
function dateLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `{ year, month }` of a day number (month 1–12). */
function yearMonthOf(day: number): { year: number; month: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** ISO weekday, 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function lastSundayOf(year: number, month: number): number {
  const last = dayOf(year, month + 1, 1) - 1;
  return last - (weekdayOf(last) % 7);
}

const dstCache = new Map<number, readonly [number, number]>();
/** The EU summer-time span of a year, `[start, end)` in epoch ms: 01:00 UTC on the last Sundays of March and October. */
function summerTimeOf(year: number): readonly [number, number] {
  let span = dstCache.get(year);
  if (span === undefined) {
    span = [lastSundayOf(year, 3) * DAY_MS + 3_600_000, lastSundayOf(year, 10) * DAY_MS + 3_600_000];
    dstCache.set(year, span);
  }
  return span;
}

/** Offset of Europe/Riga at an instant, in minutes: 180 in summer time, else 120. */
function offsetMinutesAt(ms: number): number {
  const [start, end] = summerTimeOf(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? 180 : 120;
}

/**
 * The instant at which the local clock first shows `minute` on `day`: the earlier of two when the clock goes back,
 * the instant of the jump when the time is skipped (the convention of kpi-kit's time functions).
 */
function localInstant(day: number, minute: number): number {
  const wall = day * DAY_MS + minute * MIN_MS;
  const summer = wall - 180 * MIN_MS;
  const winter = wall - 120 * MIN_MS;
  const summerOk = offsetMinutesAt(summer) === 180;
  const winterOk = offsetMinutesAt(winter) === 120;
  if (summerOk) return summer; // also the earlier one when both exist
  if (winterOk) return winter;
  return summerTimeOf(yearMonthOf(day).year)[0];
}

/** Local day and minute of an instant. */
function localOf(ms: number): { day: number; minute: number } {
  const local = ms + offsetMinutesAt(ms) * MIN_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / MIN_MS) };
}

/** ISO-8601 with the Riga offset in force: `2025-03-30T00:00:00+02:00`. */
function formatInstant(ms: number): string {
  const offset = offsetMinutesAt(ms);
  return `${new Date(ms + offset * MIN_MS).toISOString().slice(0, 19)}+0${offset / 60}:00`;
}

/** Latvian public holidays from the warm-up in late 2024 to New Year 2027, as local dates. */
const HOLIDAYS = new Set<number>(
  [
    "2024-11-18", "2024-12-24", "2024-12-25", "2024-12-26", "2024-12-31",
    "2025-01-01", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-04", "2025-05-05", "2025-06-23",
    "2025-06-24", "2025-11-18", "2025-12-24", "2025-12-25", "2025-12-26", "2025-12-31",
    "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-04", "2026-06-23", "2026-06-24",
    "2026-11-18", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31",
    "2027-01-01",
  ].map((text) => dayOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)))),
);

function isWorkingDay(day: number): boolean {
  return weekdayOf(day) <= 5 && !HOLIDAYS.has(day);
}

/** Business hours of a day as `[open, close)` minutes, or `null`: Mon–Thu 08:30–17:00, Fri 08:30–16:00. */
function businessHoursOf(day: number): readonly [number, number] | null {
  if (!isWorkingDay(day)) return null;
  return [8 * HOUR_MIN + 30, weekdayOf(day) === 5 ? 16 * HOUR_MIN : 17 * HOUR_MIN];
}

/** The earliest instant at which `minutes` business minutes have elapsed after `ms` (docs/conventions.md#time-and-calendars). */
function addBusinessMinutes(ms: number, minutes: number): number {
  let { day, minute } = localOf(ms);
  let left = minutes;
  for (;;) {
    const hours = businessHoursOf(day);
    if (hours !== null) {
      const from = Math.max(minute, hours[0]);
      if (from < hours[1]) {
        if (left <= hours[1] - from) return localInstant(day, from + left);
        left -= hours[1] - from;
      }
    }
    day++;
    minute = 0;
  }
}

const FIRST_DAY = dayOf(2025, 1, 1);
const LAST_DAY = dayOf(2026, 12, 31);
/** The queues of applications start empty this many days before the data, so that January 2025 is not special. */
const WARM_UP_DAYS = 120;
/** The start of the data, 2025-01-01T00:00:00+02:00. */
const START = localInstant(FIRST_DAY, 0);
/** The end of the data, 2027-01-01T00:00:00+02:00: the "as of" instant of the tickets. */
const END = localInstant(LAST_DAY + 1, 0);
const LAUNCH_DAY = dayOf(2025, 6, 2); // new residence-declaration e-service
const DMS_WORKFLOW_DAY = dayOf(2026, 1, 5); // new building-permit workflow
const RENOVATION = [dayOf(2025, 8, 4), dayOf(2025, 8, 15)] as const; // customer service centre closed
const LIBRARY_GAP = [dayOf(2025, 11, 10), dayOf(2025, 11, 16)] as const; // library export failed: no data
const PROVISIONAL_FROM = dayOf(2026, 12, 1);

function monthIndexOf(day: number): number {
  const { year, month } = yearMonthOf(day);
  return (year - 2025) * 12 + month - 1;
}

function eachDay(): number[] {
  const days: number[] = [];
  for (let d = FIRST_DAY; d <= LAST_DAY; d++) days.push(d);
  return days;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

// ---------------------------------------------------------------------------------------------------------------
// Measurement records.

interface Row {
  readonly id: string;
  readonly kpiId: string;
  readonly subjectId: string;
  readonly at: number;
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly weight?: number;
  readonly source?: string;
  readonly collection?: "automated" | "manual";
  readonly status?: "provisional" | "estimated" | "revised";
  readonly recordedAt?: number;
  readonly supersedes?: string;
}

function toLine(r: Row): string {
  const o: Record<string, string | number> = { id: r.id, kpiId: r.kpiId, subjectId: r.subjectId, at: formatInstant(r.at) };
  if (r.value !== undefined) o["value"] = r.value;
  if (r.numerator !== undefined) o["numerator"] = r.numerator;
  if (r.denominator !== undefined) o["denominator"] = r.denominator;
  if (r.weight !== undefined) o["weight"] = r.weight;
  if (r.source !== undefined) o["source"] = r.source;
  if (r.collection !== undefined) o["collection"] = r.collection;
  if (r.status !== undefined) o["status"] = r.status;
  if (r.recordedAt !== undefined) o["recordedAt"] = formatInstant(r.recordedAt);
  if (r.supersedes !== undefined) o["supersedes"] = r.supersedes;
  return JSON.stringify(o);
}

/** KPIs whose December 2026 records are still provisional at the end of the data (surveys and manual counts). */
const PROVISIONAL_KPIS = new Set([
  "recipient-satisfaction",
  "first-contact-resolution",
  "gds-digital-take-up",
  "complaint-resolution-within-deadline",
  "staff-utilisation",
  "gds-cost-per-transaction",
  "csc-waiting-time",
  "library-loans-per-opening-hour",
]);

// ---------------------------------------------------------------------------------------------------------------
// Queues of applications (building permits, social benefits): arrivals, first response, decision. The decision time
// grows with the backlog found on arrival, so the backlog drives the processing time.

interface Case {
  readonly opened: number;
  readonly responded: number;
  readonly resolved: number;
}

interface QueueOptions {
  /** Expected arrivals on a day. */
  readonly arrivals: (day: number) => number;
  /** Business minutes to the first response. */
  readonly responseMinutes: (rng: Rng) => number;
  /** Business minutes to the decision, given the number of open cases on arrival. */
  readonly resolutionMinutes: (rng: Rng, backlog: number, day: number) => number;
  /** Cases with fixed times to add: day → [local minute of arrival, business minutes to the response]. */
  readonly special?: ReadonlyMap<number, readonly [number, number]>;
}

function simulateQueue(rng: Rng, options: QueueOptions): Case[] {
  const cases: Case[] = [];
  let open: number[] = []; // decision instants of open cases
  for (let day = FIRST_DAY - WARM_UP_DAYS; day <= LAST_DAY; day++) {
    const n = rng.poisson(options.arrivals(day));
    const hours = businessHoursOf(day);
    const arrivals: [number, number | null][] = [];
    for (let i = 0; i < n; i++) {
      // On working days most applications come in during office hours, some in the evening through the portal;
      // on other days only through the portal.
      const minute =
        hours !== null && rng.chance(0.85) ? rng.int(hours[0], hours[1] - 1) : rng.int(8 * HOUR_MIN, 22 * HOUR_MIN);
      arrivals.push([minute, null]);
    }
    const special = options.special?.get(day);
    if (special !== undefined) arrivals.push([special[0], special[1]]);
    arrivals.sort((a, b) => a[0] - b[0]);
    for (const [minute, response] of arrivals) {
      const opened = localInstant(day, minute);
      open = open.filter((t) => t > opened);
      const responded = addBusinessMinutes(opened, response ?? options.responseMinutes(rng));
      const resolved = Math.max(addBusinessMinutes(opened, options.resolutionMinutes(rng, open.length, day)), responded);
      open.push(resolved);
      cases.push({ opened, responded, resolved });
    }
  }
  return cases;
}

/** Open cases at each instant of `at` (sorted): opened ≤ t < resolved. */
function countOpen(cases: readonly Case[], at: readonly number[]): number[] {
  const opened = cases.map((c) => c.opened).sort((a, b) => a - b);
  const resolved = cases.map((c) => c.resolved).sort((a, b) => a - b);
  let i = 0;
  let j = 0;
  return at.map((t) => {
    while (i < opened.length && (opened[i] as number) <= t) i++;
    while (j < resolved.length && (resolved[j] as number) <= t) j++;
    return i - j;
  });
}

const PERMIT_SEASON = [0.6, 0.6, 1.2, 1.6, 1.6, 1.6, 1.2, 1.2, 1.0, 1.0, 0.6, 0.6];

/** Building-permit applications; two fixed cases around holidays (see README). */
function permitCases(seed: number): Case[] {
  const rng = createRng(seed, "permits");
  return simulateQueue(rng, {
    arrivals: (day) => PERMIT_SEASON[yearMonthOf(day).month - 1]! * (isWorkingDay(day) ? 1.25 : 0.2),
    responseMinutes: (r) => Math.round(clamp(300 * Math.exp(r.normal(0, 0.7)), 15, 3000)),
    resolutionMinutes: (r, backlog, day) => {
      const base = day >= DMS_WORKFLOW_DAY ? 78 : 100;
      return Math.round(clamp((base + 1.3 * backlog) * Math.exp(r.normal(0, 0.25)), 8, 600) * HOUR_MIN);
    },
    special: new Map([
      // Thursday before Easter (Good Friday, the weekend and Easter Monday are off): answered on Wednesday 11:05.
      [dayOf(2025, 4, 17), [16 * HOUR_MIN + 40, 685]],
      // Friday before Midsummer (23 and 24 June are off): answered on Thursday 16:20, 50 minutes too late.
      [dayOf(2025, 6, 20), [15 * HOUR_MIN + 30, 1010]],
      // Wednesday before New Year's Eve 2026: still unanswered at the end of the data.
      [dayOf(2026, 12, 30), [16 * HOUR_MIN + 45, 300]],
    ]),
  });
}

const SOCIAL_SEASON = [1.3, 1.3, 1.3, 1.1, 1.0, 0.85, 0.85, 0.85, 1.0, 1.1, 1.3, 1.3];

function socialCases(seed: number): Case[] {
  const rng = createRng(seed, "social");
  return simulateQueue(rng, {
    arrivals: (day) => (isWorkingDay(day) ? 3 * SOCIAL_SEASON[yearMonthOf(day).month - 1]! : 0),
    responseMinutes: (r) => r.int(30, 480),
    resolutionMinutes: (r, backlog) => Math.round(clamp((38 + 0.9 * backlog) * Math.exp(r.normal(0, 0.3)), 4, 400) * HOUR_MIN),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Portal outages.

/** One outage of the e-service portal, `[start, end)`. */
export interface Outage {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const iso = (text: string): number => Date.parse(text);

/** Outages as instants, sorted by start: random ones plus the documented special cases. */
function outageSpans(seed: number): Span[] {
  const rng = createRng(seed, "outages");
  const spans: Span[] = [];
  for (let m = 0; m < 24; m++) {
    const first = dayOf(2025 + Math.floor(m / 12), (m % 12) + 1, 1);
    const next = dayOf(2025 + Math.floor((m + 1) / 12), ((m + 1) % 12) + 1, 1);
    const n = rng.poisson(1.3);
    for (let i = 0; i < n; i++) {
      const start = localInstant(first, 0) + rng.int(0, (next - first) * 1440 - 1) * MIN_MS;
      const minutes = Math.round(clamp(14 * Math.exp(rng.normal(0, 0.9)), 2, 150));
      spans.push({ start, end: start + minutes * MIN_MS });
    }
  }
  spans.push(
    // Crosses the end of June 2025.
    { start: iso("2025-06-30T23:41:00+03:00"), end: iso("2025-07-01T00:58:00+03:00") },
    // In the repeated hour of 26 October 2025 (the clock goes back at 04:00): ends "before" it starts on the local
    // clock but lasts 35 minutes; it falls inside the Sunday maintenance window, so it costs no availability.
    { start: iso("2025-10-26T03:40:00+03:00"), end: iso("2025-10-26T03:15:00+02:00") },
    // A long outage: November 2025 breaches the 99.5 % monthly SLO.
    { start: iso("2025-11-20T09:12:00+02:00"), end: iso("2025-11-20T13:47:00+02:00") },
    // Two overlapping reports of one incident (two monitoring probes): 75 minutes of downtime, not 95.
    { start: iso("2026-02-10T10:05:00+02:00"), end: iso("2026-02-10T10:50:00+02:00") },
    { start: iso("2026-02-10T10:30:00+02:00"), end: iso("2026-02-10T11:20:00+02:00") },
    // Just after the short (one-hour) maintenance window of the spring-forward Sunday.
    { start: iso("2026-03-29T04:20:00+03:00"), end: iso("2026-03-29T04:55:00+03:00") },
    // Half inside the one-off maintenance window of 16–17 May 2026: only 01:00–01:30 counts.
    { start: iso("2026-05-16T23:30:00+03:00"), end: iso("2026-05-17T01:30:00+03:00") },
  );
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

function toOutages(spans: readonly Span[]): Outage[] {
  return spans.map((s, i) => ({ id: `out-${String(i + 1).padStart(3, "0")}`, start: formatInstant(s.start), end: formatInstant(s.end) }));
}

/** Sorted, disjoint union of spans. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** Length of `a ∩ b` for disjoint sorted lists. */
function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/** Maintenance of the portal's SLA terms on a local day: Sundays 02:00–04:00 wall clock, and the one-off window. */
function maintenanceOn(day: number): Span[] {
  const spans: Span[] = [{ start: iso("2026-05-16T22:00:00+03:00"), end: iso("2026-05-17T01:00:00+03:00") }];
  if (weekdayOf(day) === 7) spans.push({ start: localInstant(day, 2 * HOUR_MIN), end: localInstant(day, 4 * HOUR_MIN) });
  return union(spans);
}

// ---------------------------------------------------------------------------------------------------------------
// Tickets.

/** A building-permit ticket; times missing while pending at the end of the data. */
export interface Ticket {
  readonly id: string;
  readonly serviceId: string;
  readonly openedAt: string;
  readonly respondedAt?: string;
  readonly resolvedAt?: string;
}

function toTickets(cases: readonly Case[]): Ticket[] {
  const counters = new Map<number, number>();
  return cases.filter((c) => c.resolved >= START).map((c) => {
    const year = new Date(c.opened + offsetMinutesAt(c.opened) * MIN_MS).getUTCFullYear();
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    const t: { -readonly [K in keyof Ticket]: Ticket[K] } = {
      id: `bp-${year}-${String(n).padStart(4, "0")}`,
      serviceId: "svc-building-permits",
      openedAt: formatInstant(c.opened),
    };
    if (c.responded < END) t.respondedAt = formatInstant(c.responded);
    if (c.resolved < END) t.resolvedAt = formatInstant(c.resolved);
    return t;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The measurements.

const SURVEY_SHARE = [0.2, 0.3, 0.5, 0.45, 0.55]; // answer 1..5 weights: 1–3 share (1 − q), 4–5 share q

function measurementRows(seed: number): Row[] {
  const rows: Row[] = [];
  const days = eachDay();
  const statusOf = (kpiId: string, day: number): Row["status"] =>
    day >= PROVISIONAL_FROM && PROVISIONAL_KPIS.has(kpiId) ? "provisional" : undefined;
  const midnight = (day: number): number => localInstant(day, 0);
  const closeOf = (day: number): number => localInstant(day, (businessHoursOf(day) ?? [0, 17 * HOUR_MIN])[1]);

  // --- Building permits: processing time per decision, share within 30 days per day, backlog at close.
  const permits = permitCases(seed);
  const permitsDecidedByDay = new Map<number, { n: number; inTime: number }>();
  const permitsPerMonth = new Array<number>(24).fill(0);
  permits.forEach((c, i) => {
    if (c.resolved < START || c.resolved >= END) return;
    const days = (c.resolved - c.opened) / DAY_MS;
    rows.push({
      id: `ppt/${i + 1}`,
      kpiId: "permit-processing-time",
      subjectId: "svc-building-permits",
      at: c.resolved,
      value: round(days, 2),
      source: "dms",
      collection: "automated",
    });
    const day = localOf(c.resolved).day;
    const entry = permitsDecidedByDay.get(day) ?? { n: 0, inTime: 0 };
    entry.n++;
    if (days <= 30) entry.inTime++;
    permitsDecidedByDay.set(day, entry);
    permitsPerMonth[monthIndexOf(day)]!++;
  });
  for (const day of days) {
    const e = permitsDecidedByDay.get(day);
    if (e === undefined) continue;
    rows.push({
      id: `pld/${dateLabel(day)}`,
      kpiId: "permits-within-legal-deadline",
      subjectId: "svc-building-permits",
      at: midnight(day),
      numerator: e.inTime,
      denominator: e.n,
      source: "dms",
      collection: "automated",
    });
  }
  const workingDays = days.filter(isWorkingDay);
  const closes = workingDays.map(closeOf);
  const permitBacklog = countOpen(permits, closes);
  const backlogByMonth = new Array<number>(24).fill(0);
  const backlogDays = new Array<number>(24).fill(0);
  workingDays.forEach((day, i) => {
    const value = permitBacklog[i]!;
    rows.push({ id: `backlog/permits/${dateLabel(day)}`, kpiId: "application-backlog", subjectId: "svc-building-permits", at: closes[i]!, value, source: "dms", collection: "automated" });
    backlogByMonth[monthIndexOf(day)]! += value;
    backlogDays[monthIndexOf(day)]!++;
  });

  // --- Social benefit: decision time per decision, backlog at close.
  const social = socialCases(seed);
  const socialPerMonth = new Array<number>(24).fill(0);
  social.forEach((c, i) => {
    if (c.resolved < START || c.resolved >= END) return;
    rows.push({
      id: `sdt/${i + 1}`,
      kpiId: "average-processing-time",
      subjectId: "svc-social-benefit",
      at: c.resolved,
      value: round((c.resolved - c.opened) / DAY_MS, 2),
      source: "social-is",
      collection: "automated",
    });
    socialPerMonth[monthIndexOf(localOf(c.resolved).day)]!++;
  });
  countOpen(social, closes).forEach((value, i) => {
    rows.push({ id: `backlog/social/${dateLabel(workingDays[i]!)}`, kpiId: "application-backlog", subjectId: "svc-social-benefit", at: closes[i]!, value, source: "social-is", collection: "automated" });
  });

  // --- Portal: availability per local day from the outages and the maintenance windows; incidents per day.
  const outages = outageSpans(seed);
  const outageUnion = union(outages);
  const badDays = new Set<number>();
  for (const day of days) {
    const span = { start: midnight(day), end: midnight(day + 1) };
    const maintenance = maintenanceOn(day).map((m) => ({ start: Math.max(m.start, span.start), end: Math.min(m.end, span.end) })).filter((m) => m.end > m.start);
    const eligible = span.end - span.start - overlapLength([span], maintenance);
    const downInDay = outageUnion
      .map((o) => ({ start: Math.max(o.start, span.start), end: Math.min(o.end, span.end) }))
      .filter((o) => o.end > o.start);
    const down = overlapLength(downInDay, [span]) - overlapLength(downInDay, maintenance);
    if (down >= 30 * MIN_MS) badDays.add(day);
    rows.push({
      id: `avail/${dateLabel(day)}`,
      kpiId: "service-availability",
      subjectId: "svc-eservice-portal",
      at: span.start,
      numerator: (eligible - down) / MIN_MS,
      denominator: eligible / MIN_MS,
      source: "uptime-monitor",
      collection: "automated",
    });
  }
  const incidentsRng = createRng(seed, "incidents");
  const outageStarts = new Map<number, number>();
  for (const o of outages) outageStarts.set(localOf(o.start).day, (outageStarts.get(localOf(o.start).day) ?? 0) + 1);
  const dmsFalseAlarm = dayOf(2025, 4, 8);
  for (const day of days) {
    rows.push({
      id: `inc/portal/${dateLabel(day)}`,
      kpiId: "portal-incidents",
      subjectId: "res-portal-platform",
      at: midnight(day),
      value: (outageStarts.get(day) ?? 0) + incidentsRng.poisson(0.04),
      source: "incident-register",
      collection: "automated",
    });
    const teething = day >= DMS_WORKFLOW_DAY && day < DMS_WORKFLOW_DAY + 14;
    const dms = incidentsRng.poisson(teething ? 0.7 : 0.1);
    if (day === dmsFalseAlarm) {
      // Two alerts recorded that day were monitoring false alarms: corrected to 0 a week later.
      const id = `inc/dms/${dateLabel(day)}`;
      rows.push({ id, kpiId: "portal-incidents", subjectId: "res-dms", at: midnight(day), value: 2, source: "incident-register", collection: "automated", recordedAt: localInstant(day + 1, 6 * HOUR_MIN) });
      rows.push({ id: `${id}/r1`, kpiId: "portal-incidents", subjectId: "res-dms", at: midnight(day), value: 0, source: "incident-register", collection: "manual", status: "revised", recordedAt: localInstant(day + 7, 11 * HOUR_MIN + 20), supersedes: id });
    } else {
      rows.push({ id: `inc/dms/${dateLabel(day)}`, kpiId: "portal-incidents", subjectId: "res-dms", at: midnight(day), value: dms, source: "incident-register", collection: "automated" });
    }
  }

  // --- Customer service centre: first-contact resolution (monthly level drives next month's satisfaction),
  // waiting time (weighted by visitors). Closed for renovation 4–15 August 2025.
  const cscRng = createRng(seed, "csc");
  const fcrMonth: number[] = [];
  for (let m = 0; m < 24; m++) fcrMonth.push(clamp(0.67 + 0.0045 * m + (m >= 8 ? 0.015 : 0) + cscRng.normal(0, 0.012), 0.5, 0.95));
  const cscSeason = [1.2, 1.1, 1.0, 1.0, 1.0, 0.9, 0.8, 0.9, 1.05, 1.0, 1.0, 0.85];
  const cscDow = [1.3, 1.05, 1.0, 1.0, 0.8];
  const waitByDay = new Map<number, number>();
  const contactsPerMonth = new Array<number>(24).fill(0);
  for (const day of workingDays) {
    if (day >= RENOVATION[0] && day <= RENOVATION[1]) continue;
    const m = monthIndexOf(day);
    const shift = day < LAUNCH_DAY ? 1 : 1 - 0.15 * Math.min(1, (day - LAUNCH_DAY) / 575);
    const contacts = cscRng.poisson(38 * cscDow[weekdayOf(day) - 1]! * cscSeason[yearMonthOf(day).month - 1]! * shift);
    if (contacts === 0) continue;
    contactsPerMonth[m]! += contacts;
    const resolved = cscRng.binomial(contacts, fcrMonth[m]!);
    const manual = day < dayOf(2026, 1, 1);
    rows.push({
      id: `fcr/${dateLabel(day)}`,
      kpiId: "first-contact-resolution",
      subjectId: "svc-customer-service",
      at: midnight(day),
      numerator: resolved,
      denominator: contacts,
      source: manual ? "tally-sheet" : "crm",
      collection: manual ? "manual" : "automated",
      ...(manual ? { recordedAt: localInstant(day, 17 * HOUR_MIN + cscRng.int(5, 50)) } : {}),
      ...(statusOf("first-contact-resolution", day) !== undefined ? { status: "provisional" as const } : {}),
    });
    const wait = round(Math.max(0.5, 3 + 0.14 * contacts + cscRng.normal(0, 1.3)), 1);
    waitByDay.set(day, wait);
    rows.push({
      id: `wait/${dateLabel(day)}`,
      kpiId: "csc-waiting-time",
      subjectId: "svc-customer-service",
      at: midnight(day),
      value: wait,
      weight: contacts,
      source: "queue-system",
      collection: "automated",
      ...(statusOf("csc-waiting-time", day) !== undefined ? { status: "provisional" as const } : {}),
    });
  }

  // --- Residence declarations: digital take-up; one record corrected.
  const dtuRng = createRng(seed, "declarations");
  const dtuSeason = [1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.45, 1.45, 1.0, 1.0, 0.8];
  const declarationsPerMonth = new Array<number>(24).fill(0);
  const paperPerMonth = new Array<number>(24).fill(0);
  const corrected = dayOf(2025, 9, 15);
  for (const day of workingDays) {
    const total = dtuRng.poisson(11 * dtuSeason[yearMonthOf(day).month - 1]!);
    if (total === 0) continue;
    const t = day - FIRST_DAY;
    const share = day < LAUNCH_DAY ? 0.42 + 0.03 * (t / 151) : 0.57 + 0.23 * Math.min(1, (day - LAUNCH_DAY) / 575);
    const e = dtuRng.binomial(total, clamp(share + dtuRng.normal(0, 0.02), 0, 1));
    const m = monthIndexOf(day);
    declarationsPerMonth[m]! += total;
    paperPerMonth[m]! += total - e;
    const base = { kpiId: "gds-digital-take-up", subjectId: "svc-residence-declaration", at: midnight(day), source: "declaration-register", collection: "automated" as const };
    const status = statusOf("gds-digital-take-up", day);
    if (day === corrected) {
      // The export counted e-declarations twice (numerator above the denominator); corrected two days later.
      const id = `dtu/${dateLabel(day)}`;
      rows.push({ id, ...base, numerator: 2 * e + total, denominator: total, recordedAt: localInstant(day, 17 * HOUR_MIN + 10) });
      rows.push({ id: `${id}/r1`, ...base, numerator: e, denominator: total, status: "revised", recordedAt: localInstant(day + 2, 10 * HOUR_MIN + 12), supersedes: id });
    } else {
      rows.push({ id: `dtu/${dateLabel(day)}`, ...base, numerator: e, denominator: total, ...(status !== undefined ? { status } : {}) });
    }
  }

  // --- Library: loans per opening hour (summer dip; a week with no data in November 2025).
  const libRng = createRng(seed, "library");
  const libSeason = [1.1, 1.1, 1.0, 1.0, 0.95, 0.7, 0.6, 0.7, 1.0, 1.0, 1.05, 0.85];
  const loansPerMonth = new Array<number>(24).fill(0);
  const libraryOpen = (day: number): number => {
    if (HOLIDAYS.has(day)) return 0;
    const wd = weekdayOf(day);
    const { month } = yearMonthOf(day);
    if (wd >= 2 && wd <= 5) return 8;
    if (wd === 6 && (month < 6 || month > 8)) return 5;
    return 0;
  };
  for (const day of days) {
    const hours = libraryOpen(day);
    if (hours === 0) continue;
    const rate = 15.5 * libSeason[yearMonthOf(day).month - 1]! * (1 + (0.03 * (day - FIRST_DAY)) / 365) * (weekdayOf(day) === 6 ? 1.3 : 1);
    const loans = libRng.poisson(hours * rate);
    loansPerMonth[monthIndexOf(day)]! += loans;
    if (day >= LIBRARY_GAP[0] && day <= LIBRARY_GAP[1]) continue; // the export failed: loans happened, no records
    const status = statusOf("library-loans-per-opening-hour", day);
    rows.push({
      id: `lib/${dateLabel(day)}`,
      kpiId: "library-loans-per-opening-hour",
      subjectId: "svc-library-lending",
      at: midnight(day),
      numerator: loans,
      denominator: hours,
      source: "library-is",
      collection: "automated",
      ...(status !== undefined ? { status } : {}),
    });
  }

  // --- Weekly manual records (Mondays): complaints resolved in time, staff utilisation.
  const weekRng = createRng(seed, "weekly");
  const yearEnd = localInstant(LAST_DAY, 15 * HOUR_MIN);
  for (let day = dayOf(2025, 1, 6); day <= LAST_DAY; day += 7) {
    const { month } = yearMonthOf(day);
    const provisional = day >= PROVISIONAL_FROM;
    const recordedAt = (minute: number): number => Math.min(localInstant(day + 7, minute), provisional ? yearEnd : Number.MAX_SAFE_INTEGER);
    const resolvedCount = weekRng.poisson(7 * (month >= 10 || month <= 3 ? 1.5 : 1));
    if (resolvedCount > 0) {
      const p = 0.8 + 0.05 * ((day - FIRST_DAY) / 730) - (month === 12 || month === 1 ? 0.08 : 0);
      rows.push({
        id: `cmp/${dateLabel(day)}`,
        kpiId: "complaint-resolution-within-deadline",
        subjectId: "svc-utility-complaints",
        at: midnight(day),
        numerator: weekRng.binomial(resolvedCount, p),
        denominator: resolvedCount,
        source: "complaints-log",
        collection: "manual",
        ...(provisional ? { status: "provisional" as const } : {}),
        recordedAt: recordedAt(9 * HOUR_MIN + 45),
      });
    }
    let weekHours = 0;
    for (let d = day; d < day + 7; d++) {
      const h = businessHoursOf(d);
      if (h !== null) weekHours += (h[1] - h[0]) / HOUR_MIN;
    }
    const renovation = day >= RENOVATION[0] && day <= RENOVATION[1];
    const leave = month >= 6 && month <= 8 ? 0.25 : 0.08;
    const available = round((6 * weekHours * (1 - leave)) * 2, 0) / 2;
    const u = renovation ? 0.5 + weekRng.normal(0, 0.02) : 0.78 + weekRng.normal(0, 0.03) + (month === 1 ? 0.07 : 0) - (month === 12 ? 0.06 : 0);
    rows.push({
      id: `util/${dateLabel(day)}`,
      kpiId: "staff-utilisation",
      subjectId: "res-csc-team",
      at: midnight(day),
      numerator: round(available * u * 2, 0) / 2,
      denominator: available,
      source: "timesheets",
      collection: "manual",
      ...(renovation ? { status: "estimated" as const } : provisional ? { status: "provisional" as const } : {}),
      recordedAt: recordedAt(10 * HOUR_MIN + 30),
    });
  }

  // --- Surveys: answers per service and day (value = answer, weight = how many gave it).
  const surveyRng = createRng(seed, "survey");
  const progress = (day: number): number => (day < LAUNCH_DAY ? 0 : Math.min(1, (day - LAUNCH_DAY) / 540));
  const renovating = (day: number): boolean => day >= RENOVATION[0] && day <= RENOVATION[1];
  const surveys: readonly { short: string; subjectId: string; open: (day: number) => number; quality: (day: number) => number }[] = [
    {
      short: "permits",
      subjectId: "svc-building-permits",
      open: (d) => (isWorkingDay(d) ? 1.2 : 0),
      quality: (d) => {
        const m = monthIndexOf(d);
        const prev = m === 0 ? 25 : backlogByMonth[m - 1]! / Math.max(1, backlogDays[m - 1]!);
        return 0.79 - 0.0035 * prev;
      },
    },
    { short: "declaration", subjectId: "svc-residence-declaration", open: (d) => (isWorkingDay(d) ? 3.5 : 0), quality: (d) => 0.72 + 0.12 * progress(d) },
    {
      short: "portal",
      subjectId: "svc-eservice-portal",
      open: (d) => (isWorkingDay(d) ? 4 : 2.5),
      quality: (d) => 0.64 + 0.14 * progress(d) - (badDays.has(d) ? 0.15 : 0),
    },
    {
      short: "csc",
      subjectId: "svc-customer-service",
      open: (d) => (isWorkingDay(d) && !renovating(d) ? 7 : 0),
      quality: (d) => {
        const m = monthIndexOf(d);
        return 0.3 + 0.62 * (m === 0 ? 0.67 : fcrMonth[m - 1]!) - 0.015 * ((waitByDay.get(d) ?? 8) - 8);
      },
    },
    { short: "complaints", subjectId: "svc-utility-complaints", open: (d) => (isWorkingDay(d) ? 0.7 : 0), quality: (d) => 0.52 + 0.08 * ((d - FIRST_DAY) / 730) },
    { short: "social", subjectId: "svc-social-benefit", open: (d) => (isWorkingDay(d) ? 1.8 : 0), quality: (d) => 0.77 + 0.03 * ((d - FIRST_DAY) / 730) },
    { short: "homecare", subjectId: "svc-home-care", open: (d) => (isWorkingDay(d) ? 0.5 : 0), quality: () => 0.88 },
    {
      short: "library",
      subjectId: "svc-library-lending",
      open: (d) => (libraryOpen(d) > 0 ? 2.5 : 0),
      quality: (d) => 0.9 + ([6, 7, 8].includes(yearMonthOf(d).month) ? 0.02 : 0),
    },
  ];
  for (const day of days) {
    for (const s of surveys) {
      const lambda = s.open(day);
      if (lambda === 0) continue;
      const n = surveyRng.poisson(lambda);
      if (n === 0) continue;
      const q = clamp(s.quality(day), 0.05, 0.97);
      const p = SURVEY_SHARE.map((w, i) => (i >= 3 ? w * q : w * (1 - q)));
      const counts = [0, 0, 0, 0, 0];
      for (let k = 0; k < n; k++) {
        let u = surveyRng.next();
        let answer = 0;
        while (answer < 4 && u >= p[answer]!) u -= p[answer++]!;
        counts[answer]!++;
      }
      const status = statusOf("recipient-satisfaction", day);
      counts.forEach((weight, i) => {
        if (weight === 0) return;
        rows.push({
          id: `csat/${s.short}/${dateLabel(day)}/${i + 1}`,
          kpiId: "recipient-satisfaction",
          subjectId: s.subjectId,
          at: midnight(day),
          value: i + 1,
          weight,
          source: "survey-tool",
          collection: "automated",
          ...(status !== undefined ? { status } : {}),
        });
      });
    }
  }

  // --- Monthly cost per transaction (manual, by the 10th of the next month); one record corrected twice.
  const costRng = createRng(seed, "cost");
  const homeCareVisits = Array.from({ length: 24 }, () => costRng.poisson(430));
  for (let m = 0; m < 24; m++) {
    const year = 2025 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    const first = dayOf(year, month, 1);
    const provisional = first >= PROVISIONAL_FROM;
    const recordedAt = provisional ? localInstant(LAST_DAY, 14 * HOUR_MIN) : localInstant(dayOf(year + (month === 12 ? 1 : 0), (month % 12) + 1, 10), 14 * HOUR_MIN);
    const noise = (): number => 1 + costRng.normal(0, 0.03);
    const e = declarationsPerMonth[m]! - paperPerMonth[m]!;
    const lines: readonly [string, string, number, number][] = [
      ["permits", "svc-building-permits", 8200 + 95 * permitsPerMonth[m]!, permitsPerMonth[m]!],
      ["declaration", "svc-residence-declaration", 2600 + 14 * paperPerMonth[m]! + 1.2 * e, declarationsPerMonth[m]!],
      ["csc", "svc-customer-service", 11_500, contactsPerMonth[m]!],
      ["social", "svc-social-benefit", 6400 + 38 * socialPerMonth[m]!, socialPerMonth[m]!],
      ["homecare", "svc-home-care", 16_100 + 4 * homeCareVisits[m]!, homeCareVisits[m]!],
      ["library", "svc-library-lending", 9800 + 0.3 * loansPerMonth[m]!, loansPerMonth[m]!],
    ];
    for (const [short, subjectId, cost, transactions] of lines) {
      const id = `cost/${short}/${dateLabel(first).slice(0, 7)}`;
      const numerator = round(cost * noise(), 2);
      const base = { kpiId: "gds-cost-per-transaction", subjectId, at: localInstant(first, 0), denominator: transactions, source: "accounting", collection: "manual" as const };
      rows.push({ id, ...base, numerator, ...(provisional ? { status: "provisional" as const } : {}), recordedAt });
      if (short === "permits" && year === 2026 && month === 3) {
        // A missed IT invoice added (first correction), then half of it moved to the declarations (second).
        rows.push({ id: `${id}/r1`, ...base, numerator: round(numerator + 2400, 2), status: "revised", recordedAt: localInstant(dayOf(2026, 4, 24), 11 * HOUR_MIN), supersedes: id });
        rows.push({ id: `${id}/r2`, ...base, numerator: round(numerator + 1200, 2), status: "revised", recordedAt: localInstant(dayOf(2026, 5, 12), 15 * HOUR_MIN + 30), supersedes: `${id}/r1` });
      }
    }
  }

  return rows.sort((a, b) => a.at - b.at || (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Public entry points.

/** The three generated files, as their exact text. */
export interface ExampleFiles {
  readonly "measurements.ndjson": string;
  readonly "outages.json": string;
  readonly "tickets.json": string;
}

/**
 * Generates the example measurements as NDJSON text (one JSON measurement per line, ending with a newline).
 * Pure and deterministic: the same seed gives the same text.
 */
export function generateMeasurements(seed: number = DEFAULT_SEED): string {
  return `${measurementRows(seed).map(toLine).join("\n")}\n`;
}

/** Generates all three example files. Pure and deterministic. */
export function generateExampleFiles(seed: number = DEFAULT_SEED): ExampleFiles {
  return {
    "measurements.ndjson": generateMeasurements(seed),
    "outages.json": `${JSON.stringify(toOutages(outageSpans(seed)), null, 2)}\n`,
    "tickets.json": `${JSON.stringify(toTickets(permitCases(seed)), null, 2)}\n`,
  };
}

function main(): void {
  const files = generateExampleFiles(DEFAULT_SEED);
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(new URL(`./${name}`, import.meta.url), text);
    console.log(`wrote examples/${name} (${text.length} characters)`);
  }
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(realpathSync(invokedAs)).href) main();
