import type { AggregationKpi } from "../aggregationKpi.js";
import { KpiError } from "../../errors.js";
import { createPeriodIndex } from "../../time/createPeriodIndex.js";
import { createPeriodAggregates } from "./createPeriodAggregates.js";
import { flagKpis } from "./flagKpis.js";
import { scratchArray } from "./scratchArray.js";
import type { AggregateOptions, PeriodAggregates } from "../periodAggregates.js";
import { allocateColumns } from "./allocateColumns.js";
import { type Pass, RATIO_FIELDS, countGroups } from "./countGroups.js";
import type { EngineCaller, EngineColumns } from "./engineColumns.js";
import { finalizeRuns } from "./finalizeRuns.js";
import { denseOrder, sparseOrder } from "./orderGroups.js";
import { scanColumns } from "./scanColumns.js";
import { scatterRuns, startRuns } from "./scatterRuns.js";
import { keepRunValues, screenSurveyRuns, sketchRunValues, summarizeRunRows, summarizeRuns } from "./summarizeRuns.js";

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
 * group; pass 2 walks each group's run once (count, sum, min, max, Welford's mean and m2, first/last, weights,
 * statuses, survey tallies) and sorts the run in place for quantiles. No object is allocated per row or per group:
 * the result is columnar and its `groups` objects are built on first access. The caller's `form` chooses error
 * paths: `"rows"` gives `[i, field]` (and reads `NaN` as "absent", set by the row converter), `"columns"` gives
 * `[field, i]`. The steps live beside it in `_lib/`: scanColumns, countGroups, orderGroups, allocateColumns,
 * scatterRuns, summarizeRuns and finalizeRuns.
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
  const [minAt, maxAt] = columns.checkedRange ?? scanColumns(columns, subject, nK, nS, caller);
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
    ratios: ratioColumns ? scratchArray("core.ratios", "f64", initial * RATIO_FIELDS).fill(0) : null,
    slotKey: dense ? null : new Float64Array(initial),
    slotMap: dense ? null : new Map<number, number>(),
    slots: 0,
    kept: 0,
  };
  if (!dense) {
    // Sparse slots grow by copying: give them their own buffers, not scratch ones.
    pass.counts = new Int32Array(initial);
    if (ratioColumns) pass.ratios = new Float64Array(initial * RATIO_FIELDS);
  }
  countGroups(pass, columns, subject, flags, index.starts, nS, caller);

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
