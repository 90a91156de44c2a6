import { withinMagnitudeLimit } from "../../internal/magnitudeLimit.js";
import { MAX_INSTANT_MS } from "../../internal/maxInstantMs.js";
import { toEpochMs } from "../toEpochMs.js";
import { latin1, latin1Is } from "../../internal/latin1.js";
import { type TextCache, cachedNumber, cachedText, createTextCache } from "./textCache.js";
import { decimalOf } from "./decimalOf.js";

/** The fields of one record read by {@link scanJsonRecord} (a scratch object, overwritten by each call). */
export interface ScannedRecord {
  /** The id, unless `idBytes` holds it (see {@link scannedId}). */
  id: string;
  /**
   * The id as the bytes `idBytes[idStart, idEnd)` (ASCII, as the scanners read it from a line), or `null` when `id`
   * holds it: the batch keeps the bytes, and no string is made for an id that nothing shows.
   */
  idBytes: Uint8Array | null;
  idStart: number;
  idEnd: number;
  kpiId: string;
  subjectId: string;
  at: number;
  /** `NaN` when absent or `null`. */
  value: number;
  valueNull: boolean;
  /** `NaN` when absent. */
  numerator: number;
  denominator: number;
  weight: number;
  source: string | undefined;
  /** 0 none, 1 automated, 2 manual. */
  collection: number;
  /** 0 normal, 1 provisional, 2 estimated, 3 revised. */
  status: number;
  /** `NaN` when absent. */
  recordedAt: number;
  supersedes: string | undefined;
}

/**
 * A fresh scratch record for {@link scanJsonRecord}.
 *
 * @returns The record, all fields absent.
 *
 * @example
 * ```ts
 * createScannedRecord().status;
 * //=> 0
 * ```
 */
export function createScannedRecord(): ScannedRecord {
  return clearScanned({} as ScannedRecord);
}

/**
 * Sets every field of a scanned record to absent (the one place that says what absent is for each field).
 *
 * @param out - The record.
 * @returns The record.
 *
 * @example
 * ```ts
 * clearScanned({ ...createScannedRecord(), id: "m", value: 3 }).value;
 * //=> NaN
 * ```
 */
export function clearScanned(out: ScannedRecord): ScannedRecord {
  out.id = out.kpiId = out.subjectId = "";
  out.idBytes = null;
  out.idStart = out.idEnd = 0;
  out.at = 0;
  out.value = out.numerator = out.denominator = out.weight = out.recordedAt = NaN;
  out.valueNull = false;
  out.source = out.supersedes = undefined;
  out.collection = out.status = 0;
  return out;
}

// The keys, by their bytes; bit k of a record's "seen" mask is KEYS[k].
export const KEYS = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes"];
export const K_ID = 0, K_KPI = 1, K_SUBJECT = 2, K_AT = 3, K_VALUE = 4, K_NUMERATOR = 5, K_DENOMINATOR = 6, K_WEIGHT = 7;
export const K_SOURCE = 8, K_COLLECTION = 9, K_STATUS = 10, K_RECORDED = 11, K_SUPERSEDES = 12;
const KEY_BYTES = KEYS.map((k) => Uint8Array.from(k, (c) => c.charCodeAt(0)));

const QUOTE = 0x22, BACKSLASH = 0x5c, COLON = 0x3a, COMMA = 0x2c, OPEN = 0x7b, CLOSE = 0x7d, MINUS = 0x2d, DOT = 0x2e, ZERO = 0x30, NINE = 0x39;

// Scanner state of one call (module-level scratch: the scan never yields, so calls do not interleave).
let pos = 0;
let numberValue = 0;
let stringStart = 0;
let stringEnd = 0;

