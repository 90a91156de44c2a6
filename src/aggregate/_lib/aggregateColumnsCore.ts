import type { AggregationKpi } from "../aggregationKpi.js";
import { isSurveyAnswer } from "../../internal/isSurveyAnswer.js";
import { MAGNITUDE_LIMIT, TOO_LARGE } from "../../internal/magnitudeLimit.js";
import { KpiError } from "../../errors.js";
import { createPeriodIndex } from "../../time/createPeriodIndex.js";
import { addToSketchBins, type SketchBins } from "./addToSketchBins.js";
import { createPeriodAggregates } from "./createPeriodAggregates.js";
import { finalizePartial } from "../finalizePartial.js";
import { needsQuantileValues } from "./needsQuantileValues.js";
import { partialOfColumns, type GroupShape } from "./partialOfColumns.js";
import { scratchArray } from "./scratchArray.js";
import type { SurveyTally } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { QuantileSketch } from "../quantileSketch.js";
import type { AggregateOptions, PeriodAggregates } from "../periodAggregates.js";


/**
 * Columnar input of the aggregation engine (internal to kpi-kit's aggregate functions).
 */
export interface EngineColumns {
  readonly n: number;
  readonly kpi: ArrayLike<number>;
  /** `null` when every row has subject code 0. */
  readonly subject: ArrayLike<number> | null;
  readonly at: ArrayLike<number>;
  readonly value: ArrayLike<number> | null;
  readonly numerator: ArrayLike<number> | null;
  readonly denominator: ArrayLike<number> | null;
  readonly weight: ArrayLike<number> | null;
  /** 0 normal, 1 provisional, 2 estimated, 3 revised. */
  readonly status: Uint8Array | null;
  readonly subjectIds: readonly string[];
  /** The original row index of each entry, for error paths, when rows were dropped; else `null`. */
  readonly rowIndex: Int32Array | null;
  /**
   * `[min, max]` of `at` when the caller has already checked the KPI and subject codes and the instants (the row
   * converter has); the engine then skips its checking pass.
   */
  readonly checkedRange?: readonly [number, number] | undefined;
}

const FLAG_RATIO = 1, FLAG_SURVEY = 2, FLAG_VALUES = 4, FLAG_FIRST_LAST = 8;
// How each KPI's value is read from its group's numbers (finalizePartial, inlined for the common aggregations).
const AGG_SUM = 0, AGG_MEAN = 1, AGG_MIN = 2, AGG_MAX = 3, AGG_FIRST = 4, AGG_LAST = 5, AGG_QUANTILE = 6, AGG_RATIO = 7;
const AGG_WEIGHTED = 8, AGG_OTHER = 9;
/** Dense group slots (the composite key itself) up to this many keys (64 MB of counters at most). */
const DENSE_LIMIT = 1 << 24;

type FailCode = "non_finite" | "invalid_weight" | "invalid_denominator" | "invalid_input" | "unknown_reference" | "overflow";


function fail(where: string, rowsStyle: boolean, code: FailCode, i: number, field: string, what: string): never {
  const path = rowsStyle ? [i, field] : [field, i];
  throw new KpiError(code, `${where}: ${rowsStyle ? `rows[${i}].${field}` : `${field}[${i}]`} ${what}`, { path });
}

/** Sorts sparse group slots by KPI, subject id and period, from their composite keys. */
function canonicalOrder(
  slotKey: Float64Array,
  slots: number,
  nKeys: number,
  nS: number,
  nP: number,
  subjectIds: readonly string[] | null,
): Int32Array {
  const nSP = nS * nP;
  const subjectRank = new Float64Array(nS);
  if (subjectIds !== null) {
    // Rank only the subjects that occur: codes may come from a much longer list.
    const used = new Map<number, string>();
    for (let slot = 0; slot < slots; slot++) {
      const key = slotKey[slot]!;
      const rest = key - Math.floor(key / nSP) * nSP;
      const code = Math.floor(rest / nP);
      used.set(code, subjectIds[code] ?? "");
    }
    const byId = [...used].sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    for (let rank = 0; rank < byId.length; rank++) subjectRank[byId[rank]![0]] = rank;
  }
  const keys = new Float64Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    const key = slotKey[slot]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    keys[slot] = (k * nS + subjectRank[s]!) * nP + (rest - s * nP);
  }
  const order = new Int32Array(slots);
  if (nKeys * slots < 2 ** 52) {
    for (let slot = 0; slot < slots; slot++) keys[slot] = keys[slot]! * slots + slot;
    keys.sort();
    for (let j = 0; j < slots; j++) order[j] = keys[j]! % slots;
  } else {
    const list = Array.from({ length: slots }, (_, slot) => slot).sort((x, y) => keys[x]! - keys[y]!);
    for (let j = 0; j < slots; j++) order[j] = list[j]!;
  }
  return order;
}

