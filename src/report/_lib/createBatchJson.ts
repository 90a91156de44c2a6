import type { MeasurementBatch } from "../../model/measurementBatch.js";

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const json = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);
const COLLECTION = ["", ',"collection":"automated"', ',"collection":"manual"'];
const STATUS = [',"status":"normal"', ',"status":"provisional"', ',"status":"estimated"', ',"status":"revised"'];

/**
 * The canonical JSON of each record of a batch, straight from the columns: exactly
 * `canonicalMeasurementJson(measurementAt(batch, i))` (a property test checks it), with the JSON of each KPI,
 * subject and source written once. Internal to the report: the measurements digest hashes millions of these.
 *
 * @param batch - The batch.
 * @returns The canonical JSON of record `i`.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5 }]);
 * createBatchJson(batch)(0);
 * //=> '{"at":0,"id":"m1","kpiId":"k","status":"normal","subjectId":"s","value":5}'
 * ```
 */
export function createBatchJson(batch: MeasurementBatch): (i: number) => string {
  const kpis = batch.kpiIds.map((id) => `,"kpiId":${json(id)}`);
  const subjects = batch.subjectIds.map((id) => `,"subjectId":${json(id)}`);
  const sources = batch.sources.map((s) => `,"source":${json(s)}`);
  const { id, kpi, subject, at, value, nullValue, numerator, denominator, weight, source, collection, status, recordedAt, supersedes } = batch;
  const corrections = supersedes.size > 0;
  return (i: number): string => {
    // In canonical key order: at, collection, denominator, id, kpiId, numerator, recordedAt, source, status,
    // subjectId, supersedes, value, weight. An absent number is NaN (NaN !== NaN).
    const den = denominator[i]!;
    const num = numerator[i]!;
    const rec = recordedAt[i]!;
    const src = source[i]!;
    const v = value[i]!;
    const w = weight[i]!;
    const sup = corrections ? supersedes.get(i) : undefined;
    return `{"at":${at[i]!}${COLLECTION[collection[i]!]!}${den === den ? `,"denominator":${den}` : ""},"id":${json(id[i]!)}${kpis[kpi[i]!]!}${
      num === num ? `,"numerator":${num}` : ""
    }${rec === rec ? `,"recordedAt":${rec}` : ""}${src >= 0 ? sources[src]! : ""}${STATUS[status[i]!]!}${subjects[subject[i]!]!}${
      sup === undefined ? "" : `,"supersedes":${json(sup)}`
    }${nullValue[i] === 1 ? ',"value":null' : v === v ? `,"value":${v}` : ""}${w === w ? `,"weight":${w}` : ""}}`;
  };
}
