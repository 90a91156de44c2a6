import { batchIdAt } from "../../model/_lib/batchIds.js";
import { aggregateColumnsCore } from "../../aggregate/_lib/aggregateColumnsCore.js";
import { scratchArray } from "../../aggregate/_lib/scratchArray.js";
import { isKpiError, KpiError } from "../../errors.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";
import type { SeriesGroups, SeriesSource } from "./collectKpiSeries.js";
import { periodOf } from "../../time/periodOf.js";

/** Rows aggregated at a time (a period's rows are never split): the engine's columns for them take about 15 MB. */
const RUN_ROWS = 1 << 18;

/**
 * The `SeriesSource` of a checked {@link MeasurementBatch}: the records at `rows` (effective, in the order of
 * `effectiveMeasurements`) that match are gathered into the engine's columns — no record object is built — and
 * aggregated by the engine that `aggregateRows` runs, in the same row order, so the figures are the record path's to
 * the last bit. The rows are taken a run at a time, each run ending where a period ends (a group's rows all in one
 * run): at ten million records the engine's columns for all the rows at once were the report's peak (about 350 MB).
 * Internal to the report; the report tests run both paths.
 *
 * @param batch - A batch checked against the workspace.
 * @param rows - The effective records' indexes, in order (by instant, as `effectiveMeasurements` gives them).
 * @param runRows - Rows to aggregate at a time, at least (a period's rows are never split).
 * @returns The source.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 }]);
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
 * batchSeriesSource(batch, Int32Array.of(0))([kpi], "month", 0, 10, new Set(["s"]), { timeZone: "UTC", fiscalYearStartMonth: 1 })
 *   .groups.map((g) => [g.period, g.partial.sum]);
 * //=> [["1970-01", 2]]
 * ```
 */
export function batchSeriesSource(batch: MeasurementBatch, rows: Int32Array, runRows = RUN_ROWS): (...args: Parameters<SeriesSource>) => SeriesGroups {
  return (ofGrain, grain, from, to, known, calendar) => {
    // Batch KPI code → index in ofGrain (−1: another grain's KPI, or none of the workspace's).
    const kpiCode = new Int32Array(batch.kpiIds.length).fill(-1);
    const position = new Map(ofGrain.map((k, j) => [k.id as string, j]));
    batch.kpiIds.forEach((id, c) => (kpiCode[c] = position.get(id) ?? -1));
    const knownSubject = Uint8Array.from(batch.subjectIds, (id) => (known.has(id) ? 1 : 0));
    const { at } = batch;
    // The rows are in instant order: those in [from, to) are one run of them, found by binary search.
    const atRow = (r: number): number => at[rows[r]!]!;
    const first = firstRowFrom(atRow, from, 0, rows.length);
    const last = firstRowFrom(atRow, to, first, rows.length);
    const groups: SeriesGroups["groups"][number][] = [];
    // A run of rows at a time, cut where a period ends: each group (KPI, subject, period) lies within one run, so its
    // figures are those of one pass over all the rows, and the engine's columns for a run are all that is held at once.
    for (let r0 = first; r0 < last; ) {
      let r1 = Math.min(last, r0 + Math.max(1, runRows));
      if (r1 < last) r1 = firstRowFrom(atRow, periodOf(atRow(r1 - 1), grain, calendar).end, r1, last);
      for (const g of aggregateRun(batch, rows, r0, r1, kpiCode, knownSubject, ofGrain, grain, calendar).groups) groups.push(g);
      r0 = r1;
    }
    return { groups };
  };
}

// The first row in [lo, hi) whose instant is at or after t (rows in instant order).
function firstRowFrom(atRow: (r: number) => number, t: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atRow(mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Aggregates rows [r0, r1) of the KPIs with a code and the subjects known, in their order.
function aggregateRun(
  batch: MeasurementBatch,
  rows: Int32Array,
  r0: number,
  r1: number,
  kpiCode: Int32Array,
  knownSubject: Uint8Array,
  ofGrain: Parameters<SeriesSource>[0],
  grain: Parameters<SeriesSource>[1],
  calendar: Parameters<SeriesSource>[5],
): SeriesGroups {
  const { kpi, subject, at, value, numerator, denominator, weight, status } = batch;
  let n = 0;
  let previous = -Infinity;
  for (let r = r0; r < r1; r++) {
    const i = rows[r]!;
    const t = at[i]!;
    // Found by binary search: rows out of instant order would be missed, not merely misplaced.
    if (!(t >= previous)) throw new Error("batchSeriesSource: the rows are not in instant order");
    previous = t;
    if (kpiCode[kpi[i]!]! >= 0 && knownSubject[subject[i]!] === 1) n++;
  }
  // Scratch buffers, used again by the next run (and the next report): fresh memory costs a page fault per 4 KiB,
  // and nothing keeps these columns once the engine returns.
  const rowIndex = scratchArray("series.row", "i32", n);
  const kpiColumn = scratchArray("series.kpi", "i32", n);
  const subjectColumn = scratchArray("series.subject", "i32", n);
  const atColumn = scratchArray("series.at", "f64", n);
  const valueColumn = scratchArray("series.value", "f64", n);
  const numeratorColumn = scratchArray("series.numerator", "f64", n);
  const denominatorColumn = scratchArray("series.denominator", "f64", n);
  const weightColumn = scratchArray("series.weight", "f64", n);
  const statusColumn = scratchArray("series.status", "u8", n);
  let minAt = Infinity;
  let maxAt = -Infinity;
  let k = 0;
  for (let r = r0; r < r1; r++) {
    const i = rows[r]!;
    const code = kpiCode[kpi[i]!]!;
    if (code < 0 || knownSubject[subject[i]!] !== 1) continue;
    const t = at[i]!;
    rowIndex[k] = i;
    kpiColumn[k] = code;
    subjectColumn[k] = subject[i]!;
    atColumn[k] = t;
    if (t < minAt) minAt = t;
    if (t > maxAt) maxAt = t;
    valueColumn[k] = value[i]!;
    numeratorColumn[k] = numerator[i]!;
    denominatorColumn[k] = denominator[i]!;
    weightColumn[k] = weight[i]!;
    statusColumn[k] = status[i]!;
    k++;
  }
  try {
    return aggregateColumnsCore(
      {
        n,
        rowIndex,
        kpi: kpiColumn,
        subject: subjectColumn,
        at: atColumn,
        value: valueColumn,
        numerator: numeratorColumn,
        denominator: denominatorColumn,
        weight: weightColumn,
        status: statusColumn,
        subjectIds: batch.subjectIds,
        checkedRange: [minAt, maxAt],
        owned: true,
      },
      ofGrain,
      { grain, calendar, effective: false },
      { name: "aggregateRows", form: "rows" },
    );
  } catch (error) {
    // The index in the error is the record's index in the batch: name the measurement by its id too.
    const i = isKpiError(error) && typeof error.path[0] === "number" ? error.path[0] : -1;
    if (i < 0 || !isKpiError(error)) throw error;
    throw new KpiError(error.code, `${error.message} (measurement "${batchIdAt(batch, i)!}")`, { path: error.path, issues: error.issues, cause: error });
  }
}