/** Pass 1: checks KPI and subject codes and instants; returns their range. */
function scanColumns(columns: EngineColumns, subject: ArrayLike<number> | null, nK: number, nS: number, where: string, rowsStyle: boolean): [number, number] {
  const { n, kpi, at, rowIndex } = columns;
  let minAt = Infinity;
  let maxAt = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!;
    if (!(k >= 0 && k < nK) || (k | 0) !== k) {
      fail(where, rowsStyle, "unknown_reference", rowIndex === null ? i : rowIndex[i]!, rowsStyle ? "kpiId" : "kpi", "is not a known KPI");
    }
    if (subject !== null) {
      const s = subject[i]!;
      if (!(s >= 0 && s < nS) || (s | 0) !== s) {
        fail(where, rowsStyle, "unknown_reference", rowIndex === null ? i : rowIndex[i]!, "subject", "is not a code of subjectIds");
      }
    }
    const ms = at[i]!;
    if (ms - ms !== 0) fail(where, rowsStyle, "non_finite", rowIndex === null ? i : rowIndex[i]!, "at", "must be a finite number of epoch ms");
    if (ms < minAt) minAt = ms;
    if (ms > maxAt) maxAt = ms;
  }
  return [minAt, maxAt];
}

/** Where the main pass leaves its results. */
interface Pass {
  /** Per row, its group slot (the composite key when dense). */
  readonly rowSlot: Int32Array;
  /** Per slot, its records (dense: indexed by key). */
  counts: Int32Array;
  /** Per slot, numerator and denominator sums, or `null` without ratio columns. */
  numerators: Float64Array | null;
  denominators: Float64Array | null;
  /** Per slot, ratio records, those with a zero denominator, and the sum of the others' own ratios. */
  ratioRecords: Float64Array | null;
  zeroDenominators: Float64Array | null;
  ratioSums: Float64Array | null;
  /** Sparse mode: the composite key of each slot, the key → slot map and the number of slots. */
  slotKey: Float64Array | null;
  readonly slotMap: Map<number, number> | null;
  slots: number;
  /** Values to keep for exact quantiles. */
  kept: number;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as T;
  b.set(a);
  return b;
}

/**
 * Pass 2, the hot loop: period by interpolation on the boundaries, group slot, checks, record counts and ratio sums.
 * Allocates nothing per row; values stay in their column until the scatter.
 */
