import type { Calendar } from "../model/calendar.js";
import type { KpiId, ScopeNodeId } from "../model/ids.js";
import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { Measurement } from "../model/measurement.js";
import { KpiError } from "../errors.js";
import { instantOf } from "../internal/instantOf.js";
import type { InstantInput } from "../time/instantInput.js";
import type { Grain } from "../time/grain.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";
import { checkRange } from "./_lib/checkRange.js";
import { createQualityGrids } from "./_lib/createQualityGrids.js";
import { grainOfFrequency } from "./_lib/grainOfFrequency.js";
import { groupDuplicates } from "./_lib/groupDuplicates.js";
import { indexKpis } from "./_lib/indexKpis.js";
import { resolveStaleOptions } from "./_lib/resolveStaleOptions.js";
import type { StatusSummary } from "./summarizeStatus.js";
import { summarizeStatus } from "./summarizeStatus.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/**
 * Options for {@link assessDataQuality}.
 *
 * @category Quality
 */
export interface AssessDataQualityOptions {
  /** The start of the range assessed, an instant; its whole period (of each KPI's grain) is assessed. Required. */
  readonly start: InstantInput;
  /**
   * The end of the range, exclusive (half-open `[start, end)` like every interval); the period holding the last
   * instant before it is assessed whole. Required.
   */
  readonly end: InstantInput;
  /** The instant of the assessment; required. Records after it do not count. */
  readonly asOf: InstantInput;
  /**
   * The calendar of the periods (only `timeZone` and `fiscalYearStartMonth` are read).
   * @defaultValue `{ timeZone: "UTC", fiscalYearStartMonth: 1 }`
   */
  readonly calendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> | undefined;
  /**
   * How long after a period ends its data may still arrive, in milliseconds (for completeness and staleness).
   * @defaultValue 0
   */
  readonly graceMs?: number | undefined;
  /**
   * Series to assess even when they have no record at all (a series with no data is the worst case of all).
   * @defaultValue `[]` (only the series present in `measurements`)
   */
  readonly series?: readonly { readonly kpiId: KpiId; readonly subjectId: ScopeNodeId }[] | undefined;
}

/**
 * The data quality of one series (one KPI for one subject) over a range of periods.
 *
 * @category Quality
 */
export interface SeriesQuality {
  /** The KPI. */
  readonly kpiId: KpiId;
  /** The subject. */
  readonly subjectId: ScopeNodeId;
  /** The grain of the KPI's frequency. */
  readonly grain: Grain;
  /** Periods of the range that are due at `asOf − graceMs` (complete by then). */
  readonly expectedPeriods: number;
  /** Due periods that have at least one record. */
  readonly periodsWithData: number;
  /** `100 × periodsWithData ÷ expectedPeriods`, or `null` when no period is due yet. */
  readonly completenessPercent: number | null;
  /** The latest record at or before `asOf`, in or out of the range (epoch ms), or `null`. */
  readonly lastAt: number | null;
  /** `asOf − lastAt` in milliseconds, or `null`. */
  readonly ageMs: number | null;
  /** Whether the series is stale, by the rule of {@link findStaleSeries}. */
  readonly stale: boolean;
  /** The records counted: in the range and at or before `asOf`. */
  readonly records: number;
  /** Counted records that repeat the instant of an earlier one (a group of 3 counts 2). */
  readonly duplicates: number;
  /** Of `duplicates`, those in groups whose records carry different numbers (a conflict, not a re-send). */
  readonly conflictingDuplicates: number;
  /** Counted records outside the KPI's valid range or with a share above the whole (see {@link findOutOfRange}). */
  readonly outOfRange: number;
  /** Counted records collected by hand (`collection`, or the KPI procedure's when the record has none). */
  readonly manual: number;
  /** Counted records collected by a system. */
  readonly automated: number;
  /** `manual ÷ records` in [0, 1], or `null` with no records. */
  readonly manualShare: number | null;
  /** The observation statuses of the counted records. */
  readonly status: StatusSummary;
}

/** The KPI fields {@link assessDataQuality} reads. @category Quality */
export type DataQualityKpi = Pick<KpiDefinition, "id" | "frequency" | "measure" | "validRange" | "procedure">;

const NAME = "assessDataQuality";