function skipWhite(buf: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = buf[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}

// A JSON string of printable ASCII without escapes, from the opening quote at `i`: sets stringStart/End and pos.
function scanString(buf: Uint8Array, i: number, end: number): boolean {
  if (buf[i] !== QUOTE) return false;
  const start = i + 1;
  for (let j = start; j < end; j++) {
    const c = buf[j]!;
    if (c === QUOTE) {
      stringStart = start;
      stringEnd = j;
      pos = j + 1;
      return true;
    }
    // An escape, a control character, DEL or a non-ASCII byte: the general parser decides.
    if (c === BACKSLASH || c < 0x20 || c >= 0x7f) return false;
  }
  return false;
}

// A JSON number at `i` (strict grammar): sets numberValue (read as JSON.parse reads it: decimalOf) and pos.
function scanNumber(buf: Uint8Array, i: number, end: number): boolean {
  const start = i;
  if (buf[i] === MINUS) i++;
  if (i >= end) return false;
  let c = buf[i]!;
  if (c === ZERO) i++;
  else if (c > ZERO && c <= NINE) while (i < end && (c = buf[i]!) >= ZERO && c <= NINE) i++;
  else return false;
  if (i < end && buf[i] === DOT) {
    const first = ++i;
    while (i < end && (c = buf[i]!) >= ZERO && c <= NINE) i++;
    if (i === first) return false;
  }
  if (i < end && (buf[i] === 0x65 || buf[i] === 0x45)) {
    i++;
    if (i < end && (buf[i] === 0x2b || buf[i] === MINUS)) i++;
    const first = i;
    while (i < end && (c = buf[i]!) >= ZERO && c <= NINE) i++;
    if (i === first) return false;
  }
  numberValue = decimalOf(buf, start, i);
  pos = i;
  return true;
}


/**
 * Whether the bytes spell `word`.
 *
 * @example
 * ```ts
 * spells(Buffer.from("manual"), 0, 6, MANUAL);
 * //=> true
 * ```
 */
export function spells(buf: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let j = 0; j < word.length; j++) if (buf[start + j] !== word[j]) return false;
  return true;
}
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
export const AUTOMATED = ascii("automated"), MANUAL = ascii("manual");
export const STATUS_WORDS = [ascii("normal"), ascii("provisional"), ascii("estimated"), ascii("revised")];

/**
 * Whether printable-ASCII bytes make an id as the id schemas read it: 1–200 characters, no space at either end.
 *
 * @example
 * ```ts
 * [isAsciiId(Buffer.from("m-1"), 0, 3), isAsciiId(Buffer.from(" m"), 0, 2)];
 * //=> [true, false]
 * ```
 */
export function isAsciiId(buf: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  return n >= 1 && n <= 200 && buf[start] !== 0x20 && buf[end - 1] !== 0x20;
}

// The keys by length and last byte (unique for these thirteen): slot (length << 7 | last byte) holds the key's index
// + 1. A typed table, not a Map: nine lookups per record.
const KEY_BY_SHAPE = new Int8Array(16 << 7);
KEY_BYTES.forEach((key, k) => (KEY_BY_SHAPE[(key.length << 7) | key[key.length - 1]!] = k + 1));

function keyOf(buf: Uint8Array, start: number, end: number): number {
  const n = end - start;
  const last = buf[end - 1]!;
  if (n < 2 || n > 15 || last > 0x7f) return -1;
  const k = KEY_BY_SHAPE[(n << 7) | last]! - 1;
  if (k < 0) return -1;
  const key = KEY_BYTES[k]!;
  for (let j = 0; j < n - 1; j++) if (key[j] !== buf[start + j]) return -1;
  return k;
}

/**
 * Epoch ms of an instant written as text, or `NaN` when the instant rules refuse it.
 *
 * @example
 * ```ts
 * [instantOfText("1970-01-01T00:00:01Z"), instantOfText("1970-01-01T00:00:01")];
 * //=> [1000, NaN]
 * ```
 */
export function instantOfText(text: string): number {
  const ms = toEpochMs(text);
  return ms !== null && Math.abs(ms) <= MAX_INSTANT_MS ? ms : NaN;
}

export const isNumber = (x: number) => x - x === 0 && withinMagnitudeLimit(x);


/** The caches of one reader: ids and other texts, and instants with their epoch ms. */
export interface ScanCaches {
  readonly ids: TextCache;
  readonly instants: TextCache;
  /** Per field (`KEYS`), the cache entry of the last record's text (-1 for none): see `cachedText`. */
  readonly hints: Int32Array;
}

/**
 * Fresh caches for {@link scanJsonRecord}: one per file read.
 *
 * @returns Empty caches.
 *
 * @example
 * ```ts
 * createScanCaches().instants.size;
 * //=> 0
 * ```
 */
