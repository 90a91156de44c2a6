import type { AggregationKpi } from "../aggregationKpi.js";
import { KpiError } from "../../errors.js";
import { createPeriodIndex } from "../../time/createPeriodIndex.js";
import { createPeriodAggregates } from "./createPeriodAggregates.js";
import { flagKpis } from "./flagKpis.js";
import { scratchArray } from "./scratchArray.js";
import type { AggregateOptions, PeriodAggregates } from "../periodAggregates.js";
import { allocateColumns } from "./allocateColumns.js";
import { type Pass, RATIO_FIELDS, countBareRows, countGroups } from "./countGroups.js";
import { type EngineCaller, type EngineColumns, FLAG_RATIO } from "./engineColumns.js";
import { finalizeRuns } from "./finalizeRuns.js";
import { denseOrder, sparseOrder } from "./orderGroups.js";
import { instantRange } from "./instantRange.js";
import { scatterRuns, startRuns } from "./scatterRuns.js";
import { copyRatioSums, screenSurveyRuns, sketchRunValues, summarizeRunRows, summarizeRuns } from "./summarizeRuns.js";

/** Dense group slots (the composite key itself) up to this many keys (64 MB of counters at most). */
export const DENSE_LIMIT = 1 << 24;

/**
 * Aggregates columnar records into partials per (KPI, subject, period): the one hot loop of kpi-kit (README.md#performance).
 *
 * @remarks
 * Internal. Ids are integer codes; the period is found by interpolation on the period index's boundaries; a group's
 * slot is its composite key `(kpi·nSubjects + subject)·nPeriods + period` when the key space is moderate (else a
 * `Map` hands out slots). Pass 1 counts the records of each slot (and adds numerators and denominators); a counting
 * sort then scatters the values into one array, grouped by slot in canonical order and in record order within a
 * group (a record without a value stays out of the runs, counted apart, unless a later pass reads the rows of a run:
 * `Pass.bare`); pass 2 walks each group's run once (count, sum, min, max, Welford's mean and m2, first/last, weights,
 * statuses, survey tallies) and copies and sorts the values of quantile KPIs. No object is allocated per row or per
 * group: the result is columnar and its `groups` objects are built on first access. The caller's `form` chooses error
 * paths: `"rows"` gives `[i, field]` (and reads `NaN` as "absent", set by the row converter), `"columns"` gives
 * `[field, i]`. Memory: the working arrays are pooled scratch; columns that are the caller's own scratch (`owned`)
 * take the row slots and the values in group order as well, and with dense slots ratio sums are kept only for the
 * KPIs with ratio records (`Pass.ratioBlock`). The steps live beside
 * it in `_lib/`: instantRange, countGroups, orderGroups, allocateColumns, scatterRuns, summarizeRuns and
 * finalizeRuns.
 *
 * @param columns - The records as columns.
 * @param kpis - The KPIs; `columns.kpi` holds indices into this list.
 * @param options - Grain, calendar and the other options of `aggregateRows`.
 * @param caller - The public function's name and the form of its input, for error messages and paths.
 * @returns The periods and groups.
 * @throws {@link KpiError} as documented by the public functions.
 *
 * @example
 * ```ts
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;
 * aggregateColumnsCore(
 *   { n: 1, kpi: [0], subject: null, at: [0], value: [5], numerator: null, denominator: null, weight: null, status: null, subjectIds: ["s"], rowIndex: null },
 *   [kpi], { grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } }, { name: "aggregateColumns", form: "columns" },
 * ).groups[0]?.value;
 * //=> 5
 * ```
 */
