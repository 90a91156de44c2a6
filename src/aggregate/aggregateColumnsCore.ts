import type { KpiDefinition } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";
import { createPeriodIndex } from "../time/createPeriodIndex.js";
import { addToSketchBins, type SketchBins } from "./addToSketchBins.js";
import { finalizePartial } from "./finalizePartial.js";
import { needsQuantileValues } from "./needsQuantileValues.js";
import { scratchArray } from "./scratchArray.js";
import type { PartialAggregate, StatusCounts } from "./partialAggregate.js";
import type { QuantileSketch } from "./quantileSketch.js";
import type { Period } from "../time/period.js";
import type { AggregateOptions, PeriodAggregates, PeriodGroup } from "./periodAggregates.js";

/** The KPI fields the aggregation engine reads. @category Aggregate */
export type EngineKpi = Pick<KpiDefinition, "measure" | "aggregation"> & {
  readonly id: string;
  readonly quantile?: number | undefined;
};

/**
 * Columnar input of the aggregation engine (internal to kpi-kit's aggregate functions).
 *
 * @category Aggregate
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
}

// Block A (one 64-byte cache line per group, touched by every row) and block B (touched only by ratio rows, KPIs
// aggregated by first/last, weighted rows and survey rows).
const STRIDE = 8;
const RECORDS = 0, COUNT = 1, SUM = 2, MIN = 3, MAX = 4, MEAN = 5, M2 = 6, NUMERATOR = 7;
const DENOMINATOR = 0, FIRST_AT = 1, FIRST_VALUE = 2, LAST_AT = 3, LAST_VALUE = 4, WEIGHT = 5, WEIGHTED = 6, INVALID_ANSWERS = 7;
const NO_STATUSES: StatusCounts = Object.freeze({ provisional: 0, estimated: 0, revised: 0 });
const FLAG_RATIO = 1, FLAG_SURVEY = 2, FLAG_VALUES = 4, FLAG_FIRST_LAST = 8;

function growF64(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  b.fill(0, a.length);
  return b;
}

/** A zeroed scratch array (its pages are touched in order now, not at random later: random first touches are slow). */
function zeroedF64(name: string, size: number): Float64Array {
  return scratchArray(name, "f64", size).fill(0);
}

type FailCode = "non_finite" | "invalid_weight" | "invalid_denominator" | "invalid_input" | "unknown_reference";

function fail(where: string, rowsStyle: boolean, code: FailCode, i: number, field: string, what: string): never {
  const path = rowsStyle ? [i, field] : [field, i];
  throw new KpiError(code, `${where}: ${rowsStyle ? `rows[${i}].${field}` : `${field}[${i}]`} ${what}`, { path });
}

/** Sorts group slots by KPI, subject id and period, from their composite keys. */
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
    const used = scratchArray("core.used", "u8", nS).fill(0);
    for (let slot = 0; slot < slots; slot++) {
      const key = slotKey[slot]!;
      const rest = key - Math.floor(key / nSP) * nSP;
      used[Math.floor(rest / nP)] = 1;
    }
    const byId: { id: string; code: number }[] = [];
    for (let code = 0; code < nS; code++) if (used[code] === 1) byId.push({ id: subjectIds[code] ?? "", code });
    byId.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (let rank = 0; rank < byId.length; rank++) subjectRank[byId[rank]!.code] = rank;
  }
  const keys = scratchArray("core.sortKeys", "f64", slots);
  for (let slot = 0; slot < slots; slot++) {
    const key = slotKey[slot]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    keys[slot] = (k * nS + subjectRank[s]!) * nP + (rest - s * nP);
  }
  const order = scratchArray("core.order", "i32", slots);
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

/** The accumulators of the engine, grown as groups appear. */
interface EngineState {
  st: Float64Array;
  st2: Float64Array;
  slotKey: Float64Array;
  statusCounts: Float64Array | null;
  capacity: number;
  slots: number;
  kept: number;
  readonly slotOf: Int32Array | null;
  readonly slotMap: Map<number, number> | null;
  readonly valueOf: Float64Array;
  readonly valueSlot: Int32Array;
  readonly keepValues: boolean;
  readonly weighted: boolean;
  readonly sketches: (SketchBins | undefined)[];
  readonly inverseLogGamma: number;
  readonly tallies: (Record<string, number> | undefined)[];
}

