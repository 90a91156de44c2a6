import type { Calendar } from "../../model/calendar.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";
import type { DataQualityKpi, SeriesQuality } from "../assessDataQuality.js";
import type { StatusSummary } from "../summarizeStatus.js";
import type { PeriodIndex } from "../../time/createPeriodIndex.js";
import { createQualityGrids } from "./createQualityGrids.js";
import { grainOfFrequency } from "./grainOfFrequency.js";

/** KPIs × subjects up to which series are numbered through a table rather than a map. */
const SERIES_TABLE_LIMIT = 1 << 22;

/**
 * The figures of `assessDataQuality` for one series of a batch (the ones a report shows): those of `SeriesQuality`,
 * with the status counts flat and the ids as the batch holds them.
 */
export type BatchSeriesQuality = Pick<
  SeriesQuality,
  "expectedPeriods" | "periodsWithData" | "completenessPercent" | "lastAt" | "stale" | "records" | "duplicates" | "conflictingDuplicates" | "outOfRange" | "manual"
> &
  Pick<StatusSummary, "normal" | "provisional" | "estimated" | "revised"> & { readonly kpiId: string; readonly subjectId: string };

/** The range and instant of {@link assessBatchQuality} (epoch ms), as `assessDataQuality`'s options. */
export interface BatchQualityOptions {
  readonly start: number;
  readonly end: number;
  readonly asOf: number;
  readonly calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
}

/**
 * `assessDataQuality` over the records `rows` of a checked batch (records in effect, none superseded by another of
 * them, sorted by instant then id, as `buildReport` takes them): the same figures per series, from the columns,
 * without a record object. Internal; a property test checks it against `assessDataQuality`.
 *
 * @param batch - A batch checked against the workspace.
 * @param rows - The records assessed, by instant then id.
 * @param kpis - The KPIs of the batch's records.
 * @param options - The range `[start, end)`, `asOf` and calendar.
 * @param tableLimit - KPIs × subjects up to which series are numbered through a table (a map past it).
 * @returns One assessment per series, in the order series first appear in `rows`.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([
 *   { id: "a", kpiId: "k", subjectId: "s", at: Date.parse("2026-01-10T00:00:00Z"), value: 80 },
 *   { id: "b", kpiId: "k", subjectId: "s", at: Date.parse("2026-01-10T00:00:00Z"), value: 81 },
 * ]);
 * const kpi = { id: "k", frequency: "monthly", measure: { kind: "value" }, procedure: { steps: [], collection: "manual" } } as never;
 * const [q] = assessBatchQuality(batch, Int32Array.of(0, 1), [kpi], { start: Date.parse("2026-01-01T00:00:00Z"),
 *   end: Date.parse("2026-03-01T00:00:00Z"), asOf: Date.parse("2026-03-15T00:00:00Z"), calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } });
 * [q?.completenessPercent, q?.duplicates, q?.conflictingDuplicates, q?.manual];
 * //=> [50, 1, 1, 2]
 * ```
 */
