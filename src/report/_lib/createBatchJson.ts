import { batchIdReader } from "../../model/_lib/batchIds.js";
import type { MeasurementBatch } from "../../model/measurementBatch.js";

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const json = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);
const COLLECTION = ["", ',"collection":"automated"', ',"collection":"manual"'];
const STATUS = [',"status":"normal"', ',"status":"provisional"', ',"status":"estimated"', ',"status":"revised"'];

// Where forEachBatchJson's reads of the ids' lengths go, so that the compiler keeps them.
let _idLengths = 0;

/** Records per block of {@link forEachBatchJson}: 4 096 × 13 gathered fields fit in the CPU's second-level cache. */
const BLOCK = 4096;

/**
 * The canonical JSON of one record from its fields (an absent number is NaN, an absent source -1), after `open`
 * (`{"at":`, or `,{"at":` for a record after another).
 */
type Writer = (
  open: string, at: number, collection: number, den: number, id: string, kpi: number, num: number, rec: number, src: number,
  status: number, subject: number, sup: string | undefined, nullValue: number, v: number, w: number,
) => string;

const OPEN = '{"at":';
const OPEN_AFTER = ',{"at":';

// A number field after its key, or nothing for an absent number (NaN); a text field, or nothing when absent. One
// function for every field of a kind, so that the optimizing compiler, which inlines it, has seen a field of that kind
// written as soon as any has been (every record has an id): a record with the first numerator, weight or supersedes
// of a file then costs no new compilation of the writer.
const numberField = (key: string, x: number): string => (x === x ? `${key}${x}` : "");
const textField = (key: string, text: string | undefined): string => (text === undefined ? "" : `${key}${json(text)}`);

function createWriter(batch: MeasurementBatch): Writer {
  const kpis = batch.kpiIds.map((id) => `,"kpiId":${json(id)}`);
  const subjects = batch.subjectIds.map((id) => `,"subjectId":${json(id)}`);
  const sources = batch.sources.map((s) => `,"source":${json(s)}`);
  // The source (if any), status and subject are neighbours in key order: each combination is written once, and a
  // record's text is made of fewer pieces. A table of texts per source and status, each as long as the subjects and
  // made whole when first needed: never read past its end, nor grown with holes, either of which would have the
  // optimizing compiler compile the writer again.
  const nSubjects = subjects.length;
  const tails: (string | undefined)[][] = Array.from({ length: (sources.length + 1) * STATUS.length }, () => []);
  const tail = (src: number, status: number, subject: number): string => {
    const slot = (src + 1) * STATUS.length + status;
    let row = tails[slot]!;
    if (row.length === 0) row = tails[slot] = Array.from<string | undefined>({ length: nSubjects });
    let text = row[subject];
    if (text === undefined) row[subject] = text = `${src >= 0 ? sources[src]! : ""}${STATUS[status]!}${subjects[subject]!}`;
    return text;
  };
  // In canonical key order: at, collection, denominator, id, kpiId, numerator, recordedAt, source, status,
  // subjectId, supersedes, value, weight. An absent number is NaN.
  return (open, at, collection, den, id, kpi, num, rec, src, status, subject, sup, nullValue, v, w) =>
    `${open}${at}${COLLECTION[collection]!}${numberField(',"denominator":', den)}${textField(',"id":', id)}${kpis[kpi]!}${
      numberField(',"numerator":', num)}${numberField(',"recordedAt":', rec)}${tail(src, status, subject)}${
      textField(',"supersedes":', sup)}${nullValue === 1 ? ',"value":null' : numberField(',"value":', v)}${numberField(',"weight":', w)}}`;
}

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
  const write = createWriter(batch);
  const { kpi, subject, at, value, nullValue, numerator, denominator, weight, source, collection, status, recordedAt, supersedes } = batch;
  const id = batchIdReader(batch);
  const corrections = supersedes.size > 0;
  return (i: number): string =>
    write(
      OPEN,
      at[i]!, collection[i]!, denominator[i]!, id(i), kpi[i]!, numerator[i]!, recordedAt[i]!, source[i]!, status[i]!, subject[i]!,
      corrections ? supersedes.get(i) : undefined, nullValue[i]!, value[i]!, weight[i]!,
    );
}

/**
 * Calls `fn` with the canonical JSON of the batch's records in the given order (the same text as
 * {@link createBatchJson}). The fields of a block of records are gathered column by column first, then written from
 * the gathered arrays: visiting ten million records in id order field by field would miss the CPU's caches on every
 * field of every record. Internal to the report.
 *
 * @param batch - The batch.
 * @param order - Record indexes, in the order wanted.
 * @param fn - Called with each record's JSON and its position in `order`.
 * @param commaFrom - The records from this position in `order` on are written after a comma (`,{…}`): the text of a
 * JSON array's elements after its first.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 }, { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 }]);
 * const texts: string[] = [];
 * forEachBatchJson(batch, [1, 0], (text) => texts.push(text.slice(0, 16)));
 * texts;
 * //=> ['{"at":0,"id":"a"', '{"at":0,"id":"b"']
 * ```
 */
