import { isKpiError, type KpiError } from "../../errors.js";
import { measurementAt } from "../measurementAt.js";
import { createRecordCheck, type MeasurementBatchWorkspace } from "./checkMeasurementBatch.js";
import { createBatchColumns } from "./createBatchColumns.js";
import { RecordScreen } from "./recordScreen.js";
import type { ScannedRecord } from "./scanJsonRecord.js";

/**
 * The check of `checkBatch` against the workspace, for one record as it is read (the lean columns of
 * `kpi-kit validate` let its values go at once): the same screen, and for a record that fails it the record check,
 * so that the error is word for word the one `checkBatch` gives the same record of a whole batch. Internal.
 *
 * @param workspace - The KPIs and scope nodes.
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @returns A check of record `i` with KPI code `k` and subject code `s` (as the batch interns them): its error, or
 * `null` when it passes.
 *
 * @example
 * ```ts
 * const check = createScannedCheck({ kpis: [], scopes: [] }, "parseMeasurements");
 * const r = { ...createScannedRecord(), id: "m", kpiId: "k", subjectId: "s", value: 1 };
 * check(r, 7, 0, 0)?.path;
 * //=> [7, "kpiId"]
 * ```
 */
export function createScannedCheck(
  workspace: MeasurementBatchWorkspace,
  where: string,
  prefix: readonly PropertyKey[] = [],
): (r: ScannedRecord, i: number, k: number, s: number) => KpiError | null {
  const screen = new RecordScreen(workspace);
  const check = createRecordCheck(workspace, where, prefix);
  return (r, i, k, s) => {
    if (screen.fits(k, s, r.kpiId, r.subjectId, r.value, r.valueNull, r.numerator, r.denominator, r.weight)) return null;
    // The record as checkBatch reads it back from a batch's columns.
    const one = createBatchColumns(1);
    one.appendScanned(r);
    try {
      check(measurementAt(one.finish(), 0), i);
      return null;
    } catch (error) {
      if (isKpiError(error)) return error;
      throw error;
    }
  };
}