/** Pass 1: validates KPI and subject codes and instants; returns the range and how many values to keep. */
function scanColumns(
  columns: EngineColumns,
  subject: ArrayLike<number> | null,
  flags: Uint8Array,
  nS: number,
  where: string,
  rowsStyle: boolean,
): { minAt: number; maxAt: number; valueRows: number } {
  const { n, kpi, at, rowIndex } = columns;
  const nK = flags.length;
  let minAt = Infinity;
  let maxAt = -Infinity;
  let valueRows = 0;
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
    if ((flags[k]! & FLAG_VALUES) !== 0) valueRows++;
  }
  return { minAt, maxAt, valueRows };
}

/** Pass 2, the hot loop: period look-up, group slot, accumulators. Allocates nothing per row. */
function accumulateColumns(
  state: EngineState,
  columns: EngineColumns,
  subject: ArrayLike<number> | null,
  flags: Uint8Array,
  kpis: readonly EngineKpi[],
  starts: Float64Array,
  nS: number,
  where: string,
  rowsStyle: boolean,
): void {
  const { n, kpi, at, value, numerator, denominator, weight, status, rowIndex } = columns;
  const nP = starts.length - 1;
  const first = starts[0]!;
  const scale = nP / (starts[nP]! - first);
  const slotOf = state.slotOf;
  const slotMap = state.slotMap;
  const dense = slotOf !== null;
  const valueOf = state.valueOf;
  const valueSlot = state.valueSlot;
  const keepValues = state.keepValues;
  let st = state.st;
  let st2 = state.st2;
  const weighted = weight !== null;
  let statusCounts = state.statusCounts;
  let slots = state.slots;
  let kept = state.kept;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!;
    const flag = flags[k]!;
    const ms = at[i]!;
    let p = Math.floor((ms - first) * scale);
    if (p >= nP) p = nP - 1;
    while (starts[p]! > ms) p--;
    while (starts[p + 1]! <= ms) p++;
    const key = (k * nS + (subject === null ? 0 : subject[i]!)) * nP + p;

    let w = 1;
    if (weight !== null) {
      w = weight[i]!;
      if (w !== w && rowsStyle) w = 1;
      else if (w - w !== 0) fail(where, rowsStyle, "non_finite", rowIndex === null ? i : rowIndex[i]!, "weight", "must be a finite number");
      else if (w < 0) fail(where, rowsStyle, "invalid_weight", rowIndex === null ? i : rowIndex[i]!, "weight", "must not be negative");
    }
    const v = value === null ? NaN : value[i]!;
    const hasValue = v - v === 0;
    if (!hasValue && v === v) fail(where, rowsStyle, "non_finite", rowIndex === null ? i : rowIndex[i]!, "value", "must be a finite number");
    const num = numerator === null ? NaN : numerator[i]!;
    const den = denominator === null ? NaN : denominator[i]!;
    const hasRatio = num === num || den === den;
    if (hasRatio && !(num - num === 0 && den - den === 0 && den >= 0)) {
      const at2 = rowIndex === null ? i : rowIndex[i]!;
      if (num - num !== 0 && num === num) fail(where, rowsStyle, "non_finite", at2, "numerator", "must be a finite number");
      if (den - den !== 0 && den === den) fail(where, rowsStyle, "non_finite", at2, "denominator", "must be a finite number");
      if (num !== num) fail(where, rowsStyle, "invalid_denominator", at2, "numerator", "is missing: a ratio record has both");
      if (den !== den) fail(where, rowsStyle, "invalid_denominator", at2, "denominator", "is missing: a ratio record has both");
      fail(where, rowsStyle, "invalid_denominator", at2, "denominator", "must not be negative");
    }
    if ((flag & FLAG_RATIO) !== 0) {
      if (!hasRatio) {
        fail(where, rowsStyle, "invalid_denominator", rowIndex === null ? i : rowIndex[i]!, "denominator", "is missing: a ratio KPI needs a numerator and a denominator");
      }
    } else if (!hasValue) {
      if (rowsStyle) fail(where, rowsStyle, "invalid_input", rowIndex === null ? i : rowIndex[i]!, "value", "is missing");
      fail(where, rowsStyle, "non_finite", i, "value", "must be a finite number");
    }
    if (w === 0) continue;

    let slot = dense ? slotOf[key]! : (slotMap!.get(key) ?? -1);
    if (slot < 0) {
      if (slots === state.capacity) {
        state.slots = slots;
        growState(state);
        st = state.st;
        st2 = state.st2;
        statusCounts = state.statusCounts;
      }
      slot = slots++;
      state.slotKey[slot] = key;
      const b0 = slot * STRIDE;
      st[b0 + MIN] = Infinity;
      st[b0 + MAX] = -Infinity;
      st2[b0 + FIRST_AT] = Infinity;
      st2[b0 + LAST_AT] = -Infinity;
      if (dense) slotOf[key] = slot;
      else slotMap!.set(key, slot);
    }
    const b = slot * STRIDE;
    st[b + RECORDS]! += 1;
    if (statusCounts !== null) {
      const s = status![i]!;
      if (s !== 0) statusCounts[slot * 3 + s - 1]! += 1;
    }
    if (hasRatio) {
      st[b + NUMERATOR]! += num;
      st2[b + DENOMINATOR]! += den;
    }
    if (!hasValue) continue;
    const c = st[b + COUNT]! + 1;
    st[b + COUNT] = c;
    st[b + SUM]! += v;
    const mean = st[b + MEAN]!;
    const delta = v - mean;
    const nextMean = mean + delta / c;
    st[b + MEAN] = nextMean;
    st[b + M2]! += delta * (v - nextMean);
    if (v < st[b + MIN]!) st[b + MIN] = v;
    if (v > st[b + MAX]!) st[b + MAX] = v;
    if ((flag & FLAG_FIRST_LAST) !== 0) {
      const firstAt = st2[b + FIRST_AT]!;
      if (ms < firstAt || (ms === firstAt && v > st2[b + FIRST_VALUE]!)) {
        st2[b + FIRST_AT] = ms;
        st2[b + FIRST_VALUE] = v;
      }
      const lastAt = st2[b + LAST_AT]!;
      if (ms > lastAt || (ms === lastAt && v > st2[b + LAST_VALUE]!)) {
        st2[b + LAST_AT] = ms;
        st2[b + LAST_VALUE] = v;
      }
    }
    if (weighted) {
      st2[b + WEIGHT]! += w;
      st2[b + WEIGHTED]! += w * v;
    }
    if (flag > FLAG_RATIO) {
      if ((flag & FLAG_VALUES) !== 0) {
        if (keepValues) {
          valueOf[kept] = v;
          valueSlot[kept++] = slot;
        } else addToSketch(state, slot, v);
      }
      if ((flag & FLAG_SURVEY) !== 0) addToTally(state, kpis[k]!, slot, v, w);
    }
  }
  state.slots = slots;
  state.kept = kept;
}