export function assessBatchQuality(
  batch: MeasurementBatch,
  rows: Int32Array,
  kpis: readonly DataQualityKpi[],
  options: BatchQualityOptions,
  tableLimit = SERIES_TABLE_LIMIT,
): BatchSeriesQuality[] {
  const name = "assessDataQuality";
  const { start, end, asOf, calendar } = options;
  const gridOf = createQualityGrids(start, end, asOf, 0, calendar, name);
  const kpiById = new Map(kpis.map((k, j) => [k.id as string, { kpi: k, j }]));
  const nSubjects = batch.subjectIds.length;
  // Each long loop below is a function of its own: V8 compiles a loop that runs long while it runs (on-stack
  // replacement), and code after it in the same function, not yet run, would then have it compiled again.
  const { seriesKey, seriesOfRow } = numberSeries(batch, rows, tableLimit);
  const { startOf, members } = groupBySeries(rows, seriesOfRow, seriesKey.length);
  const tally = createTally();
  const result: BatchSeriesQuality[] = [];
  for (let s = 0; s < seriesKey.length; s++) {
    const kpiCode = Math.floor(seriesKey[s]! / nSubjects);
    const kpiId = batch.kpiIds[kpiCode]!;
    const { kpi: def, j } = kpiById.get(kpiId)!;
    const grain = grainOfFrequency(def.frequency, ["kpis", j, "frequency"], name);
    const { index, due, expected } = gridOf(grain);
    const covered = new Uint8Array(due);
    // The definition read here, once per series: KPIs of several measure kinds would otherwise be objects of several
    // shapes in the loop below, each new one a new compilation of it.
    const measure = def.measure;
    const ratio = measure.kind === "ratio";
    const rule: SeriesRule = {
      min: def.validRange?.min ?? Number.NEGATIVE_INFINITY,
      max: def.validRange?.max ?? Number.POSITIVE_INFINITY,
      scale: ratio ? measure.scale : 1,
      shareOfWhole: ratio && measure.scale === 100,
      manualByDefault: def.procedure.collection === "manual",
      answers: measure.kind === "survey",
    };
    tallySeries(batch, members, startOf[s]!, startOf[s + 1]!, rule, asOf, index, covered, tally);
    let periodsWithData = 0;
    for (let k = 0; k < due; k++) periodsWithData += covered[k]!;
    const last = tally.lastAt === Number.NEGATIVE_INFINITY ? null : tally.lastAt;
    result.push({
      kpiId,
      subjectId: batch.subjectIds[seriesKey[s]! % nSubjects]!,
      expectedPeriods: due,
      periodsWithData,
      completenessPercent: due === 0 ? null : (100 * periodsWithData) / due,
      lastAt: last,
      stale: last === null || last < expected.start,
      records: tally.records,
      duplicates: tally.duplicates,
      conflictingDuplicates: tally.conflictingDuplicates,
      outOfRange: tally.outOfRange,
      manual: tally.manual,
      normal: tally.statuses[0]!,
      provisional: tally.statuses[1]!,
      estimated: tally.statuses[2]!,
      revised: tally.statuses[3]!,
    });
  }
  return result;
}

// Series numbered in order of first appearance in `rows`, and each row's series. A series' number by its key from a
// table when KPIs × subjects are few enough (16 MB at most), else a map.
function numberSeries(batch: MeasurementBatch, rows: Int32Array, tableLimit: number): { seriesKey: number[]; seriesOfRow: Int32Array } {
  const { kpi, subject } = batch;
  const nSubjects = batch.subjectIds.length;
  const keys = batch.kpiIds.length * nSubjects;
  const table = keys <= tableLimit ? new Int32Array(keys).fill(-1) : null;
  const seriesOf = table === null ? new Map<number, number>() : null;
  const seriesKey: number[] = [];
  const seriesOfRow = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const key = kpi[i]! * nSubjects + subject[i]!;
    let s = table === null ? (seriesOf!.get(key) ?? -1) : table[key]!;
    if (s < 0) {
      s = seriesKey.length;
      seriesKey.push(key);
      if (table === null) seriesOf!.set(key, s);
      else table[key] = s;
    }
    seriesOfRow[r] = s;
  }
  return { seriesKey, seriesOfRow };
}

// The records of each series (in `rows` order) gathered in one flat list: series s's are members[startOf[s] … startOf[s + 1]).
function groupBySeries(rows: Int32Array, seriesOfRow: Int32Array, nSeries: number): { startOf: Int32Array; members: Int32Array } {
  const startOf = new Int32Array(nSeries + 1);
  for (let r = 0; r < rows.length; r++) startOf[seriesOfRow[r]! + 1]!++;
  for (let s = 0; s < nSeries; s++) startOf[s + 1] = startOf[s + 1]! + startOf[s]!;
  const fill = startOf.slice(0, nSeries);
  const members = new Int32Array(rows.length);
  for (let r = 0; r < rows.length; r++) members[fill[seriesOfRow[r]!]!++] = rows[r]!;
  return { startOf, members };
}

// The figures of one series, gathered by tallySeries (one object, reset for each series).
interface Tally {
  lastAt: number;
  records: number;
  outOfRange: number;
  manual: number;
  duplicates: number;
  conflictingDuplicates: number;
  readonly statuses: number[];
}

