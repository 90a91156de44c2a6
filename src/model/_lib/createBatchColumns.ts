import type { Measurement } from "../measurement.js";
import type { MeasurementBatch } from "../measurementBatch.js";
import { IdStore } from "../../internal/idStore.js";
import { withIdStore } from "./batchIds.js";
import { createScannedRecord, type ScannedRecord } from "./scanJsonRecord.js";

// Rows per chunk: columns grow a chunk at a time, and are joined once, column by column, in finish(). Chunks double
// from FIRST_CHUNK rows up to CHUNK, then stay at CHUNK (no array twice the data's size), so a batch of a few
// records does not allocate a megabyte per column.
const FIRST_CHUNK = 256;
const CHUNK = 1 << 16;

type NumberArray = Int32Array | Float64Array | Uint8Array;
type NumberArrayOf<T extends NumberArray> = { new (length: number): T; new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

class Column<T extends NumberArray> {
  chunks: T[] = [];
  constructor(
    readonly Kind: NumberArrayOf<T>,
    private readonly shared: boolean,
  ) {}
  array(size: number): T {
    return this.shared ? new this.Kind(new SharedArrayBuffer(size * this.Kind.BYTES_PER_ELEMENT)) : new this.Kind(size);
  }
  grow(size: number): T {
    const chunk = this.array(size);
    this.chunks.push(chunk);
    return chunk;
  }
  join(length: number): T {
    // One chunk reserved for about this many records: its own rows, not a copy (a little slack is kept, not doubled).
    const only = this.chunks.length === 1 ? this.chunks[0]! : null;
    if (only !== null && only.length - length <= Math.max(1024, length >> 3)) {
      this.chunks = [];
      return only.subarray(0, length) as T;
    }
    const out = this.array(length);
    let start = 0;
    for (const chunk of this.chunks) {
      out.set(length - start < chunk.length ? chunk.subarray(0, length - start) : chunk, start);
      start += chunk.length;
    }
    this.chunks = [];
    return out;
  }
}

// Codes of repeated texts, with a one-entry cache: consecutive records mostly repeat the previous one's KPI.
class Interner {
  readonly texts: string[] = [];
  private readonly codes = new Map<string, number>();
  private last: string | undefined = undefined;
  private lastCode = -1;
  code(text: string): number {
    if (text === this.last) return this.lastCode;
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codes.set(text, code);
    }
    this.last = text;
    this.lastCode = code;
    return code;
  }
}

/**
 * What a batch keeps when only its id and correction checks and a count by status need it (`kpi-kit validate`):
 * the ids, the KPI and subject codes, statuses, recorded-at instants and corrections, without the value columns.
 */
export type LeanBatch = Pick<MeasurementBatch, "length" | "id" | "kpiIds" | "kpi" | "subjectIds" | "subject" | "status" | "recordedAt" | "supersedes">;

/**
 * Called with each record as it is appended to lean columns, before its value fields are let go: its index and its
 * KPI and subject codes.
 */
export type LeanRecordHook = (r: ScannedRecord, i: number, kpi: number, subject: number) => void;

/** The growing columns of a batch: `append` trusts its record (the caller has validated it). */
export interface BatchColumns {
  length(): number;
  append(m: Measurement): void;
  /** Appends a record read by `scanJsonRecord` (checked as `parseMeasurement` checks). */
  appendScanned(r: ScannedRecord): void;
  /** The batch (not for lean columns). */
  finish(): MeasurementBatch;
  /** The lean batch (lean columns only). */
  finishLean(): LeanBatch;
}

/**
 * The columns behind `createMeasurementBatchBuilder` (which validates each record) and `buildReport`'s record path
 * (whose records are checked already). Internal to kpi-kit.
 *
 * @param reserve - Records to allocate the first chunk for (0: chunks of 256 rows, doubling to 65 536). When the
 * records fit in it with little to spare, `finish` hands its rows over without a copy.
 * @param lean - Keep only a {@link LeanBatch} (`finishLean`), and call this with each record before its value
 * fields (instant, value, numerator, denominator, weight, source, collection) are let go.
 * @param shared - Keep the columns and the ids' bytes in `SharedArrayBuffer`s, so that another thread can read the
 * batch without a copy (the CLI's digest).
 * @returns Empty columns.
 *
 * @example
 * ```ts
 * const columns = createBatchColumns();
 * columns.append({ id: "m", kpiId: "k", subjectId: "s", at: 1, value: 2, status: "normal" } as never);
 * columns.finish().value[0];
 * //=> 2
 * ```
 */
