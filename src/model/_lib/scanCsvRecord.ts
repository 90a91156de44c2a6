import { MAX_INSTANT_MS } from "../../internal/maxInstantMs.js";
import {
  AUTOMATED, K_AT, K_COLLECTION, K_DENOMINATOR, K_ID, K_KPI, K_NUMERATOR, K_RECORDED, K_SOURCE, K_STATUS, K_SUBJECT,
  K_SUPERSEDES, K_VALUE, K_WEIGHT, KEYS, MANUAL, STATUS_WORDS, type ScanCaches, type ScannedRecord, acceptScanned, clearScanned,
  instantOfText, isAsciiId, isNumber, spells,
} from "./scanJsonRecord.js";
import { latin1 } from "../../internal/latin1.js";
import { cachedNumber, cachedText } from "./textCache.js";
import { decimalOf } from "./decimalOf.js";
import { dataViewOf } from "../../internal/dataViewOf.js";

const QUOTE = 0x22, COMMA = 0x2c, CR = 0x0d, MINUS = 0x2d, PLUS = 0x2b, ZERO = 0x30, NINE = 0x39;

/**
 * The field of each column of a CSV header, as an index into the scanner's keys; `null` when a column names no
 * measurement field or a field twice (the reader refuses such a header itself).
 *
 * @param header - The header's column names, trimmed.
 * @returns One key per column, or `null`.
 *
 * @example
 * ```ts
 * csvColumnKeys(["id", "kpiId", "subjectId", "at", "value"])?.length;
 * //=> 5
 * ```
 */
export function csvColumnKeys(header: readonly string[]): Int8Array | null {
  const keys = new Int8Array(header.length);
  let seen = 0;
  for (let k = 0; k < header.length; k++) {
    const key = KEYS.indexOf(header[k]!);
    if (key < 0 || (seen & (1 << key)) !== 0) return null;
    seen |= 1 << key;
    keys[k] = key;
  }
  return keys;
}

/**
 * Whether four bytes (a little-endian word) are all printable ASCII but the quote and the comma (0x20–0x7e without
 * 0x22 and 0x2c): what a plain cell's bytes are until it ends. Bitwise tests on the four bytes at once (a byte below
 * 0x20; above 0x7e; equal to the quote, to the comma), each exact as to whether some byte matches. Internal.
 *
 * @param x - The word (`DataView.getUint32(i, true)`).
 * @returns Whether every byte is plain.
 *
 * @example
 * ```ts
 * const word = (text: string) => new DataView(Uint8Array.from(Buffer.from(text)).buffer).getUint32(0, true);
 * [plainWord(word("ab-9")), plainWord(word("ab,9")), plainWord(word('a"b9')), plainWord(word("ab\t9")), plainWord(word("abé"))];
 * //=> [true, false, false, false, false]
 * ```
 */
export function plainWord(x: number): boolean {
  const below = (x - 0x20202020) & ~x;
  const above = x | ((x & 0x7f7f7f7f) + 0x01010101);
  const quote = x ^ 0x22222222;
  const comma = x ^ 0x2c2c2c2c;
  return ((below | above | ((quote - 0x01010101) & ~quote) | ((comma - 0x01010101) & ~comma)) & 0x80808080) === 0;
}