export function createScanCaches(): ScanCaches {
  return { ids: createTextCache(), instants: createTextCache(), hints: new Int32Array(KEYS.length).fill(-1) };
}

/**
 * Reads one NDJSON line, given as bytes, straight into `out` when it is plainly valid — exactly the records that
 * `fastMeasurement` accepts after `JSON.parse`, written in the plainest JSON (printable-ASCII strings without escapes,
 * each known key once) — and returns `true`; else `false`, and the caller parses the line the general way, for its
 * exact answer (an error, or a record this scanner leaves to the schema). No string is made but the record's texts,
 * and no object. A property test compares it with `JSON.parse` + `parseMeasurement` on generated lines. Internal.
 *
 * @param caches - The caches of one reader (`createScanCaches`): texts that repeat (KPI and subject ids, sources,
 * instants) are made into strings and parsed once.
 * @param buf - The bytes.
 * @param start - The line's first byte.
 * @param end - The byte after the line (without its line break).
 * @param out - Overwritten with the record's fields (only meaningful when the scan succeeds).
 * @returns Whether the line was read.
 *
 * @example
 * ```ts
 * const out = createScannedRecord();
 * const line = Buffer.from('{"id":"m1","kpiId":"k","subjectId":"s","at":"2026-03-01T00:00:00Z","value":2.5}');
 * [scanJsonRecord(createScanCaches(), line, 0, line.length, out), scannedId(out), out.at, out.value];
 * //=> [true, "m1", 1772323200000, 2.5]
 * ```
 */
export function scanJsonRecord(caches: ScanCaches, buf: Uint8Array, start: number, end: number, out: ScannedRecord): boolean {
  let i = skipWhite(buf, start, end);
  if (buf[i] !== OPEN) return false;
  i = skipWhite(buf, i + 1, end);
  let seen = 0;
  let at = NaN;
  let recordedAt = NaN;
  let value = NaN;
  let valueNull = false;
  let numerator = NaN;
  let denominator = NaN;
  let weight = NaN;
  let idStart = -1;
  let idEnd = -1;
  let kpiId = "";
  let subjectId = "";
  let source: string | undefined;
  let supersedes: string | undefined;
  let collection = 0;
  let status = 0;
  if (buf[i] === CLOSE) return false;
  for (;;) {
    if (!scanString(buf, i, end)) return false;
    const key = keyOf(buf, stringStart, stringEnd);
    if (key < 0) return false;
    const bit = 1 << key;
    if ((seen & bit) !== 0) return false;
    seen |= bit;
    i = skipWhite(buf, pos, end);
    if (buf[i] !== COLON) return false;
    i = skipWhite(buf, i + 1, end);
    const c = buf[i];
    if (c === QUOTE) {
      if (!scanString(buf, i, end)) return false;
      const s = stringStart;
      const e = stringEnd;
      i = pos;
      switch (key) {
        case K_ID:
        case K_KPI:
        case K_SUBJECT:
        case K_SUPERSEDES: {
          if (!isAsciiId(buf, s, e)) return false;
          if (key === K_ID) {
            idStart = s;
            idEnd = e;
          }
          else if (key === K_KPI) kpiId = cachedText(caches.ids, buf, s, e, caches.hints, K_KPI);
          else if (key === K_SUBJECT) subjectId = cachedText(caches.ids, buf, s, e, caches.hints, K_SUBJECT);
          else supersedes = latin1(buf, s, e);
          break;
        }
        case K_AT:
        case K_RECORDED: {
          const ms = cachedNumber(caches.instants, buf, s, e, instantOfText, caches.hints, key);
          if (ms !== ms) return false;
          if (key === K_AT) at = ms;
          else recordedAt = ms;
          break;
        }
        case K_SOURCE:
          if (e - s > 200) return false;
          source = cachedText(caches.ids, buf, s, e, caches.hints, K_SOURCE);
          break;
        case K_COLLECTION:
          if (spells(buf, s, e, AUTOMATED)) collection = 1;
          else if (spells(buf, s, e, MANUAL)) collection = 2;
          else return false;
          break;
        case K_STATUS: {
          status = 0;
          while (status < STATUS_WORDS.length && !spells(buf, s, e, STATUS_WORDS[status]!)) status++;
          if (status === STATUS_WORDS.length) return false;
          break;
        }
        default:
          return false; // a number field given as text: the schema says what is wrong
      }
    } else if (c === 0x6e) {
      // null: only a value may be null
      if (key !== K_VALUE || end - i < 4 || buf[i + 1] !== 0x75 || buf[i + 2] !== 0x6c || buf[i + 3] !== 0x6c) return false;
      valueNull = true;
      i += 4;
    } else {
      if (!scanNumber(buf, i, end)) return false;
      i = pos;
      const x = numberValue;
      switch (key) {
        case K_AT:
        case K_RECORDED:
          // Whole epoch milliseconds, within the instants kpi-kit reads.
          if (!Number.isInteger(x) || Math.abs(x) > MAX_INSTANT_MS) return false;
          if (key === K_AT) at = x;
          else recordedAt = x;
          break;
        case K_VALUE:
          if (!isNumber(x)) return false;
          value = x;
          break;
        case K_NUMERATOR:
          numerator = x;
          break;
        case K_DENOMINATOR:
          denominator = x;
          break;
        case K_WEIGHT:
          if (!isNumber(x) || x < 0) return false;
          weight = x;
          break;
        default:
          return false;
      }
    }
    i = skipWhite(buf, i, end);
    if (buf[i] === COMMA) {
      i = skipWhite(buf, i + 1, end);
      continue;
    }
    if (buf[i] !== CLOSE) return false;
    i = skipWhite(buf, i + 1, end);
    if (i !== end) return false;
    break;
  }
  out.id = "";
  out.idBytes = idStart >= 0 ? buf : null;
  out.idStart = idStart;
  out.idEnd = idEnd;
  out.kpiId = kpiId;
  out.subjectId = subjectId;
  out.at = at;
  out.value = value;
  out.valueNull = valueNull;
  out.numerator = numerator;
  out.denominator = denominator;
  out.weight = weight;
  out.source = source;
  out.collection = collection;
  out.status = status;
  out.recordedAt = recordedAt;
  out.supersedes = supersedes;
  return acceptScanned(out, seen);
}