export function createBatchColumns(reserve = 0, lean: LeanRecordHook | null = null, shared = false): BatchColumns {
  // The ids as bytes (idStore.ts): a million ids as strings cost about a second of reading in garbage collection.
  const ids = new IdStore(reserve, shared);
  const kpiIds = new Interner();
  const subjectIds = new Interner();
  const sources = new Interner();
  const supersedes = new Map<number, string>();
  // Every field is written for every record (an absent number as NaN, an absent source as -1), so new chunks need no
  // filling: that pass over the fresh memory cost as much as the page faults it caused.
  const kpi = new Column(Int32Array, shared);
  const subject = new Column(Int32Array, shared);
  const at = new Column(Float64Array, shared);
  const value = new Column(Float64Array, shared);
  const nullValue = new Column(Uint8Array, shared);
  const numerator = new Column(Float64Array, shared);
  const denominator = new Column(Float64Array, shared);
  const weight = new Column(Float64Array, shared);
  const source = new Column(Int32Array, shared);
  const collection = new Column(Uint8Array, shared);
  const status = new Column(Uint8Array, shared);
  const recordedAt = new Column(Float64Array, shared);
  // The chunks being filled.
  let cKpi = new Int32Array(0);
  let cSubject = new Int32Array(0);
  let cAt = new Float64Array(0);
  let cValue = new Float64Array(0);
  let cNull = new Uint8Array(0);
  let cNumerator = new Float64Array(0);
  let cDenominator = new Float64Array(0);
  let cWeight = new Float64Array(0);
  let cSource = new Int32Array(0);
  let cCollection = new Uint8Array(0);
  let cStatus = new Uint8Array(0);
  let cRecordedAt = new Float64Array(0);
  let length = 0;

  // The chunk being filled: its size, and the next row's place in it.
  let capacity = 0;
  let o = 0;
  const grow = (): void => {
    capacity = capacity === 0 ? (reserve > 0 ? reserve : FIRST_CHUNK) : Math.min(CHUNK, Math.max(FIRST_CHUNK, capacity * 2));
    o = 0;
    cKpi = kpi.grow(capacity);
    cSubject = subject.grow(capacity);
    cStatus = status.grow(capacity);
    cRecordedAt = recordedAt.grow(capacity);
    if (lean !== null) return;
    cAt = at.grow(capacity);
    cValue = value.grow(capacity);
    cNull = nullValue.grow(capacity);
    cNumerator = numerator.grow(capacity);
    cDenominator = denominator.grow(capacity);
    cWeight = weight.grow(capacity);
    cSource = source.grow(capacity);
    cCollection = collection.grow(capacity);
  };
  const appendScanned = (r: ScannedRecord): void => {
    if (o === capacity) grow();
    if (r.idBytes === null) ids.addText(length, r.id);
    else ids.addBytes(length, r.idBytes, r.idStart, r.idEnd);
    const k = (cKpi[o] = kpiIds.code(r.kpiId));
    const s = (cSubject[o] = subjectIds.code(r.subjectId));
    cStatus[o] = r.status;
    cRecordedAt[o] = r.recordedAt;
    if (r.supersedes !== undefined) supersedes.set(length, r.supersedes);
    if (lean !== null) lean(r, length, k, s);
    else {
      cAt[o] = r.at;
      cNull[o] = r.valueNull ? 1 : 0;
      cValue[o] = r.value; // NaN when absent or null
      cNumerator[o] = r.numerator;
      cDenominator[o] = r.denominator;
      cWeight[o] = r.weight;
      cSource[o] = r.source === undefined ? -1 : sources.code(r.source);
      cCollection[o] = r.collection;
    }
    o++;
    length++;
  };
  // A record object goes in as the scanner's fields: one way into the columns.
  const scratch = createScannedRecord();
  const append = (m: Measurement): void => {
    scratch.id = m.id;
    scratch.idBytes = null;
    scratch.kpiId = m.kpiId;
    scratch.subjectId = m.subjectId;
    scratch.at = m.at;
    scratch.valueNull = m.value === null;
    scratch.value = m.value ?? NaN;
    scratch.numerator = m.numerator ?? NaN;
    scratch.denominator = m.denominator ?? NaN;
    scratch.weight = m.weight ?? NaN;
    scratch.source = m.source;
    scratch.collection = m.collection === undefined ? 0 : m.collection === "automated" ? 1 : 2;
    const s = m.status;
    scratch.status = s === "provisional" ? 1 : s === "estimated" ? 2 : s === "revised" ? 3 : 0;
    scratch.recordedAt = m.recordedAt ?? NaN;
    scratch.supersedes = m.supersedes;
    appendScanned(scratch);
  };
  const misuse = (what: string): never => {
    throw new Error(`createBatchColumns: ${what}`);
  };
  return {
    length: () => length,
    append,
    appendScanned,
    finishLean: (): LeanBatch =>
      lean === null
        ? misuse("finishLean needs lean columns")
        : withIdStore<LeanBatch>(
            {
              length,
              kpiIds: kpiIds.texts,
              kpi: kpi.join(length),
              subjectIds: subjectIds.texts,
              subject: subject.join(length),
              status: status.join(length),
              recordedAt: recordedAt.join(length),
              supersedes,
            },
            ids,
          ),
    finish: (): MeasurementBatch =>
      lean !== null
        ? misuse("lean columns have no values: call finishLean")
        : withIdStore({
        format: "kpi-kit-measurement-batch",
        length,
        kpiIds: kpiIds.texts,
        kpi: kpi.join(length),
        subjectIds: subjectIds.texts,
        subject: subject.join(length),
        at: at.join(length),
        value: value.join(length),
        nullValue: nullValue.join(length),
        numerator: numerator.join(length),
        denominator: denominator.join(length),
        weight: weight.join(length),
        sources: sources.texts,
        source: source.join(length),
        collection: collection.join(length),
        status: status.join(length),
        recordedAt: recordedAt.join(length),
        supersedes,
      }, ids),
  };
}