function mainPass(
  pass: Pass,
  columns: EngineColumns,
  subject: ArrayLike<number> | null,
  flags: Uint8Array,
  starts: Float64Array,
  nS: number,
  where: string,
  rowsStyle: boolean,
): void {
  const { n, kpi, at, weight, rowIndex } = columns;
  // An absent column reads as a one-cell column through a zero mask: `x === null ? NaN : x[i]` would merge a
  // constant with a double, and the optimiser then boxes every value read (one heap object per row).
  const missing = new Float64Array(1).fill(NaN);
  const ones = new Float64Array(1).fill(1);
  const value = columns.value ?? missing;
  const valueMask = columns.value === null ? 0 : -1;
  const numerator = columns.numerator ?? missing;
  const numeratorMask = columns.numerator === null ? 0 : -1;
  const denominator = columns.denominator ?? missing;
  const denominatorMask = columns.denominator === null ? 0 : -1;
  const weights = weight ?? ones;
  const weightMask = weight === null ? 0 : -1;
  const nP = starts.length - 1;
  const first = starts[0]!;
  const scale = nP / (starts[nP]! - first);
  const rowSlot = pass.rowSlot;
  const slotMap = pass.slotMap;
  const dense = slotMap === null;
  let counts = pass.counts;
  let numerators = pass.numerators;
  let denominators = pass.denominators;
  let ratioRecords = pass.ratioRecords;
  let zeroDenominators = pass.zeroDenominators;
  let ratioSums = pass.ratioSums;
  let slots = pass.slots;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!;
    const flag = flags[k]!;
    const ms = at[i]!;
    // ms ≥ first, so truncation is the floor; integer arithmetic keeps every number here a small integer (a key
    // that is a double would be boxed on its way to the slot).
    let p = ((ms - first) * scale) | 0;
    if (p >= nP) p = nP - 1;
    while (starts[p]! > ms) p--;
    while (starts[p + 1]! <= ms) p++;
    const composite = (k * nS + (subject === null ? 0 : subject[i]!)) * nP + p;
    const key = dense ? composite | 0 : composite;

    let w = weights[i & weightMask]!;
    if (w !== w && rowsStyle) w = 1;
    else if (w - w !== 0) fail(where, rowsStyle, "non_finite", rowIndex === null ? i : rowIndex[i]!, "weight", "must be a finite number");
    else if (w < 0) fail(where, rowsStyle, "invalid_weight", rowIndex === null ? i : rowIndex[i]!, "weight", "must not be negative");
    else if (w > MAGNITUDE_LIMIT) fail(where, rowsStyle, "overflow", rowIndex === null ? i : rowIndex[i]!, "weight", TOO_LARGE);
    const v = value[i & valueMask]!;
    const hasValue = v - v === 0;
    if (!hasValue && v === v) fail(where, rowsStyle, "non_finite", rowIndex === null ? i : rowIndex[i]!, "value", "must be a finite number");
    if (hasValue && (v > MAGNITUDE_LIMIT || v < -MAGNITUDE_LIMIT)) fail(where, rowsStyle, "overflow", rowIndex === null ? i : rowIndex[i]!, "value", TOO_LARGE);
    const num = numerator[i & numeratorMask]!;
    const den = denominator[i & denominatorMask]!;
    const hasRatio = num === num || den === den;
    if (hasRatio && !(num - num === 0 && den - den === 0 && den >= 0)) {
      const at2 = rowIndex === null ? i : rowIndex[i]!;
      if (num - num !== 0 && num === num) fail(where, rowsStyle, "non_finite", at2, "numerator", "must be a finite number");
      if (den - den !== 0 && den === den) fail(where, rowsStyle, "non_finite", at2, "denominator", "must be a finite number");
      if (num !== num) fail(where, rowsStyle, "invalid_denominator", at2, "numerator", "is missing: a ratio record has both");
      if (den !== den) fail(where, rowsStyle, "invalid_denominator", at2, "denominator", "is missing: a ratio record has both");
      fail(where, rowsStyle, "invalid_denominator", at2, "denominator", "must not be negative");
    }
    if (hasRatio && (num > MAGNITUDE_LIMIT || num < -MAGNITUDE_LIMIT || den > MAGNITUDE_LIMIT)) {
      fail(where, rowsStyle, "overflow", rowIndex === null ? i : rowIndex[i]!, num > MAGNITUDE_LIMIT || num < -MAGNITUDE_LIMIT ? "numerator" : "denominator", TOO_LARGE);
    }
    if ((flag & FLAG_RATIO) !== 0) {
      if (!hasRatio) {
        fail(where, rowsStyle, "invalid_denominator", rowIndex === null ? i : rowIndex[i]!, "denominator", "is missing: a ratio KPI needs a numerator and a denominator");
      }
    } else if (!hasValue && w !== 0) {
      if (rowsStyle) fail(where, rowsStyle, "invalid_input", rowIndex === null ? i : rowIndex[i]!, "value", "is missing");
      fail(where, rowsStyle, "non_finite", i, "value", "must be a finite number");
    }
    let slot = key;
    if (!dense) {
      slot = slotMap!.get(key) ?? -1;
      if (slot < 0) {
        if (slots === counts.length) {
          const size = slots * 2;
          counts = grow(counts, size);
          pass.slotKey = grow(pass.slotKey!, size);
          if (numerators !== null) numerators = grow(numerators, size);
          if (denominators !== null) denominators = grow(denominators, size);
          if (ratioRecords !== null) ratioRecords = grow(ratioRecords, size);
          if (zeroDenominators !== null) zeroDenominators = grow(zeroDenominators, size);
          if (ratioSums !== null) ratioSums = grow(ratioSums, size);
        }
        slot = slots++;
        pass.slotKey![slot] = key;
        slotMap!.set(key, slot);
      }
    }
    rowSlot[i] = slot;
    counts[slot]! += 1;
    // A record of weight 0 makes its group exist and adds to nothing else (docs/conventions.md#aggregation).
    if (w === 0) continue;
    if (hasRatio) {
      numerators![slot]! += num;
      denominators![slot]! += den;
      ratioRecords![slot]! += 1;
      if (den === 0) zeroDenominators![slot]! += 1;
      else ratioSums![slot]! += num / den;
    }
    if (hasValue && (flag & FLAG_VALUES) !== 0) kept++;
  }
  pass.counts = counts;
  pass.numerators = numerators;
  pass.denominators = denominators;
  pass.ratioRecords = ratioRecords;
  pass.zeroDenominators = zeroDenominators;
  pass.ratioSums = ratioSums;
  pass.slots = slots;
  pass.kept = kept;
}

