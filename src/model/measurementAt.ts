import { batchIdAt } from "./_lib/batchIds.js";
import { KpiError } from "../errors.js";
import type { Measurement } from "./measurement.js";
import { BATCH_COLLECTIONS, BATCH_STATUSES, type MeasurementBatch } from "./measurementBatch.js";

/**
 * Reads record `i` of a {@link MeasurementBatch} back as the {@link Measurement} that `parseMeasurement` returned for
 * it: the same fields, in the same order, frozen.
 *
 * @param batch - A batch.
 * @param i - The record's index, from 0 to `batch.length - 1`.
 * @returns The record.
 * @throws {@link KpiError} `invalid_argument` (path `["i"]`) for an index outside the batch.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([
 *   { id: "m1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", numerator: 3, denominator: 4, status: "provisional" },
 * ]);
 * measurementAt(batch, 0);
 * //=> { id: "m1", kpiId: "k", subjectId: "s", at: 1772323200000, numerator: 3, denominator: 4, status: "provisional" }
 * ```
 *
 * @category Model
 */
export function measurementAt(batch: MeasurementBatch, i: number): Measurement {
  if (!Number.isInteger(i) || i < 0 || i >= batch.length) {
    throw new KpiError("invalid_argument", `measurementAt: ${String(i)} is not the index of a record of the batch`, { path: ["i"] });
  }
  // The keys in the schema's order (as parseMeasurement returns them).
  const out: Record<string, unknown> = {
    id: batchIdAt(batch, i),
    kpiId: batch.kpiIds[batch.kpi[i]!],
    subjectId: batch.subjectIds[batch.subject[i]!],
    at: batch.at[i],
  };
  const value = batch.value[i]!;
  if (batch.nullValue[i] === 1) out["value"] = null;
  else if (value === value) out["value"] = value;
  const numerator = batch.numerator[i]!;
  if (numerator === numerator) out["numerator"] = numerator;
  const denominator = batch.denominator[i]!;
  if (denominator === denominator) out["denominator"] = denominator;
  const weight = batch.weight[i]!;
  if (weight === weight) out["weight"] = weight;
  const source = batch.source[i]!;
  if (source >= 0) out["source"] = batch.sources[source];
  const collection = BATCH_COLLECTIONS[batch.collection[i]!];
  if (collection !== undefined) out["collection"] = collection;
  out["status"] = BATCH_STATUSES[batch.status[i]!];
  const recordedAt = batch.recordedAt[i]!;
  if (recordedAt === recordedAt) out["recordedAt"] = recordedAt;
  const supersedes = batch.supersedes.get(i);
  if (supersedes !== undefined) out["supersedes"] = supersedes;
  return Object.freeze(out) as unknown as Measurement;
}