/**
 * Assesses each series (KPI × subject): completeness, freshness, duplicates, out-of-range values, manual versus
 * automated collection and observation statuses.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. For each KPI, the periods are those of its frequency's grain (as in {@link findStaleSeries})
 * from the period containing `start` to the period containing the last instant before `end`, all included, in the
 * calendar's time zone (the range is half-open `[start, end)` like every interval, so `end` at 1 May ends the range
 * with April).
 * A period is *due* when it has ended by `asOf − graceMs`; completeness is the share of due periods with at least
 * one record, in percent, and `null` when none is due. The counts (records, duplicates, out of range, manual,
 * automated, statuses) cover the records in the range and at or before `asOf`; freshness looks at every record at
 * or before `asOf`. A survey KPI has no duplicates: its records at one instant are its respondents' answers. A record that another record of the list supersedes is left out (its correction counts); for an
 * "as known at" assessment pass `effectiveMeasurements(…, { asKnownAt }).effective`. Series come in the order they
 * first appear in `measurements`, then those of `options.series` that have no record.
 *
 * @param measurements - The records of any number of series.
 * @param kpis - The definitions of every KPI the records name.
 * @param options - See {@link AssessDataQualityOptions}; `start`, `end` and `asOf` are required.
 * @returns One assessment per series.
 * @throws {@link KpiError} `invalid_argument` for a malformed list or options, a negative grace, or an unknown
 * frequency (path `["kpis", j, "frequency"]`); `non_finite` (path `[i, "at"]`, `[i, "value"]`, …, or
 * `["options", "start" | "end" | "asOf" | "graceMs"]`); `invalid_input` for an instant string that is not ISO-8601
 * with `Z` or an offset; `invalid_interval` (path `["options", "end"]`) unless `start` is before `end`;
 * `duplicate_id` (path `["kpis", j, "id"]`); `unknown_reference` (path `[i, "kpiId"]` or
 * `["options", "series", k, "kpiId"]`) for a KPI not in `kpis`; `invalid_time_zone` (path `["timeZone"]`);
 * `input_too_large` (path `["options", "end"]`) above 1,000,000 periods.
 *
 * @example
 * ```ts
 * const kpis = [{ id: "csat", frequency: "monthly", measure: { kind: "value" }, validRange: { min: 0, max: 100 },
 *   procedure: { steps: [], collection: "manual" } }];
 * const at = (iso: string) => Date.parse(iso);
 * const records = [
 *   { id: "a", kpiId: "csat", subjectId: "svc", at: at("2026-01-10T00:00:00Z"), value: 80, status: "normal" },
 *   { id: "b", kpiId: "csat", subjectId: "svc", at: at("2026-03-10T00:00:00Z"), value: 180, status: "provisional",
 *     collection: "automated" },
 * ];
 * const [q] = assessDataQuality(records as never, kpis as never,
 *   { start: "2026-01-01T00:00:00Z", end: "2026-05-01T00:00:00Z", asOf: "2026-04-15T00:00:00Z" });
 * [q?.expectedPeriods, q?.periodsWithData, q?.completenessPercent, q?.outOfRange, q?.manualShare, q?.status.flag];
 * //=> [3, 2, 66.66666666666667, 1, 0.5, "provisional"]
 * ```
 *
 * @category Quality
 */