function growState(state: EngineState): void {
  const capacity = state.capacity * 2;
  state.capacity = capacity;
  state.st = growF64(state.st, capacity * STRIDE);
  state.st2 = growF64(state.st2, capacity * STRIDE);
  state.slotKey = growF64(state.slotKey, capacity);
  if (state.statusCounts !== null) state.statusCounts = growF64(state.statusCounts, capacity * 3);
}

function addToSketch(state: EngineState, slot: number, v: number): void {
  let bins = state.sketches[slot];
  if (bins === undefined) state.sketches[slot] = bins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
  addToSketchBins(bins, v, state.inverseLogGamma, 1);
}

function addToTally(state: EngineState, kpi: EngineKpi, slot: number, v: number, w: number): void {
  const measure = kpi.measure as { readonly scaleMin: number; readonly scaleMax: number };
  if (Number.isInteger(v) && v >= measure.scaleMin && v <= measure.scaleMax) {
    let tally = state.tallies[slot];
    if (tally === undefined) state.tallies[slot] = tally = {};
    const answer = String(v);
    tally[answer] = (tally[answer] ?? 0) + w;
  } else state.st2[slot * STRIDE + INVALID_ANSWERS]! += w;
}

/** The sorted values of each slot, by a counting sort on the slot: `[starts per slot, values]`. */
function valuesBySlot(state: EngineState): [Int32Array, Float64Array] | null {
  const { kept, slots, valueSlot, valueOf } = state;
  if (!state.keepValues || kept === 0) return null;
  const valueStart = scratchArray("core.valueStart", "i32", slots + 1).fill(0);
  for (let j = 0; j < kept; j++) valueStart[valueSlot[j]! + 1]! += 1;
  for (let s = 0; s < slots; s++) valueStart[s + 1]! += valueStart[s]!;
  const fill = scratchArray("core.fill", "i32", slots);
  fill.set(valueStart.subarray(0, slots));
  const sorted = scratchArray("core.sorted", "f64", kept);
  for (let j = 0; j < kept; j++) sorted[fill[valueSlot[j]!]!++] = valueOf[j]!;
  return [valueStart, sorted];
}

