import type { Measurement } from "../measurement.js";
import type { MeasurementBatch } from "../measurementBatch.js";
import { IdRoomFull, IdStore } from "../../internal/idStore.js";
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
  /**
   * @param given - The one chunk to fill (a region's column from a row on, for a part read on another thread);
   * `null`: chunks of its own.
   */
  constructor(
    readonly Kind: NumberArrayOf<T>,
    private readonly shared: boolean,
    private readonly given: T | null = null,
  ) {}
  array(size: number): T {
    return this.shared ? new this.Kind(new SharedArrayBuffer(size * this.Kind.BYTES_PER_ELEMENT)) : new this.Kind(size);
  }
  grow(size: number): T {
    const chunk = this.given ?? this.array(size);
    this.chunks.push(chunk);
    return chunk;
  }
  join(length: number, keepSlack = false): T {
    // One chunk reserved for about this many records: its own rows, not a copy (a little slack is kept, not doubled).
    const only = this.chunks.length === 1 ? this.chunks[0]! : null;
    if (only !== null && (keepSlack || only.length - length <= Math.max(1024, length >> 3))) {
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

/**
 * The arrays of shared columns reserved for a whole file, for another thread to write a part of the file's records
 * into ({@link BatchColumns.region}); the value columns are absent for lean columns.
 */
export interface ColumnRegion extends Pick<MeasurementBatch, "kpi" | "subject" | "status" | "recordedAt"> {
  readonly values: Pick<MeasurementBatch, "at" | "value" | "nullValue" | "numerator" | "denominator" | "weight" | "source" | "collection"> | null;
  readonly idBytes: Uint8Array;
  readonly idEnds: Uint32Array;
}

/** Where columns write a part of a file's records: into a region from record `from`, their ids from byte `byteFrom`. */
export interface ColumnPlace {
  readonly region: ColumnRegion;
  readonly from: number;
  readonly byteFrom: number;
}

/**
 * The records a part's columns wrote into a region ({@link BatchColumns.part}), as a message back to the columns that
 * own the region ({@link BatchColumns.adopt}): the codes are the part's own.
 */
export interface ColumnPart {
  readonly from: number;
  readonly length: number;
  readonly byteFrom: number;
  readonly bytesUsed: number;
  readonly wide: readonly (readonly [number, string])[];
  readonly kpiIds: readonly string[];
  readonly subjectIds: readonly string[];
  readonly sources: readonly string[];
  /** By the part's own record numbers. */
  readonly supersedes: readonly (readonly [number, string])[];
}

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
  /**
   * Shared columns still in their first chunk: its arrays, for another thread to write records into after this
   * columns' own ({@link ColumnPlace}).
   */
  region(): ColumnRegion;
  /** Columns written into a region: what they wrote, for the region's owner to {@link BatchColumns.adopt}. */
  part(): ColumnPart;
  /**
   * Takes in a part written into this columns' region after its own records: its rows move down to follow them, its
   * codes become this columns' codes. The part's records must fit in the region's first chunk.
   */
  adopt(part: ColumnPart): void;
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
 * @param place - Write the records into another columns' {@link BatchColumns.region} instead (a part of a file read
 * on another thread): from its record `from`, the ids from its byte `byteFrom`; a record that does not fit throws
 * `IdRoomFull`. Finish with `part`, not `finish`.
 * @param idBytes - Bytes of ids to make room for at once (a file read in two parts: its size).
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
export function createBatchColumns(
  reserve = 0,
  lean: LeanRecordHook | null = null,
  shared = false,
  place: ColumnPlace | null = null,
  idBytes?: number,
): BatchColumns {
  // The ids as bytes (idStore.ts): a million ids as strings cost about a second of reading in garbage collection.
  const ids =
    place === null
      ? new IdStore(reserve, shared, idBytes)
      : IdStore.within(place.region.idBytes.subarray(place.byteFrom), place.region.idEnds.subarray(place.from));
  const kpiIds = new Interner();
  const subjectIds = new Interner();
  const sources = new Interner();
  const supersedes = new Map<number, string>();
  // Every field is written for every record (an absent number as NaN, an absent source as -1), so new chunks need no
  // filling: that pass over the fresh memory cost as much as the page faults it caused.
  // Written into a region (place): each column's one chunk is the region's, from the part's first row.
  const into = place?.region;
  const from = place?.from ?? 0;
  if (into !== undefined && (into.values === null) !== (lean !== null)) throw new Error("createBatchColumns: a lean region goes with lean columns");
  const given = <T extends NumberArray>(array: T | undefined): T | null => (array === undefined ? null : (array.subarray(from) as T));
  const kpi = new Column(Int32Array, shared, given(into?.kpi));
  const subject = new Column(Int32Array, shared, given(into?.subject));
  const at = new Column(Float64Array, shared, given(into?.values?.at));
  const value = new Column(Float64Array, shared, given(into?.values?.value));
  const nullValue = new Column(Uint8Array, shared, given(into?.values?.nullValue));
  const numerator = new Column(Float64Array, shared, given(into?.values?.numerator));
  const denominator = new Column(Float64Array, shared, given(into?.values?.denominator));
  const weight = new Column(Float64Array, shared, given(into?.values?.weight));
  const source = new Column(Int32Array, shared, given(into?.values?.source));
  const collection = new Column(Uint8Array, shared, given(into?.values?.collection));
  const status = new Column(Uint8Array, shared, given(into?.status));
  const recordedAt = new Column(Float64Array, shared, given(into?.recordedAt));
  // The chunks being filled.
  let cKpi: Int32Array = new Int32Array(0);
  let cSubject: Int32Array = new Int32Array(0);
  let cAt: Float64Array = new Float64Array(0);
  let cValue: Float64Array = new Float64Array(0);
  let cNull: Uint8Array = new Uint8Array(0);
  let cNumerator: Float64Array = new Float64Array(0);
  let cDenominator: Float64Array = new Float64Array(0);
  let cWeight: Float64Array = new Float64Array(0);
  let cSource: Int32Array = new Int32Array(0);
  let cCollection: Uint8Array = new Uint8Array(0);
  let cStatus: Uint8Array = new Uint8Array(0);
  let cRecordedAt: Float64Array = new Float64Array(0);
  let length = 0;

  // The chunk being filled: its size, and the next row's place in it.
  let capacity = 0;
  let o = 0;
  const grow = (): void => {
    if (into !== undefined) {
      // The region from the part's first row on, once: a part that does not fit stops.
      if (capacity > 0 || into.kpi.length <= from) throw new IdRoomFull("createBatchColumns: the region is full");
      capacity = into.kpi.length - from;
    } else capacity = capacity === 0 ? (reserve > 0 ? reserve : FIRST_CHUNK) : Math.min(CHUNK, Math.max(FIRST_CHUNK, capacity * 2));
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
  // This columns' codes of another's texts, or null when they are the same codes.
  const recode = (interner: Interner, texts: readonly string[]): Int32Array | null => {
    const codes = new Int32Array(texts.length);
    let same = true;
    texts.forEach((text, c) => {
      codes[c] = interner.code(text);
      if (codes[c] !== c) same = false;
    });
    return same ? null : codes;
  };
  const applyCodes = (column: Int32Array, start: number, end: number, codes: Int32Array | null): void => {
    if (codes === null) return;
    for (let i = start; i < end; i++) {
      const c = column[i]!;
      if (c >= 0) column[i] = codes[c]!;
    }
  };
  const region = (): ColumnRegion => {
    if (!shared || place !== null || kpi.chunks.length > 1) throw new Error("createBatchColumns: a region needs shared columns in one chunk");
    if (capacity === 0) grow();
    const room = ids.room();
    return {
      kpi: cKpi,
      subject: cSubject,
      status: cStatus,
      recordedAt: cRecordedAt,
      values:
        lean !== null
          ? null
          : { at: cAt, value: cValue, nullValue: cNull, numerator: cNumerator, denominator: cDenominator, weight: cWeight, source: cSource, collection: cCollection },
      idBytes: room.bytes,
      idEnds: room.ends,
    };
  };
  // Rows taken in from a part: the region's slack is kept rather than the columns copied.
  let adopted = false;
  const adopt = (p: ColumnPart): void => {
    if (kpi.chunks.length !== 1 || o !== length || p.from < length || p.from + p.length > capacity) {
      throw new Error("createBatchColumns: the part is not in this columns' region after its records");
    }
    const m = length;
    const end = p.from + p.length;
    const move = (column: NumberArray): void => void column.copyWithin(m, p.from, end);
    for (const column of [cKpi, cSubject, cStatus, cRecordedAt]) move(column);
    applyCodes(cKpi, m, m + p.length, recode(kpiIds, p.kpiIds));
    applyCodes(cSubject, m, m + p.length, recode(subjectIds, p.subjectIds));
    if (lean === null) {
      for (const column of [cAt, cValue, cNull, cNumerator, cDenominator, cWeight, cSource, cCollection]) move(column);
      applyCodes(cSource, m, m + p.length, recode(sources, p.sources));
    }
    ids.adopt(p.from, p.length, p.byteFrom, p.bytesUsed, p.wide);
    for (const [i, id] of p.supersedes) supersedes.set(m + i, id);
    length = m + p.length;
    o = length;
    adopted = true;
  };
  return {
    length: () => length,
    append,
    appendScanned,
    region,
    adopt,
    part: (): ColumnPart =>
      place === null
        ? misuse("part needs columns written into a region")
        : {
            from: place.from,
            length,
            byteFrom: place.byteFrom,
            bytesUsed: ids.bytesUsed(),
            wide: ids.wideIds(),
            kpiIds: kpiIds.texts,
            subjectIds: subjectIds.texts,
            sources: sources.texts,
            supersedes: [...supersedes],
          },
    finishLean: (): LeanBatch =>
      lean === null
        ? misuse("finishLean needs lean columns")
        : withIdStore<LeanBatch>(
            {
              length,
              kpiIds: kpiIds.texts,
              kpi: kpi.join(length, adopted),
              subjectIds: subjectIds.texts,
              subject: subject.join(length, adopted),
              status: status.join(length, adopted),
              recordedAt: recordedAt.join(length, adopted),
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
        kpi: kpi.join(length, adopted),
        subjectIds: subjectIds.texts,
        subject: subject.join(length, adopted),
        at: at.join(length, adopted),
        value: value.join(length, adopted),
        nullValue: nullValue.join(length, adopted),
        numerator: numerator.join(length, adopted),
        denominator: denominator.join(length, adopted),
        weight: weight.join(length, adopted),
        sources: sources.texts,
        source: source.join(length, adopted),
        collection: collection.join(length, adopted),
        status: status.join(length, adopted),
        recordedAt: recordedAt.join(length, adopted),
        supersedes,
      }, ids),
  };
}