/** The columns of `size` groups, zeroed. */
function allocateColumns(
  size: number,
  [kpiIndex, subjectIndex, periodIndex]: readonly [Int32Array, Int32Array, Int32Array],
  kept: number,
  kpiIds: readonly string[],
  subjectIds: readonly string[],
  ratios: boolean,
  weights: boolean,
  firstLast: boolean,
  statuses: boolean,
  sketches: boolean,
  surveys: boolean,
): PeriodAggregateColumns {
  const f64 = () => new Float64Array(size);
  return {
    length: size,
    kpiIds,
    subjectIds,
    kpiIndex,
    subjectIndex,
    periodIndex,
    records: new Int32Array(size),
    count: new Int32Array(size),
    sum: f64(),
    min: f64(),
    max: f64(),
    mean: f64(),
    m2: f64(),
    numeratorSum: ratios ? f64() : null,
    denominatorSum: ratios ? f64() : null,
    ratioRecords: ratios ? f64() : null,
    zeroDenominators: ratios ? f64() : null,
    ratioSum: ratios ? f64() : null,
    weightSum: weights ? f64() : null,
    weightedSum: weights ? f64() : null,
    value: f64(),
    hasValue: new Uint8Array(size),
    valueStart: new Int32Array(size + 1),
    sortedValues: new Float64Array(kept),
    firstAt: firstLast ? f64() : null,
    firstValue: firstLast ? f64() : null,
    lastAt: firstLast ? f64() : null,
    lastValue: firstLast ? f64() : null,
    statuses: statuses ? new Float64Array(3 * size) : null,
    sketches: sketches ? new Array<QuantileSketch | null>(size).fill(null) : null,
    surveys: surveys ? new Array<SurveyTally | null>(size).fill(null) : null,
  };
}

/** Sorts `a[from, to)` ascending in place: insertion sort for the usual small groups. */
function sortRange(a: Float64Array, from: number, to: number): void {
  if (to - from < 32) {
    for (let i = from + 1; i < to; i++) {
      const x = a[i]!;
      let j = i - 1;
      while (j >= from && a[j]! > x) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = x;
    }
  } else a.subarray(from, to).sort();
}

/** Per KPI: how its value is read, its type-7 probability, its ratio scale. */
function aggregationCodes(kpis: readonly AggregationKpi[], flags: Uint8Array, keepValues: boolean): [Uint8Array, Float64Array, Float64Array] {
  const codes = new Uint8Array(kpis.length);
  const probability = new Float64Array(kpis.length);
  const ratioScale = new Float64Array(kpis.length);
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    ratioScale[k] = kpi.measure.kind === "ratio" ? kpi.measure.scale : 1;
    const a = kpi.aggregation;
    const p = a === "median" ? 0.5 : kpi.quantile;
    codes[k] =
      a === "sum" ? AGG_SUM
      : a === "mean" ? AGG_MEAN
      : a === "min" ? AGG_MIN
      : a === "max" ? AGG_MAX
      : a === "first" ? AGG_FIRST
      : a === "last" ? AGG_LAST
      : a === "ratio_of_sums" ? AGG_RATIO
      : a === "weighted_mean" ? AGG_WEIGHTED
      : (a === "median" || a === "quantile") && keepValues && (flags[k]! & FLAG_VALUES) !== 0 && p !== undefined && p >= 0 && p <= 1
        ? AGG_QUANTILE
        : AGG_OTHER; // finalizePartial on the group's partial (sketches, surveys, and the errors it throws)
    probability[k] = p ?? 0;
  }
  return [codes, probability, ratioScale];
}

/** The groups in canonical order (KPI, subject id, period) from dense per-key counts: slot, KPI, subject, period. */
function denseOrder(counts: Int32Array, nK: number, nS: number, nP: number, subjectIds: readonly string[] | null): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const ranked: number[] = [];
  for (let s = 0; s < nS; s++) {
    let used = false;
    for (let k = 0; k < nK && !used; k++) {
      const base = (k * nS + s) * nP;
      for (let p = 0; p < nP; p++) {
        if (counts[base + p] !== 0) {
          used = true;
          break;
        }
      }
    }
    if (used) ranked.push(s);
  }
  if (subjectIds !== null) ranked.sort((x, y) => (subjectIds[x]! < subjectIds[y]! ? -1 : subjectIds[x]! > subjectIds[y]! ? 1 : 0));
  let size = 0;
  const nKeys = nK * nS * nP;
  for (let key = 0; key < nKeys; key++) if (counts[key] !== 0) size++;
  const slot = new Int32Array(size);
  const kpi = new Int32Array(size);
  const subject = new Int32Array(size);
  const period = new Int32Array(size);
  let g = 0;
  for (let k = 0; k < nK; k++) {
    for (let r = 0; r < ranked.length; r++) {
      const s = ranked[r]!;
      const base = (k * nS + s) * nP;
      for (let p = 0; p < nP; p++) {
        if (counts[base + p] === 0) continue;
        slot[g] = base + p;
        kpi[g] = k;
        subject[g] = subjectIds === null ? -1 : s;
        period[g] = p;
        g++;
      }
    }
  }
  return [slot, kpi, subject, period];
}

/** The groups in canonical order from sparse slots: slot, KPI, subject, period. */
function sparseOrder(
  slotKey: Float64Array,
  slots: number,
  nKeys: number,
  nS: number,
  nP: number,
  subjectIds: readonly string[] | null,
): [Int32Array, Int32Array, Int32Array, Int32Array] {
  const order = canonicalOrder(slotKey, slots, nKeys, nS, nP, subjectIds);
  const kpi = new Int32Array(slots);
  const subject = new Int32Array(slots);
  const period = new Int32Array(slots);
  const nSP = nS * nP;
  for (let g = 0; g < slots; g++) {
    const key = slotKey[order[g]!]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    kpi[g] = k;
    subject[g] = subjectIds === null ? -1 : s;
    period[g] = rest - s * nP;
  }
  return [order, kpi, subject, period];
}

