import { KpiError } from "../errors.js";
import { createMeasurementBatchBuilder } from "./createMeasurementBatchBuilder.js";
import type { MeasurementBatch } from "./measurementBatch.js";

/**
 * Validates an array of records exactly as `parseMeasurement` does (with paths `[i, field]`, as `parseMeasurements`)
 * and stores them as a {@link MeasurementBatch}.
 *
 * @remarks
 * For records arriving one at a time (a file, a database cursor) use `createMeasurementBatchBuilder`, which never
 * holds the records themselves.
 *
 * @param input - Untrusted records (or `Measurement`s).
 * @returns The batch.
 * @throws {@link KpiError} `invalid_input` (path `[]`) when `input` is not an array; `input_too_large` (path `[]`)
 * above 10,000,000 records; the errors of `parseMeasurement`, with path `[i, field]`.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([
 *   { id: "m1", kpiId: "k", subjectId: "a", at: "2026-03-01T00:00:00Z", value: 5 },
 *   { id: "m2", kpiId: "k", subjectId: "b", at: "2026-03-01T00:00:00Z", value: 7, source: "registry" },
 * ]);
 * [batch.length, batch.subjectIds, [...batch.value], [...batch.source]];
 * //=> [2, ["a", "b"], [5, 7], [-1, 0]]
 * ```
 *
 * @category Model
 */
export function toMeasurementBatch(input: readonly unknown[]): MeasurementBatch {
  if (!Array.isArray(input)) {
    throw new KpiError("invalid_input", "toMeasurementBatch: expected an array of measurements", { path: [] });
  }
  const builder = createMeasurementBatchBuilder();
  for (let i = 0; i < input.length; i++) builder.add(input[i]);
  return builder.finish();
}
