import { scannedId, type ScannedRecord } from "../../src/model/_lib/scanJsonRecord.js";
import { BATCH_COLLECTIONS, BATCH_STATUSES } from "../../src/model/measurementBatch.js";

/** The record a scanner read, written as `parseMeasurement` writes it, to compare the two. */
export function scannedRecordOf(out: ScannedRecord): Record<string, unknown> {
  const got: Record<string, unknown> = { id: scannedId(out), kpiId: out.kpiId, subjectId: out.subjectId, at: out.at };
  if (out.valueNull) got["value"] = null;
  else if (!Number.isNaN(out.value)) got["value"] = out.value;
  if (!Number.isNaN(out.numerator)) got["numerator"] = out.numerator;
  if (!Number.isNaN(out.denominator)) got["denominator"] = out.denominator;
  if (!Number.isNaN(out.weight)) got["weight"] = out.weight;
  if (out.source !== undefined) got["source"] = out.source;
  if (out.collection !== 0) got["collection"] = BATCH_COLLECTIONS[out.collection];
  got["status"] = BATCH_STATUSES[out.status];
  if (!Number.isNaN(out.recordedAt)) got["recordedAt"] = out.recordedAt;
  if (out.supersedes !== undefined) got["supersedes"] = out.supersedes;
  return got;
}