/** Turns per-slot record counts into write cursors (runs in canonical order); returns the number of records. */
function startRuns(counts: Int32Array, groupSlot: Int32Array, runStart: Int32Array): number {
  const size = groupSlot.length;
  let offset = 0;
  for (let g = 0; g < size; g++) {
    const slot = groupSlot[g]!;
    const c = counts[slot]!;
    runStart[g] = offset;
    counts[slot] = offset;
    offset += c;
  }
  runStart[size] = offset;
  return offset;
}

/**
 * Counting sort: each record's value (and row) goes to its group's run, in record order. A record of weight 0 goes
 * to its run without a value (NaN), so it counts as a record and in nothing else.
 */
function scatterRuns(
  rowSlot: Int32Array,
  n: number,
  cursor: Int32Array,
  value: ArrayLike<number> | null,
  weight: ArrayLike<number> | null,
  runValue: Float64Array,
  runRow: Int32Array | null,
): void {
  if (value === null) runValue.fill(NaN);
  if (runRow !== null) {
    for (let i = 0; i < n; i++) {
      const slot = rowSlot[i]!;
      if (slot < 0) continue;
      const j = cursor[slot]!++;
      runRow[j] = i;
      if (value !== null) runValue[j] = weight !== null && weight[i] === 0 ? NaN : value[i]!;
    }
  } else if (value !== null) {
    for (let i = 0; i < n; i++) {
      const slot = rowSlot[i]!;
      if (slot < 0) continue;
      runValue[cursor[slot]!++] = value[i]!;
    }
  }
}