/** Builds the groups in canonical order from the accumulators. */
function buildGroups(
  state: EngineState,
  kpis: readonly EngineKpi[],
  flags: Uint8Array,
  subjectIds: readonly string[] | null,
  periods: readonly Period[],
  nS: number,
  alpha: number,
): PeriodGroup[] {
  const nP = periods.length;
  const nKeys = kpis.length * nS * nP;
  const slots = state.slots;
  const st = state.st;
  const st2 = state.st2;
  const weighted = state.weighted;
  const statusCounts = state.statusCounts;
  const order = canonicalOrder(state.slotKey, slots, nKeys, nS, nP, subjectIds);
  const byslot = valuesBySlot(state);
  const nSP = nS * nP;
  const groups: PeriodGroup[] = new Array<PeriodGroup>(slots);
  for (let j = 0; j < slots; j++) {
    const slot = order[j]!;
    const key = state.slotKey[slot]!;
    const k = Math.floor(key / nSP);
    const rest = key - k * nSP;
    const s = Math.floor(rest / nP);
    const p = rest - s * nP;
    const b = slot * STRIDE;
    const count = st[b + COUNT]!;
    const flag = flags[k]!;
    let values: number[] | null = null;
    let sketch: QuantileSketch | null = null;
    if ((flag & FLAG_VALUES) !== 0) {
      if (state.keepValues) {
        values = byslot === null ? [] : sortedSlice(byslot[1], byslot[0][slot]!, byslot[0][slot + 1]!);
      } else {
        const bins = state.sketches[slot] ?? { count: 0, zeroCount: 0, positive: {}, negative: {} };
        sketch = { relativeAccuracy: alpha, count: bins.count, zeroCount: bins.zeroCount, positive: bins.positive, negative: bins.negative };
      }
    }
    let statuses = NO_STATUSES;
    if (statusCounts !== null) {
      const provisional = statusCounts[slot * 3]!;
      const estimated = statusCounts[slot * 3 + 1]!;
      const revised = statusCounts[slot * 3 + 2]!;
      if (provisional + estimated + revised > 0) statuses = { provisional, estimated, revised };
    }
    const partial: PartialAggregate = {
      records: st[b + RECORDS]!,
      count,
      sum: st[b + SUM]!,
      min: count === 0 ? null : st[b + MIN]!,
      max: count === 0 ? null : st[b + MAX]!,
      mean: st[b + MEAN]!,
      m2: st[b + M2]!,
      firstAt: count === 0 || (flag & FLAG_FIRST_LAST) === 0 ? null : st2[b + FIRST_AT]!,
      firstValue: count === 0 || (flag & FLAG_FIRST_LAST) === 0 ? null : st2[b + FIRST_VALUE]!,
      lastAt: count === 0 || (flag & FLAG_FIRST_LAST) === 0 ? null : st2[b + LAST_AT]!,
      lastValue: count === 0 || (flag & FLAG_FIRST_LAST) === 0 ? null : st2[b + LAST_VALUE]!,
      numeratorSum: st[b + NUMERATOR]!,
      denominatorSum: st2[b + DENOMINATOR]!,
      weightSum: weighted ? st2[b + WEIGHT]! : count,
      weightedSum: weighted ? st2[b + WEIGHTED]! : st[b + SUM]!,
      values,
      sketch,
      survey: (flag & FLAG_SURVEY) === 0 ? null : { answers: state.tallies[slot] ?? {}, invalid: st2[b + INVALID_ANSWERS]! },
      statuses,
    };
    const kpi = kpis[k]!;
    groups[j] = {
      kpiId: kpi.id,
      subjectId: subjectIds === null ? null : (subjectIds[s] ?? null),
      period: periods[p]!.label,
      partial,
      value: finalizePartial(partial, kpi),
    };
  }
  return groups;
}