export function forEachBatchJson(batch: MeasurementBatch, order: ArrayLike<number>, fn: (text: string, r: number) => void, commaFrom = Infinity): void {
  createBatchJsonWriter(batch)(order, fn, commaFrom);
}

/**
 * {@link forEachBatchJson} for one batch, made once and called for many orders (the blocks of a digest written by two
 * threads): the writer and its gathering arrays are not made again for each. Internal to kpi-kit.
 *
 * @param batch - The batch.
 * @returns A function that calls `fn` with the canonical JSON of the records in `order` and each one's position in it,
 * after a comma from position `commaFrom` on (never, by default).
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 }, { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 }]);
 * const write = createBatchJsonWriter(batch);
 * const texts: string[] = [];
 * write([1], (text) => texts.push(text.slice(0, 16)));
 * write([0], (text) => texts.push(text.slice(0, 16)));
 * texts;
 * //=> ['{"at":0,"id":"a"', '{"at":0,"id":"b"']
 * ```
 */
export function createBatchJsonWriter(
  batch: MeasurementBatch,
): (order: ArrayLike<number>, fn: (text: string, r: number) => void, commaFrom?: number) => void {
  const write = createWriter(batch);
  const { kpi, subject, at, value, nullValue, numerator, denominator, weight, source, collection, status, recordedAt, supersedes } = batch;
  const id = batchIdReader(batch);
  const corrections = supersedes.size > 0;
  const size = Math.max(1, Math.min(BLOCK, batch.length));
  const g = {
    at: new Float64Array(size), den: new Float64Array(size), num: new Float64Array(size), rec: new Float64Array(size),
    v: new Float64Array(size), w: new Float64Array(size), kpi: new Int32Array(size), subject: new Int32Array(size),
    src: new Int32Array(size), collection: new Uint8Array(size), status: new Uint8Array(size), nullValue: new Uint8Array(size),
    id: new Array<string>(size), rows: new Int32Array(size),
  };
  return (order, fn, commaFrom = Infinity) => {
    for (let r0 = 0; r0 < order.length; r0 += size) {
      const n = Math.min(size, order.length - r0);
      const rows = g.rows;
      for (let k = 0; k < n; k++) rows[k] = order[r0 + k]!;
      // One column at a time: independent loads the CPU can overlap.
      for (let k = 0; k < n; k++) g.at[k] = at[rows[k]!]!;
      for (let k = 0; k < n; k++) g.den[k] = denominator[rows[k]!]!;
      for (let k = 0; k < n; k++) g.num[k] = numerator[rows[k]!]!;
      for (let k = 0; k < n; k++) g.rec[k] = recordedAt[rows[k]!]!;
      for (let k = 0; k < n; k++) g.v[k] = value[rows[k]!]!;
      for (let k = 0; k < n; k++) g.w[k] = weight[rows[k]!]!;
      for (let k = 0; k < n; k++) g.kpi[k] = kpi[rows[k]!]!;
      for (let k = 0; k < n; k++) g.subject[k] = subject[rows[k]!]!;
      for (let k = 0; k < n; k++) g.src[k] = source[rows[k]!]!;
      for (let k = 0; k < n; k++) g.collection[k] = collection[rows[k]!]!;
      for (let k = 0; k < n; k++) g.status[k] = status[rows[k]!]!;
      for (let k = 0; k < n; k++) g.nullValue[k] = nullValue[rows[k]!]!;
      for (let k = 0; k < n; k++) g.id[k] = id(rows[k]!);
      // Each id's string read once in a loop of its own (its length lies beside its first characters): the CPU overlaps
      // these independent loads, where the writer below would wait for each string in turn. Ten million records in id
      // order: 9.7 s instead of 10.4–10.7 s for the digest's JSON and hashing.
      let lengths = 0;
      for (let k = 0; k < n; k++) lengths += g.id[k]!.length;
      _idLengths ^= lengths;
      for (let k = 0; k < n; k++) {
        const text = write(
          r0 + k >= commaFrom ? OPEN_AFTER : OPEN,
          g.at[k]!, g.collection[k]!, g.den[k]!, g.id[k]!, g.kpi[k]!, g.num[k]!, g.rec[k]!, g.src[k]!, g.status[k]!, g.subject[k]!,
          corrections ? supersedes.get(rows[k]!) : undefined, g.nullValue[k]!, g.v[k]!, g.w[k]!,
        );
        fn(text, r0 + k);
      }
    }
  };
}
