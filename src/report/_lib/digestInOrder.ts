import type { Measurement } from "../../model/measurement.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";
import { canonicalMeasurementJson } from "./canonicalMeasurementJson.js";
import { forEachBatchJson } from "./createBatchJson.js";
import { createTextDigest } from "./createTextDigest.js";

/**
 * The measurements digest (docs/large-files.md#the-measurements-digest) of a batch's records in a given order, the
 * order by id: the canonical JSON of the array, hashed record by record (never built as one string). With `records`,
 * the text of each record is written from the record objects the batch was made of. Internal to the report.
 *
 * @param batch - The records.
 * @param records - The record objects the batch was made of, in its order, or `null` to read the batch.
 * @param byId - The record indexes sorted by id (`sortById`).
 * @returns The SHA-256, as 64 lowercase hexadecimal digits.
 *
 * @example
 * ```ts
 * digestInOrder(toMeasurementBatch([]), null, []);
 * //=> "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
 * ```
 */
export function digestInOrder(batch: MeasurementBatch, records: readonly Measurement[] | null, byId: ArrayLike<number>): string {
  const hash = createTextDigest();
  hash.add("[");
  if (records === null) forEachBatchJson(batch, byId, (text) => hash.add(text), 1);
  else {
    for (let r = 0; r < byId.length; r++) {
      const text = canonicalMeasurementJson(records[byId[r]!]!);
      hash.add(r === 0 ? text : `,${text}`);
    }
  }
  hash.add("]");
  return hash.hex();
}
