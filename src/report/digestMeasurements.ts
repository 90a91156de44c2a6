import { KpiError } from "../errors.js";
import { idStoreOf } from "../model/_lib/batchIds.js";
import { isMeasurementBatch } from "../model/_lib/isMeasurementBatch.js";
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { toMeasurementBatch } from "../model/toMeasurementBatch.js";
import { sortById } from "../internal/sortById.js";
import { digestInOrder } from "./_lib/digestInOrder.js";

/**
 * The digest of measurements that a report's provenance carries (`measurementsDigest`): the SHA-256 of the canonical
 * JSON of the records sorted by id, defined in docs/large-files.md#the-measurements-digest so that another
 * implementation can reproduce it. The same records give the same digest whatever their order and whether they come
 * as records or as a batch.
 *
 * @remarks
 * `buildReport` computes it for every report built from records. Compute it yourself to check a published report
 * against the measurements you hold, or to compute it beside the report (on another thread, with
 * `buildReport(…, { digest: false })`), as `kpi-kit report` does for large files.
 *
 * @param measurements - Measurement records (validated as `toMeasurementBatch` validates them) or a batch.
 * @returns The SHA-256, as 64 lowercase hexadecimal digits.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measurements` is neither; the errors of
 * `toMeasurementBatch` for a bad record.
 *
 * @example
 * ```ts
 * const records = [
 *   { id: "b", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", value: 2 },
 *   { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 },
 * ];
 * digestMeasurements(records) === digestMeasurements([...records].reverse());
 * //=> true
 * digestMeasurements([]);
 * //=> "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
 * ```
 *
 * @category Report
 */
export function digestMeasurements(measurements: readonly unknown[] | MeasurementBatch): string {
  let batch: MeasurementBatch;
  if (isMeasurementBatch(measurements)) batch = measurements;
  else if (Array.isArray(measurements)) batch = toMeasurementBatch(measurements);
  else throw new KpiError("invalid_argument", "digestMeasurements: measurements must be an array of records or a measurement batch", { path: [] });
  return digestInOrder(batch, null, sortById(idStoreOf(batch) ?? batch.id));
}