/** Sorts `sorted[from, to)` in place (a group's values) and copies it out as a plain array. */
function sortedSlice(all: Float64Array, from: number, to: number): number[] {
  const n = to - from;
  // Insertion sort: groups are small; typed-array views cost more than they save below ~64 values.
  if (n <= 64) {
    for (let i = from + 1; i < to; i++) {
      const x = all[i]!;
      let j = i - 1;
      while (j >= from && all[j]! > x) {
        all[j + 1] = all[j]!;
        j--;
      }
      all[j + 1] = x;
    }
  } else all.subarray(from, to).sort();
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = all[from + i]!;
  return out;
}

/**
 * Aggregates columnar records into partials per (KPI, subject, period): the one hot loop of kpi-kit (DESIGN §5).
 *
 * @remarks
 * Internal. Ids are integer codes; the period is found by interpolation on the period index's boundaries; the
 * accumulators of a group are 16 adjacent doubles of one `Float64Array` (one group = two cache lines); a dense
 * `Int32Array` maps the composite key `(kpi·nSubjects + subject)·nPeriods + period` to a group slot when the key
 * space is small, else a `Map`; values for quantiles are collected into typed arrays for the KPIs that need them and
 * sorted per group at the end. No object is allocated per row. `rowsStyle` chooses error paths `[i, field]` (and
 * `NaN` meaning "absent", set by the row converter) rather than `[field, i]`.
 *
 * @param columns - The records as columns.
 * @param kpis - The KPIs; `columns.kpi` holds indices into this list.
 * @param options - Grain, calendar and the other options of `aggregateByPeriod`.
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
 *
 * @category Aggregate
 */
export function aggregateColumnsCore(
  columns: EngineColumns,
  kpis: readonly EngineKpi[],
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
  const flags = new Uint8Array(nK);
  for (let i = 0; i < nK; i++) {
    const k = kpis[i]!;
    flags[i] =
      (k.measure.kind === "ratio" ? FLAG_RATIO : 0) |
      (k.measure.kind === "survey" ? FLAG_SURVEY : 0) |
      (needsQuantileValues(k) ? FLAG_VALUES : 0) |
      (k.aggregation === "first" || k.aggregation === "last" ? FLAG_FIRST_LAST : 0);
  }
  const { minAt, maxAt, valueRows } = scanColumns(columns, subject, flags, nS, where, rowsStyle);
  const grain = options.grain;
  const index = createPeriodIndex(n === 0 ? 0 : minAt, n === 0 ? 0 : Math.floor(maxAt) + 1, grain, options.calendar);
  if (n === 0) return { grain, periods: [], groups: [] };
  const periods = index.periods;
  const nKeys = nK * nS * periods.length;
  const dense = nKeys <= Math.max(1 << 21, 2 * n);
  const capacity = Math.max(16, Math.min(nKeys, n, dense ? nKeys : 1 << 16));
  const keepValues = method === "exact";
  const state: EngineState = {
    st: zeroedF64("core.st", capacity * STRIDE),
    st2: zeroedF64("core.st2", capacity * STRIDE),
    weighted: columns.weight !== null,
    slotKey: scratchArray("core.slotKey", "f64", capacity),
    statusCounts: columns.status === null ? null : zeroedF64("core.status", capacity * 3),
    capacity,
    slots: 0,
    kept: 0,
    slotOf: dense ? scratchArray("core.slotOf", "i32", nKeys).fill(-1) : null,
    slotMap: dense ? null : new Map<number, number>(),
    valueOf: scratchArray("core.valueOf", "f64", keepValues ? valueRows : 0),
    valueSlot: scratchArray("core.valueSlot", "i32", keepValues ? valueRows : 0),
    keepValues,
    sketches: [],
    inverseLogGamma: 1 / Math.log((1 + alpha) / (1 - alpha)),
    tallies: [],
  };
  accumulateColumns(state, columns, subject, flags, kpis, index.starts, nS, where, rowsStyle);
  const groups = buildGroups(state, kpis, flags, pooled ? null : columns.subjectIds, periods, nS, alpha);
  return { grain, periods, groups };
}