// Whether a cell is a whole number with an optional sign (epoch milliseconds in an instant column).
function isWholeNumber(buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (buf[i] === MINUS || buf[i] === PLUS) i++;
  if (i === end) return false;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

// One cell [s, e) of column key `key`, not empty and without quotes: read into `out`, or `false`.
function readCell(caches: ScanCaches, key: number, buf: Uint8Array, s: number, e: number, out: ScannedRecord): boolean {
  switch (key) {
    case K_ID:
    case K_KPI:
    case K_SUBJECT:
    case K_SUPERSEDES:
      if (!isAsciiId(buf, s, e)) return false;
      if (key === K_ID) {
        out.idBytes = buf;
        out.idStart = s;
        out.idEnd = e;
      }
      else if (key === K_KPI) out.kpiId = cachedText(caches.ids, buf, s, e, caches.hints, K_KPI);
      else if (key === K_SUBJECT) out.subjectId = cachedText(caches.ids, buf, s, e, caches.hints, K_SUBJECT);
      else out.supersedes = latin1(buf, s, e);
      return true;
    case K_AT:
    case K_RECORDED: {
      let ms: number;
      if (isWholeNumber(buf, s, e)) {
        ms = decimalOf(buf, s, e);
        // Whole epoch milliseconds, within the instants kpi-kit reads.
        if (!Number.isInteger(ms) || Math.abs(ms) > MAX_INSTANT_MS) return false;
      } else {
        ms = cachedNumber(caches.instants, buf, s, e, instantOfText, caches.hints, key);
        if (ms !== ms) return false;
      }
      if (key === K_AT) out.at = ms;
      else out.recordedAt = ms;
      return true;
    }
    case K_VALUE:
      out.value = decimalOf(buf, s, e);
      return isNumber(out.value);
    case K_NUMERATOR:
      out.numerator = decimalOf(buf, s, e);
      return !Number.isNaN(out.numerator);
    case K_DENOMINATOR:
      out.denominator = decimalOf(buf, s, e);
      return !Number.isNaN(out.denominator);
    case K_WEIGHT:
      out.weight = decimalOf(buf, s, e);
      return isNumber(out.weight) && out.weight >= 0;
    case K_SOURCE:
      if (e - s > 200) return false;
      out.source = cachedText(caches.ids, buf, s, e, caches.hints, K_SOURCE);
      return true;
    case K_COLLECTION:
      if (spells(buf, s, e, AUTOMATED)) out.collection = 1;
      else if (spells(buf, s, e, MANUAL)) out.collection = 2;
      else return false;
      return true;
    case K_STATUS: {
      let k = 0;
      while (k < STATUS_WORDS.length && !spells(buf, s, e, STATUS_WORDS[k]!)) k++;
      out.status = k;
      return k < STATUS_WORDS.length;
    }
    default:
      return false;
  }
}

/**
 * Reads one CSV line, given as bytes, straight into `out` when it is plainly valid — exactly the records that the
 * CSV reader's cells, read by `fastMeasurement`, give — and returns `true`; else `false`, and the caller reads the
 * line the general way (the RFC 4180 parser, then the schema), for its exact answer: an error with its line and
 * column, or a record this scanner leaves to the schema. It reads lines of printable ASCII whose cells are plain or
 * quoted without a quote inside; an empty cell is an absent field. No string is made but the
 * record's texts, and no object. A property test compares it with the general reader on generated lines. Internal.
 *
 * @param caches - The caches of one reader (`createScanCaches`).
 * @param columns - The field of each column (`csvColumnKeys`).
 * @param buf - The bytes.
 * @param start - The line's first byte.
 * @param end - The byte after the line (without its LF; a CR before it is left out here).
 * @param out - Overwritten with the record's fields (only meaningful when the scan succeeds).
 * @returns Whether the line was read.
 *
 * @example
 * ```ts
 * const out = createScannedRecord();
 * const line = Buffer.from("m1,k,s,2026-03-01T00:00:00Z,2.5");
 * const columns = csvColumnKeys(["id", "kpiId", "subjectId", "at", "value"])!;
 * [scanCsvRecord(createScanCaches(), columns, line, 0, line.length, out), scannedId(out), out.at, out.value];
 * //=> [true, "m1", 1772323200000, 2.5]
 * ```
 */
export function scanCsvRecord(caches: ScanCaches, columns: Int8Array, buf: Uint8Array, start: number, end: number, out: ScannedRecord): boolean {
  if (end > start && buf[end - 1] === CR) end--;
  clearScanned(out);
  let seen = 0;
  const nColumns = columns.length;
  let column = 0;
  let i = start;
  for (;;) {
    // One cell: plain up to the next comma, or quoted without a quote or line break inside.
    let s = i;
    let e: number;
    if (i < end && buf[i] === QUOTE) {
      s = ++i;
      while (i < end && buf[i] !== QUOTE) {
        const c = buf[i]!;
        if (c < 0x20 || c > 0x7e) return false;
        i++;
      }
      if (i === end) return false;
      e = i++;
      if (i < end && buf[i] !== COMMA) return false;
    } else {
      // Four bytes at a time while none ends the cell or is refused, then byte by byte.
      const view = dataViewOf(buf);
      while (i + 4 <= end && plainWord(view.getUint32(i, true))) i += 4;
      while (i < end) {
        const c = buf[i]!;
        if (c === COMMA) break;
        if (c < 0x20 || c > 0x7e || c === QUOTE) return false;
        i++;
      }
      e = i;
    }
    if (column === nColumns) return false;
    // An empty cell is an absent field.
    if (e > s) {
      const key = columns[column]!;
      if (!readCell(caches, key, buf, s, e, out)) return false;
      seen |= 1 << key;
    }
    column++;
    if (i === end) break;
    i++; // the comma
  }
  return column === nColumns && acceptScanned(out, seen);
}
