import { batchIdAt } from "../../model/_lib/batchIds.js";
import { aggregateColumnsCore } from "../../aggregate/_lib/aggregateColumnsCore.js";
import { isKpiError, KpiError } from "../../errors.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";
import type { SeriesSource } from "./collectKpiSeries.js";
import type { PeriodAggregates } from "../../aggregate/periodAggregates.js";

/**
 * The `SeriesSource` of a checked {@link MeasurementBatch}: the records at `rows` (effective, in the order of
 * `effectiveMeasurements`) that match are gathered into the engine's columns — no record object is built — and
 * aggregated by the engine that `aggregateRows` runs, in the same row order, so the figures are the record path's to
 * the last bit. Internal to the report; the report tests run both paths.
 *
 * @param batch - A batch checked against the workspace.
 * @param rows - The effective records' indexes, in order.
 * @returns The source.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 }]);
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as never;
 * batchSeriesSource(batch, Int32Array.of(0))([kpi], "month", 0, 10, new Set(["s"]), { timeZone: "UTC", fiscalYearStartMonth: 1 })
 *   .groups.map((g) => g.value);
 * //=> [2]
 * ```
 */
export function batchSeriesSource(batch: MeasurementBatch, rows: Int32Array): (...args: Parameters<SeriesSource>) => PeriodAggregates {
  return (ofGrain, grain, from, to, known, calendar) => {
    // Batch KPI code → index in ofGrain (−1: another grain's KPI, or none of the workspace's).
    const kpiCode = new Int32Array(batch.kpiIds.length).fill(-1);
    const position = new Map(ofGrain.map((k, j) => [k.id as string, j]));
    batch.kpiIds.forEach((id, c) => (kpiCode[c] = position.get(id) ?? -1));
    const knownSubject = Uint8Array.from(batch.subjectIds, (id) => (known.has(id) ? 1 : 0));
    const { kpi, subject, at, value, numerator, denominator, weight, status } = batch;
    let n = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      const t = at[i]!;
      if (kpiCode[kpi[i]!]! >= 0 && t >= from && t < to && knownSubject[subject[i]!] === 1) n++;
    }
    const rowIndex = new Int32Array(n);
    const kpiColumn = new Int32Array(n);
    const subjectColumn = new Int32Array(n);
    const atColumn = new Float64Array(n);
    const valueColumn = new Float64Array(n);
    const numeratorColumn = new Float64Array(n);
    const denominatorColumn = new Float64Array(n);
    const weightColumn = new Float64Array(n);
    const statusColumn = new Uint8Array(n);
    let minAt = Infinity;
    let maxAt = -Infinity;
    let k = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      const t = at[i]!;
      const code = kpiCode[kpi[i]!]!;
      if (code < 0 || !(t >= from && t < to) || knownSubject[subject[i]!] !== 1) continue;
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
  };
}