export function assessDataQuality(
  measurements: readonly Measurement[],
  kpis: readonly DataQualityKpi[],
  options: AssessDataQualityOptions,
): SeriesQuality[] {
  checkMeasurements(measurements, NAME);
  const byId = indexKpis(kpis, NAME);
  const { asOf, graceMs, calendar } = resolveStaleOptions(options, NAME);
  if (options.start === undefined && (options as { from?: unknown }).from !== undefined) {
    throw new KpiError("invalid_argument", `${NAME}: options.start is missing: from/to were renamed start/end, and end is exclusive`, {
      path: ["options", "start"],
    });
  }
  const start = instantOf(options.start, NAME, ["options", "start"]);
  const end = instantOf(options.end, NAME, ["options", "end"]);
  if (!(start < end)) throw new KpiError("invalid_interval", `${NAME}: the range must start before it ends`, { path: ["options", "end"] });
  const extra = options.series ?? [];
  if (!Array.isArray(extra)) {
    throw new KpiError("invalid_argument", `${NAME}: options.series must be an array`, { path: ["options", "series"] });
  }
  const kpiPosition = new Map<string, number>();
  kpis.forEach((k, j) => kpiPosition.set(k.id, j));

  // Check every record once, and group positions (into `records`) by series.
  const records = withoutSuperseded(measurements);
  const inputPosition = records === measurements ? undefined : new Map<Measurement, number>();
  if (inputPosition !== undefined) measurements.forEach((m, i) => inputPosition.set(m, i));
  const implausible = new Uint8Array(records.length);
  const bySeries = new Map<KpiId, Map<ScopeNodeId, number[]>>();
  const order: { kpiId: KpiId; subjectId: ScopeNodeId; positions: number[] }[] = [];
  for (let r = 0; r < records.length; r++) {
    const m = records[r]!;
    const i = inputPosition === undefined ? r : inputPosition.get(m)!;
    if (checkRange(m, i, byId, NAME) !== null) implausible[r] = 1;
    if (m.collection !== undefined && m.collection !== "manual" && m.collection !== "automated") {
      throw new KpiError("invalid_argument", `${NAME}: record ${i} has an unknown collection`, { path: [i, "collection"] });
    }
    let bySubject = bySeries.get(m.kpiId);
    if (bySubject === undefined) bySeries.set(m.kpiId, (bySubject = new Map()));
    const positions = bySubject.get(m.subjectId);
    if (positions === undefined) {
      const created = [r];
      bySubject.set(m.subjectId, created);
      order.push({ kpiId: m.kpiId, subjectId: m.subjectId, positions: created });
    } else positions.push(r);
  }
  extra.forEach((s, k) => {
    if (!byId.has(s.kpiId)) {
      throw new KpiError("unknown_reference", `${NAME}: options.series[${k}] names an unknown KPI "${String(s.kpiId)}"`, {
        path: ["options", "series", k, "kpiId"],
      });
    }
    let bySubject = bySeries.get(s.kpiId);
    if (bySubject === undefined) bySeries.set(s.kpiId, (bySubject = new Map()));
    if (!bySubject.has(s.subjectId)) {
      const created: number[] = [];
      bySubject.set(s.subjectId, created);
      order.push({ kpiId: s.kpiId, subjectId: s.subjectId, positions: created });
    }
  });

  const gridOf = createQualityGrids(start, end, asOf, graceMs, calendar, NAME);

  const result: SeriesQuality[] = [];
  for (const series of order) {
    const kpi = byId.get(series.kpiId)!;
    const grain = grainOfFrequency(kpi.frequency, ["kpis", kpiPosition.get(kpi.id)!, "frequency"], NAME);
    const { index, due, expected } = gridOf(grain);
    const covered = new Uint8Array(due);
    const counted: Measurement[] = [];
    let lastAt = Number.NEGATIVE_INFINITY;
    let outOfRange = 0;
    let manual = 0;
    for (const r of series.positions) {
      const m = records[r]!;
      if (m.at > asOf) continue;
      if (m.at > lastAt) lastAt = m.at;
      const k = index.indexOf(m.at);
      if (k < 0) continue;
      if (k < due) covered[k] = 1;
      counted.push(m);
      outOfRange += implausible[r]!;
      if ((m.collection ?? kpi.procedure.collection) === "manual") manual++;
    }
    let periodsWithData = 0;
    for (let k = 0; k < due; k++) periodsWithData += covered[k]!;
    let duplicates = 0;
    let conflictingDuplicates = 0;
    // A survey's records at one instant are its respondents' answers, not duplicates.
    const groups = kpi.measure.kind === "survey" ? [] : groupDuplicates(counted);
    for (const group of groups) {
      duplicates += group.ids.length - 1;
      if (!group.agree) conflictingDuplicates += group.ids.length - 1;
    }
    const last = lastAt === Number.NEGATIVE_INFINITY ? null : lastAt;
    const total = counted.length;
    result.push({
      kpiId: series.kpiId,
      subjectId: series.subjectId,
      grain,
      expectedPeriods: due,
      periodsWithData,
      completenessPercent: due === 0 ? null : (100 * periodsWithData) / due,
      lastAt: last,
      ageMs: last === null ? null : asOf - last,
      stale: last === null || last < expected.start,
      records: total,
      duplicates,
      conflictingDuplicates,
      outOfRange,
      manual,
      automated: total - manual,
      manualShare: total === 0 ? null : manual / total,
      status: summarizeStatus(counted),
    });
  }
  return result;
}