export function aggregateColumnsCore(
  columns: EngineColumns,
  kpis: readonly AggregationKpi[],
  options: AggregateOptions,
  caller: EngineCaller,
): PeriodAggregates {
  const method = options.quantiles ?? "exact";
  const alpha = options.relativeAccuracy ?? 0.01;
  const pooled = (options.subjects ?? "each") === "pooled";
  if (method !== "exact" && method !== "sketch") {
    throw new KpiError("invalid_argument", `${caller.name}: quantiles must be "exact" or "sketch"`, { path: ["quantiles"] });
  }
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new KpiError("invalid_argument", `${caller.name}: relativeAccuracy must be between 0 and 1`, { path: ["relativeAccuracy"] });
  }
  if (options.subjects !== undefined && options.subjects !== "each" && options.subjects !== "pooled") {
    throw new KpiError("invalid_argument", `${caller.name}: subjects must be "each" or "pooled"`, { path: ["subjects"] });
  }
  const n = columns.n;
  const subject = pooled ? null : columns.subject;
  const nK = kpis.length;
  const nS = pooled ? 1 : Math.max(1, columns.subjectIds.length);
  const keepValues = method === "exact";
  const { flags, shapes, anyFirstLast, anySurvey, anyValues } = flagKpis(kpis, keepValues);
  const [minAt, maxAt] = columns.checkedRange ?? instantRange(columns.at, n);
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
  // Dense slots: ratio sums for the KPIs with ratio records only, a block of slots each: open from the start for the
  // KPIs whose rows have numerators or denominators when the caller says which (`ratioKpis`), else for the ratio KPIs;
  // any other KPI's block opens at its first ratio record.
  let ratioBlock: Int32Array | null = null;
  let ratioSlots = initial;
  let ratioBlocks = 0;
  const ratioKpis = columns.ratioKpis ?? null;
  if (dense && ratioColumns) {
    ratioBlock = new Int32Array(nK).fill(-1);
    for (let k = 0; k < nK; k++) {
      if (ratioKpis !== null ? ratioKpis[k] === 1 : (flags[k]! & FLAG_RATIO) !== 0) ratioBlock[k] = ratioBlocks++;
    }
    ratioSlots = ratioBlocks * nS * nP;
  }
  // Scratch columns of the caller's own are written over once read (`EngineColumns.owned`): the slots over the KPI
  // codes (each row's code is read before its slot is written), the values in group order over the instants.
  // Rows without a value stay out of the runs unless a later pass reads the rows of a run (`Pass.bare`).
  const runRows = anyFirstLast || anySurvey || columns.weight !== null || columns.status !== null;
  const bareRows = !runRows;
  const owned = columns.owned === true && columns.kpi instanceof Int32Array && columns.at instanceof Float64Array;
  const pass: Pass = {
    rowSlot: owned ? (columns.kpi as Int32Array).subarray(0, n) : scratchArray("core.rowSlot", "i32", n),
    counts: scratchArray("core.counts", "i32", initial).fill(0),
    bare: bareRows ? scratchArray("core.bare", "i32", initial).fill(0) : null,
    ratios: ratioColumns ? scratchArray("core.ratios", "f64", ratioSlots * RATIO_FIELDS).fill(0) : null,
    ratioSeen: ratioColumns ? new Uint8Array(nK) : null,
    ratioBlock,
    ratioBlocks,
    slotsPerKpi: nS * nP,
    slotKey: dense ? null : new Float64Array(initial),
    slotMap: dense ? null : new Map<number, number>(),
    slots: 0,
  };
  if (!dense) {
    // Sparse slots grow by copying: give them their own buffers, not scratch ones.
    pass.counts = new Int32Array(initial);
    if (bareRows) pass.bare = new Int32Array(initial);
    if (ratioColumns) pass.ratios = new Float64Array(initial * RATIO_FIELDS);
  }
  const kept = countGroups(pass, columns, subject, flags, index.starts, nS, caller);
  countBareRows(pass, nK);

  const order = dense
    ? denseOrder(pass.counts, pass.bare, nK, nS, nP, pooled ? null : subjectIds)
    : sparseOrder(pass.slotKey!, pass.slots, nKeys, nS, nP, pooled ? null : subjectIds);
  const size = order[0].length;
  const out = allocateColumns(
    size,
    [order[1], order[2], order[3]],
    keepValues ? kept : 0,
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
  const runRow = runRows ? scratchArray("core.runRow", "i32", records) : null;
  // The instants are read again through runRow only (first/last); else their column is free once the slots are known.
  const runValue = owned && runRow === null ? (columns.at as Float64Array).subarray(0, records) : scratchArray("core.runValue", "f64", records);
  scatterRuns(pass.rowSlot, n, pass.counts, columns.value, columns.weight, runValue, runRow);
  const invalidAnswers = anySurvey ? screenSurveyRuns(out, runStart, runValue, runRow!, columns, flags, kpis) : null;
  summarizeRuns(out, runStart, runValue, groupSlot, pass, anyValues && keepValues ? flags : null);
  if (pass.ratios !== null) copyRatioSums(out, groupSlot, pass, pass.ratios);
  if (runRow !== null) summarizeRunRows(out, runStart, runValue, runRow, columns, flags, invalidAnswers);
  if (anyValues && !keepValues) sketchRunValues(out, runStart, runValue, flags, alpha);
  finalizeRuns(out, kpis, flags, shapes, keepValues);
  return createPeriodAggregates(grain, periods, out, shapes);
}