function createTally(): Tally {
  return { lastAt: Number.NEGATIVE_INFINITY, records: 0, outOfRange: 0, manual: 0, duplicates: 0, conflictingDuplicates: 0, statuses: [0, 0, 0, 0] };
}

// What tallySeries needs of a series' KPI: its valid range (infinite where open), the scale of a ratio (else 1),
// whether it is a share of a whole (a ratio × 100), and whether records are collected by hand unless they say otherwise.
interface SeriesRule {
  readonly min: number;
  readonly max: number;
  readonly scale: number;
  readonly shareOfWhole: boolean;
  readonly manualByDefault: boolean;
  /** A survey KPI: its records at one instant are answers, not duplicates. */
  readonly answers: boolean;
}

// Tallies the records members[from … to) of one series (by instant) into `tally`, and marks the due periods they cover.
function tallySeries(
  batch: MeasurementBatch,
  members: Int32Array,
  from: number,
  to: number,
  rule: SeriesRule,
  asOf: number,
  index: PeriodIndex,
  covered: Uint8Array,
  tally: Tally,
): void {
  const { at, value, nullValue, numerator, denominator, collection, status } = batch;
  const due = covered.length;
  const { min, max, scale, shareOfWhole, manualByDefault, answers } = rule;
  const statuses = tally.statuses;
  statuses.fill(0);
  let lastAt = Number.NEGATIVE_INFINITY;
  let records = 0;
  let outOfRange = 0;
  let manual = 0;
  let duplicates = 0;
  let conflictingDuplicates = 0;
  // The first record of the current run of counted records with one instant, the run's records so far, and whether
  // they agree.
  let runFirst = -1;
  let runSize = 0;
  let runAgrees = true;
  for (let m = from; m < to; m++) {
    const i = members[m]!;
    const t = at[i]!;
    if (t > asOf) continue;
    if (t > lastAt) lastAt = t;
    const k = index.indexOf(t);
    if (k < 0) continue;
    if (k < due) covered[k] = 1;
    records++;
    // As checkRange: the value (or the ratio, scaled) against the valid range; a share above the whole.
    const v = nullValue[i] === 1 ? NaN : value[i]! === value[i]! ? value[i]! : denominator[i]! === 0 ? NaN : (numerator[i]! / denominator[i]!) * scale;
    if (v < min || v > max || (shareOfWhole && numerator[i]! > denominator[i]!)) outOfRange++;
    const c = collection[i]!;
    if (c === 2 || (c === 0 && manualByDefault)) manual++;
    statuses[status[i]!]!++;
    // A survey's records at one instant are its respondents' answers, not duplicates.
    if (answers) continue;
    // Records of a series come by instant, so records with one instant are next to each other. Each record after a
    // run's first is a duplicate; all of a run's duplicates conflict once one record differs from its first.
    if (runFirst >= 0 && at[runFirst] === t) {
      duplicates++;
      if (!runAgrees) conflictingDuplicates++;
      else if (!sameNumbers(batch, runFirst, i)) {
        runAgrees = false;
        conflictingDuplicates += runSize;
      }
      runSize++;
    } else {
      runFirst = i;
      runSize = 1;
      runAgrees = true;
    }
  }
  tally.lastAt = lastAt;
  tally.records = records;
  tally.outOfRange = outOfRange;
  tally.manual = manual;
  tally.duplicates = duplicates;
  tally.conflictingDuplicates = conflictingDuplicates;
}

// Whether two records carry the same numbers (absent or null value alike; an absent weight counts as 1).
function sameNumbers(batch: MeasurementBatch, a: number, b: number): boolean {
  const { value, numerator, denominator, weight } = batch;
  return (
    sameNumber(value[a]!, value[b]!) &&
    sameNumber(numerator[a]!, numerator[b]!) &&
    sameNumber(denominator[a]!, denominator[b]!) &&
    (weight[a]! === weight[a]! ? weight[a]! : 1) === (weight[b]! === weight[b]! ? weight[b]! : 1)
  );
}

// Equal numbers, with NaN (absent) equal to NaN.
function sameNumber(x: number, y: number): boolean {
  return x === y || (x !== x && y !== y);
}