/**
 * The rules of `fastMeasurement` (and so of the schema) for a scanned record's fields as a whole: id, KPI, subject
 * and instant given; a value or a ratio (a finite numerator and a denominator ≥ 0); a `null` value only with weight
 * 0; a record that does not supersede itself.
 *
 * @param out - The scanned fields.
 * @param seen - Bit k set when field `KEYS[k]` was given.
 * @returns Whether the record may go straight into the columns.
 *
 * @example
 * ```ts
 * const out = { ...createScannedRecord(), id: "m", kpiId: "k", subjectId: "s", value: 1 };
 * [acceptScanned(out, 0b11111), acceptScanned(out, 0b10111)];
 * //=> [true, false]
 * ```
 */
export function acceptScanned(out: ScannedRecord, seen: number): boolean {
  if ((seen & 0b1111) !== 0b1111) return false; // id, kpiId, subjectId, at
  const hasValue = (seen & (1 << K_VALUE)) !== 0;
  const hasRatio = (seen & ((1 << K_NUMERATOR) | (1 << K_DENOMINATOR))) !== 0;
  if (hasRatio && !(isNumber(out.numerator) && isNumber(out.denominator) && out.denominator >= 0)) return false;
  if (out.valueNull && out.weight !== 0) return false;
  if (!hasValue && !hasRatio) return false;
  const { supersedes, idBytes } = out;
  return supersedes === undefined || !(idBytes === null ? out.id === supersedes : latin1Is(idBytes, out.idStart, out.idEnd, supersedes));
}

/**
 * The id of a scanned record, as a string (made from its bytes while they are still the line's).
 *
 * @param out - The scanned record.
 * @returns Its id.
 *
 * @example
 * ```ts
 * scannedId({ ...createScannedRecord(), idBytes: Buffer.from('"m1"'), idStart: 1, idEnd: 3 });
 * //=> "m1"
 * ```
 */
export function scannedId(out: ScannedRecord): string {
  return out.idBytes === null ? out.id : latin1(out.idBytes, out.idStart, out.idEnd);
}