/** Records, count, sum, min, max, Welford's mean and m2 (in record order), ratio sums; weights default to 1. */
function summarizeRuns(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  groupSlot: Int32Array,
  pass: Pass,
): void {
  const { numerators, denominators } = pass;
  const { records, count, sum, min, max, mean, m2, numeratorSum, denominatorSum } = out;
  const size = out.length;
  for (let g = 0; g < size; g++) {
    const from = runStart[g]!;
    const to = runStart[g + 1]!;
    let c = 0, s = 0, mu = 0, sq = 0, lo = Infinity, hi = -Infinity;
    for (let j = from; j < to; j++) {
      const v = runValue[j]!;
      if (v !== v) continue;
      c++;
      s += v;
      const delta = v - mu;
      mu += delta / c;
      sq += delta * (v - mu);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    records[g] = to - from;
    count[g] = c;
    sum[g] = s;
    mean[g] = mu;
    m2[g] = sq;
    if (c > 0) {
      min[g] = lo;
      max[g] = hi;
    }
  }
  if (numerators !== null && numeratorSum !== null && denominatorSum !== null) {
    for (let g = 0; g < size; g++) {
      const slot = groupSlot[g]!;
      numeratorSum[g] = numerators[slot]!;
      denominatorSum[g] = denominators![slot]!;
      out.ratioRecords![g] = pass.ratioRecords![slot]!;
      out.zeroDenominators![g] = pass.zeroDenominators![slot]!;
      out.ratioSum![g] = pass.ratioSums![slot]!;
    }
  }
}

/**
 * Survey groups: takes answers that are not whole or off the KPI's scale out of their runs (NaN), so they add to no
 * count, sum or mean, and returns the respondents who gave them, per group.
 */
function screenSurveyRuns(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  runRow: Int32Array,
  columns: EngineColumns,
  flags: Uint8Array,
  kpis: readonly AggregationKpi[],
): Float64Array {
  const invalid = new Float64Array(out.length);
  const { weight } = columns;
  for (let g = 0; g < out.length; g++) {
    const k = out.kpiIndex[g]!;
    if ((flags[k]! & FLAG_SURVEY) === 0) continue;
    const measure = kpis[k]!.measure as { readonly scaleMin: number; readonly scaleMax: number };
    for (let j = runStart[g]!; j < runStart[g + 1]!; j++) {
      const v = runValue[j]!;
      if (v !== v || isSurveyAnswer(v, measure)) continue;
      let w = weight === null ? 1 : weight[runRow[j]!]!;
      if (w !== w) w = 1;
      invalid[g] = invalid[g]! + w;
      runValue[j] = NaN;
    }
  }
  return invalid;
}

/** What needs each record's row: weights, statuses, first and last, survey tallies. */
function summarizeRunRows(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  runRow: Int32Array,
  columns: EngineColumns,
  flags: Uint8Array,
  invalidAnswers: Float64Array | null,
): void {
  const { weightSum, weightedSum, statuses, firstAt, firstValue, lastAt, lastValue, kpiIndex, count } = out;
  const surveys = out.surveys as (SurveyTally | null)[] | null;
  const { at, weight, status } = columns;
  for (let g = 0; g < out.length; g++) {
    const k = kpiIndex[g]!;
    const flag = flags[k]!;
    const from = runStart[g]!;
    const to = runStart[g + 1]!;
    let ws = 0, wx = 0, provisional = 0, estimated = 0, revised = 0;
    let fAt = Infinity, fValue = 0, lAt = -Infinity, lValue = 0;
    let tally: Record<string, number> | null = null;
    let valid = 0;
    for (let j = from; j < to; j++) {
      const i = runRow[j]!;
      if (status !== null) {
        const st = status[i]!;
        if (st === 1) provisional++;
        else if (st === 2) estimated++;
        else if (st === 3) revised++;
      }
      const v = runValue[j]!;
      if (v !== v) continue;
      let w = 1;
      if (weight !== null) {
        w = weight[i]!;
        if (w !== w) w = 1;
        ws += w;
        wx += w * v;
      }
      if ((flag & FLAG_FIRST_LAST) !== 0) {
        const ms = at[i]!;
        if (ms < fAt || (ms === fAt && v > fValue)) {
          fAt = ms;
          fValue = v;
        }
        if (ms > lAt || (ms === lAt && v > lValue)) {
          lAt = ms;
          lValue = v;
        }
      }
      if ((flag & FLAG_SURVEY) !== 0) {
        // Answers off the scale were taken out by screenSurveyRuns.
        tally ??= {};
        const answer = String(v);
        tally[answer] = (tally[answer] ?? 0) + w;
        valid += w;
      }
    }
    if (weightSum !== null && weightedSum !== null) {
      weightSum[g] = ws;
      weightedSum[g] = wx;
    }
    if (statuses !== null) {
      statuses[3 * g] = provisional;
      statuses[3 * g + 1] = estimated;
      statuses[3 * g + 2] = revised;
    }
    if ((flag & FLAG_FIRST_LAST) !== 0 && count[g]! > 0) {
      firstAt![g] = fAt;
      firstValue![g] = fValue;
      lastAt![g] = lAt;
      lastValue![g] = lValue;
    }
    if ((flag & FLAG_SURVEY) !== 0) surveys![g] = { answers: tally ?? {}, valid, invalid: invalidAnswers![g]! };
  }
}

/** Copies the values of quantile KPIs' groups into `sortedValues` and sorts each group's range. */
function keepRunValues(out: PeriodAggregateColumns, runStart: Int32Array, runValue: Float64Array, flags: Uint8Array): void {
  const { kpiIndex, valueStart, sortedValues } = out;
  let kept = 0;
  for (let g = 0; g < out.length; g++) {
    if ((flags[kpiIndex[g]!]! & FLAG_VALUES) !== 0) {
      const start = kept;
      const to = runStart[g + 1]!;
      for (let j = runStart[g]!; j < to; j++) {
        const v = runValue[j]!;
        if (v === v) sortedValues[kept++] = v;
      }
      sortRange(sortedValues, start, kept);
    }
    valueStart[g + 1] = kept;
  }
}

/** Builds the quantile sketch of each quantile KPI's group. */
function sketchRunValues(out: PeriodAggregateColumns, runStart: Int32Array, runValue: Float64Array, flags: Uint8Array, alpha: number): void {
  const sketches = out.sketches as (QuantileSketch | null)[];
  const inverseLogGamma = 1 / Math.log((1 + alpha) / (1 - alpha));
  for (let g = 0; g < out.length; g++) {
    if ((flags[out.kpiIndex[g]!]! & FLAG_VALUES) === 0) continue;
    const bins: SketchBins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
    const to = runStart[g + 1]!;
    for (let j = runStart[g]!; j < to; j++) {
      const v = runValue[j]!;
      if (v === v) addToSketchBins(bins, v, inverseLogGamma, 1);
    }
    sketches[g] = { relativeAccuracy: alpha, count: bins.count, zeroCount: bins.zeroCount, positive: bins.positive, negative: bins.negative };
  }
}

/** Each group's KPI value (finalizePartial, inlined for the common aggregations) into `value` and `hasValue`. */
function finalizeRuns(out: PeriodAggregateColumns, kpis: readonly AggregationKpi[], flags: Uint8Array, shapes: readonly GroupShape[], keepValues: boolean): void {
  const [codes, probability, ratioScale] = aggregationCodes(kpis, flags, keepValues);
  const { kpiIndex, count, sum, min, max, numeratorSum, denominatorSum, weightSum, weightedSum, valueStart, sortedValues } = out;
  const { firstValue, lastValue, value, hasValue } = out;
  for (let g = 0; g < out.length; g++) {
    const k = kpiIndex[g]!;
    const c = count[g]!;
    let result = 0;
    let defined = c > 0;
    switch (codes[k]!) {
      case AGG_SUM:
        result = sum[g]!;
        break;
      case AGG_MEAN:
        result = sum[g]! / c;
        break;
      case AGG_MIN:
        result = min[g]!;
        break;
      case AGG_MAX:
        result = max[g]!;
        break;
      case AGG_FIRST:
        result = firstValue === null ? 0 : firstValue[g]!;
        break;
      case AGG_LAST:
        result = lastValue === null ? 0 : lastValue[g]!;
        break;
      case AGG_QUANTILE: {
        const base = valueStart[g]!;
        const h = (c - 1) * probability[k]!;
        const low = Math.floor(h);
        const a = sortedValues[base + low]!;
        if (low + 1 >= c) result = a;
        else {
          const frac = h - low;
          result = frac === 0 ? a : a + frac * (sortedValues[base + low + 1]! - a);
        }
        break;
      }
      case AGG_RATIO: {
        const den = denominatorSum === null ? 0 : denominatorSum[g]!;
        defined = den !== 0;
        if (defined) result = (numeratorSum![g]! / den) * ratioScale[k]!;
        break;
      }
      case AGG_WEIGHTED: {
        const ws = weightSum === null ? c : weightSum[g]!;
        defined = ws !== 0;
        if (defined) result = (weightedSum === null ? sum[g]! : weightedSum[g]!) / ws;
        break;
      }
      default: {
        const v = finalizePartial(partialOfColumns(out, g, shapes[k]!), kpis[k]!);
        defined = v !== null;
        if (v !== null) result = v;
      }
    }
    if (defined) {
      value[g] = result;
      hasValue[g] = 1;
    }
  }
}

/**
 * Aggregates columnar records into partials per (KPI, subject, period): the one hot loop of kpi-kit (README.md#performance).
 *
 * @remarks
 * Internal. Ids are integer codes; the period is found by interpolation on the period index's boundaries; a group's
 * slot is its composite key `(kpi·nSubjects + subject)·nPeriods + period` when the key space is moderate (else a
 * `Map` hands out slots). Pass 1 counts the records of each slot (and adds numerators and denominators); a counting
 * sort then scatters the values into one array, grouped by slot in canonical order and in record order within a
 * group; pass 2 walks each group's run once (count, sum, min, max, Welford's mean and m2, first/last, weights,
 * statuses, survey tallies) and sorts the run in place for quantiles. No object is allocated per row or per group:
 * the result is columnar and its `groups` objects are built on first access. `rowsStyle` chooses error paths
 * `[i, field]` (and `NaN` meaning "absent", set by the row converter) rather than `[field, i]`.
 *
 * @param columns - The records as columns.
 * @param kpis - The KPIs; `columns.kpi` holds indices into this list.
 * @param options - Grain, calendar and the other options of `aggregateRows`.
 * @param where - The public function's name, for error messages.
 * @param rowsStyle - `true` for row paths and `NaN` = absent.
 * @returns The periods and groups.
 * @throws {@link KpiError} as documented by the public functions.
 *
 * @example
 * ```ts
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;
 * aggregateColumnsCore(
 *   { n: 1, kpi: [0], subject: null, at: [0], value: [5], numerator: null, denominator: null, weight: null, status: null, subjectIds: ["s"], rowIndex: null },
 *   [kpi], { grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } }, "aggregateColumns", false,
 * ).groups[0]?.value;
 * //=> 5
 * ```
 */
export function aggregateColumnsCore(
  columns: EngineColumns,
  kpis: readonly AggregationKpi[],
  options: AggregateOptions,
  where: string,
  rowsStyle: boolean,
): PeriodAggregates {
  const method = options.quantiles ?? "exact";
  const alpha = options.relativeAccuracy ?? 0.01;
  const pooled = (options.subjects ?? "each") === "pooled";
  if (method !== "exact" && method !== "sketch") {
    throw new KpiError("invalid_argument", `${where}: quantiles must be "exact" or "sketch"`, { path: ["quantiles"] });
  }
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new KpiError("invalid_argument", `${where}: relativeAccuracy must be between 0 and 1`, { path: ["relativeAccuracy"] });
  }
  if (options.subjects !== undefined && options.subjects !== "each" && options.subjects !== "pooled") {
    throw new KpiError("invalid_argument", `${where}: subjects must be "each" or "pooled"`, { path: ["subjects"] });
  }
  const n = columns.n;
  const subject = pooled ? null : columns.subject;
  const nK = kpis.length;
  const nS = pooled ? 1 : Math.max(1, columns.subjectIds.length);
  const keepValues = method === "exact";
  const flags = new Uint8Array(nK);
  const shapes: GroupShape[] = [];
  let anyFirstLast = false, anySurvey = false, anyValues = false;
  for (let i = 0; i < nK; i++) {
    const k = kpis[i]!;
    flags[i] =
      (k.measure.kind === "ratio" ? FLAG_RATIO : 0) |
      (k.measure.kind === "survey" ? FLAG_SURVEY : 0) |
      (needsQuantileValues(k) ? FLAG_VALUES : 0) |
      (k.aggregation === "first" || k.aggregation === "last" ? FLAG_FIRST_LAST : 0);
    const flag = flags[i]!;
    anyFirstLast ||= (flag & FLAG_FIRST_LAST) !== 0;
    anySurvey ||= (flag & FLAG_SURVEY) !== 0;
    anyValues ||= (flag & FLAG_VALUES) !== 0;
    shapes.push({ keepsValues: keepValues && (flag & FLAG_VALUES) !== 0, keepsFirstLast: (flag & FLAG_FIRST_LAST) !== 0 });
  }
  const [minAt, maxAt] = columns.checkedRange ?? scanColumns(columns, subject, nK, nS, where, rowsStyle);
  const grain = options.grain;
  const index = createPeriodIndex(n === 0 ? 0 : minAt, n === 0 ? 0 : Math.floor(maxAt) + 1, grain, options.calendar);
  const periods = index.periods;
  const kpiIds = kpis.map((k) => k.id);
  const subjectIds = pooled ? [] : columns.subjectIds;
  if (n === 0) {
    const none = new Int32Array(0);
    const empty = allocateColumns(0, [none, none, none], 0, kpiIds, subjectIds, false, false, false, false, false, false);
    return createPeriodAggregates(grain, [], empty, shapes);
  }
  const nP = periods.length;
  const nKeys = nK * nS * nP;
  const dense = nKeys <= Math.max(1 << 16, 4 * n) && nKeys <= DENSE_LIMIT;
  const ratioColumns = columns.numerator !== null || columns.denominator !== null;
  const initial = dense ? nKeys : Math.max(16, Math.min(n, 1 << 16));
  const pass: Pass = {
    rowSlot: scratchArray("core.rowSlot", "i32", n),
    counts: scratchArray("core.counts", "i32", initial).fill(0),
    numerators: ratioColumns ? scratchArray("core.numerators", "f64", initial).fill(0) : null,
    denominators: ratioColumns ? scratchArray("core.denominators", "f64", initial).fill(0) : null,
    ratioRecords: ratioColumns ? scratchArray("core.ratioRecords", "f64", initial).fill(0) : null,
    zeroDenominators: ratioColumns ? scratchArray("core.zeroDenominators", "f64", initial).fill(0) : null,
    ratioSums: ratioColumns ? scratchArray("core.ratioSums", "f64", initial).fill(0) : null,
    slotKey: dense ? null : new Float64Array(initial),
    slotMap: dense ? null : new Map<number, number>(),
    slots: 0,
    kept: 0,
  };
  if (!dense) {
    // Sparse slots grow by copying: give them their own buffers, not scratch ones.
    pass.counts = new Int32Array(initial);
    if (ratioColumns) {
      pass.numerators = new Float64Array(initial);
      pass.denominators = new Float64Array(initial);
      pass.ratioRecords = new Float64Array(initial);
      pass.zeroDenominators = new Float64Array(initial);
      pass.ratioSums = new Float64Array(initial);
    }
  }
  mainPass(pass, columns, subject, flags, index.starts, nS, where, rowsStyle);

  const order = dense
    ? denseOrder(pass.counts, nK, nS, nP, pooled ? null : subjectIds)
    : sparseOrder(pass.slotKey!, pass.slots, nKeys, nS, nP, pooled ? null : subjectIds);
  const size = order[0].length;
  const out = allocateColumns(
    size,
    [order[1], order[2], order[3]],
    keepValues ? pass.kept : 0,
    kpiIds,
    subjectIds,
    ratioColumns,
    columns.weight !== null,
    anyFirstLast,
    columns.status !== null,
    anyValues && !keepValues,
    anySurvey,
  );
  const groupSlot = order[0];
  const runStart = scratchArray("core.runStart", "i32", size + 1);
  const records = startRuns(pass.counts, groupSlot, runStart);
  const runValue = scratchArray("core.runValue", "f64", records);
  const runRow = anyFirstLast || anySurvey || columns.weight !== null || columns.status !== null ? scratchArray("core.runRow", "i32", records) : null;
  scatterRuns(pass.rowSlot, n, pass.counts, columns.value, columns.weight, runValue, runRow);
  const invalidAnswers = anySurvey ? screenSurveyRuns(out, runStart, runValue, runRow!, columns, flags, kpis) : null;
  summarizeRuns(out, runStart, runValue, groupSlot, pass);
  if (runRow !== null) summarizeRunRows(out, runStart, runValue, runRow, columns, flags, invalidAnswers);
  if (anyValues) {
    if (keepValues) keepRunValues(out, runStart, runValue, flags);
    else sketchRunValues(out, runStart, runValue, flags, alpha);
  }
  finalizeRuns(out, kpis, flags, shapes, keepValues);
  return createPeriodAggregates(grain, periods, out, shapes);
}
