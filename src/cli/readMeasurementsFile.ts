/// <reference types="node" />
import { open, readFile } from "node:fs/promises";
import { isKpiError, KpiError } from "../errors.js";
import { createCsvParser } from "./readCsvRecords.js";
import { DECIMAL } from "../model/_lib/decimalOf.js";
import { lineOfArrayElements } from "./lineOfArrayElements.js";
import { parseJsonText } from "./parseJsonText.js";

/** How a measurement file is written. */
export type InputFormat = "csv" | "ndjson" | "json";

/** Options for {@link forEachMeasurementRecord}. */
export interface ReadMeasurementsFileOptions {
  /**
   * The file's format.
   * @defaultValue from the extension (see {@link inputFormatOf})
   */
  readonly format?: InputFormat | undefined;
  /** Called every `progressEvery` records with the count and the bytes read so far (for a progress indicator). */
  readonly onProgress?: ((records: number, bytes: number) => void) | undefined;
  readonly progressEvery?: number | undefined;
  /**
   * NDJSON only: offered each line's bytes first (without its line break); returning `true` takes the record (it is
   * counted, and `onRecord` is not called for it), `false` leaves the line to `JSON.parse` and `onRecord`.
   */
  readonly tryLine?: LineReader | undefined;
  /**
   * CSV only: called once with the header (checked, trimmed) and returns a reader offered each later line's bytes
   * that starts a record (without its LF), as `tryLine` is for NDJSON; `null` reads every line the general way.
   */
  readonly tryCsvLine?: ((header: readonly string[]) => LineReader | null) | undefined;
  /**
   * NDJSON and CSV: read the file only up to byte `at` (the start of a line), then ask `stop` with the line there and
   * whether a record starts there (no CSV field left open, the header read); `true` ends the reading there (the rest
   * is read elsewhere, see `part`), `false` reads on.
   */
  readonly split?: { readonly at: number; readonly stop: (line: number, clean: boolean) => Promise<boolean> } | undefined;
  /**
   * NDJSON and CSV: read only the part of the file from byte `start` (the start of a line where a record starts) to
   * its end, as the rest of a file read up to there (`split`): lines counted from 1 there; for CSV, with the file's
   * `header` (checked, trimmed) and no byte-order mark skipped (NDJSON skips one on any line).
   */
  readonly part?: { readonly start: number; readonly header?: readonly string[] | undefined } | undefined;
  /**
   * CSV only: a row the parser has read but that is not a record (a number cell outside the grammar, a field count
   * other than the header's) is handed here, with its error, and the reading goes on; without it, the error is thrown.
   * For `kpi-kit validate`'s list of problems. A row that cannot be parsed at all (a quote left open) still stops it.
   */
  readonly onRowError?: ((error: KpiError, line: number) => void) | undefined;
}

/** Offered a line's bytes: `true` takes the record (it is counted; `onRecord` is not called), `false` leaves it. */
export type LineReader = (bytes: Uint8Array, start: number, end: number, line: number) => boolean;

/**
 * The format a file's extension names, matched case-insensitively: `.csv`; `.ndjson` or `.jsonl`; `.json`. `null`
 * for any other extension.
 */
export function inputFormatOf(path: string): InputFormat | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === "csv" ? "csv" : ext === "ndjson" || ext === "jsonl" ? "ndjson" : ext === "json" ? "json" : null;
}

const CSV_NUMBER_FIELDS = new Set(["value", "numerator", "denominator", "weight"]);
const CSV_INSTANT_FIELDS = new Set(["at", "recordedAt"]);
const CSV_FIELDS = new Set([
  "id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight",
  "source", "collection", "status", "recordedAt", "supersedes",
]);

/** Epoch milliseconds in a CSV instant column: a whole number, sign optional. */
const EPOCH_MS = /^[+-]?\d+$/;

/**
 * The record of one CSV row, as the reader hands it on: an empty cell is an absent field; a number column's cell,
 * and a whole number in `at` or `recordedAt`, are read by the decimal grammar; any other cell is text. Internal to
 * the CLI.
 *
 * @param header - The header's column names.
 * @param cells - The row's cells.
 * @param path - The file, for errors.
 * @param line - The row's line, for errors.
 * @returns The record, not yet validated.
 * @throws {@link KpiError} `invalid_input` for a row whose number of cells is not the header's (path `[line]`) or a
 * number cell outside the grammar (path `[line, column]`).
 *
 * @example
 * ```ts
 * csvRecord(["id", "at", "value", "source"], ["m1", "1000", "2.5", ""], "m.csv", 2);
 * //=> { id: "m1", at: 1000, value: 2.5 }
 * ```
 */
export function csvRecord(header: readonly string[], cells: readonly string[], path: string, line: number): Record<string, unknown> {
  if (cells.length !== header.length) {
    throw new KpiError("invalid_input", `${path}:${line}: malformed CSV line: ${cells.length} fields, the header has ${header.length}`, {
      path: [line],
    });
  }
  const record: Record<string, unknown> = {};
  header.forEach((name, k) => {
    const cell = cells[k] ?? "";
    // An empty cell is an absent field (never 0); a required field left empty is refused by the schema.
    if (cell === "") return;
    if (CSV_NUMBER_FIELDS.has(name) || (CSV_INSTANT_FIELDS.has(name) && EPOCH_MS.test(cell))) {
      const n = DECIMAL.test(cell) ? Number(cell) : Number.NaN;
      if (!Number.isFinite(n)) {
        const why = Number.isNaN(n) ? "is not a decimal number (sign, digits, one '.', optional exponent)" : "is too large for a number";
        throw new KpiError("invalid_input", `${path}:${line}: column ${name}: "${cell.slice(0, 40)}" ${why}`, { path: [line, name] });
      }
      record[name] = n;
    } else record[name] = name === "id" || name === "supersedes" ? ownCopy(cell) : cell;
  });
  return record;
}

// A cell is a slice of the chunk of text it was read from, and a slice keeps the whole chunk alive. The texts every
// record keeps (its id, the id it supersedes) are copied into strings of their own: else a file's every chunk stays in
// memory with the batch, and sorting a million sliced ids takes four times as long. (JSON.stringify then JSON.parse
// is V8's fastest way to a fresh flat copy.)
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Refuses a CSV header with a column that is not a measurement field (saying so when the header seems separated by
 * semicolons, tabs or bars), a field named twice, or without a column for a field every measurement has (`id`,
 * `kpiId`, `subjectId`, `at`).
 *
 * @throws {@link KpiError} `invalid_input`, path `[line, column name]`.
 *
 * @example
 * ```ts
 * try {
 *   checkHeader(["id", "kpiId", "id"], "m.csv", 1);
 * } catch (error) {
 *   (error as KpiError).path;
 *   //=> [1, "id"]
 * }
 * ```
 */
export function checkHeader(header: readonly string[], path: string, line: number): void {
  const first = new Map<string, number>();
  header.forEach((name, k) => {
    if (!CSV_FIELDS.has(name)) {
      // A spreadsheet set to a European locale writes ";" between fields (or a tab): say so, not just "unknown".
      const separator = [";", "\t", "|"].find((c) => name.split(c).some((part) => CSV_FIELDS.has(part.trim())));
      const hint = separator === undefined ? "" : `: the header seems to be separated by ${JSON.stringify(separator)}, and a CSV file's fields are separated by commas`;
      throw new KpiError("invalid_input", `${path}:${line}: unknown CSV column "${name}" (column ${k + 1})${hint}`, { path: [line, name] });
    }
    const earlier = first.get(name);
    if (earlier !== undefined) {
      throw new KpiError("invalid_input", `${path}:${line}: columns ${earlier + 1} and ${k + 1} are both named "${name}"`, {
        path: [line, name],
      });
    }
    first.set(name, k);
  });
  // The fields every record has: without its column, each record would be refused for the same missing field.
  const missing = REQUIRED_CSV_FIELDS.find((name) => !first.has(name));
  if (missing !== undefined) {
    throw new KpiError("invalid_input", `${path}:${line}: the header has no column ${missing}: every measurement has ${REQUIRED_CSV_FIELDS.join(", ")}`, {
      path: [line, missing],
    });
  }
}

/** The fields a measurement cannot do without, as `parseMeasurements` requires them. */
const REQUIRED_CSV_FIELDS = ["id", "kpiId", "subjectId", "at"] as const;

/** Bytes read at a time: fewer, larger reads than a read stream's default 64 KiB. */
const CHUNK_BYTES = 1 << 20;

/**
 * The bytes of a file, chunk by chunk, read into two buffers used again in turn: a chunk's bytes are valid until the
 * next chunk is asked for. The next chunk is read ahead (in libuv's thread pool) while the caller works on this one, so
 * the caller does not wait for the disk or the page cache between chunks. A read stream hands out a new buffer per
 * chunk instead, and the memory of each is new to the process: touching it for the first time costs a page fault per
 * 4 KiB, which on a virtual machine took as long as reading the bytes (a quarter of the page faults of `validate` over
 * a million CSV records).
 */
async function* readChunks(
  path: string,
  progress: { bytesRead: number },
  from = 0,
  split: { readonly at: number; readonly stop: () => Promise<boolean> } | null = null,
): AsyncGenerator<Buffer> {
  const file = await open(path, "r");
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
  // Read up to the split first; then, unless `stop` says to stop there, on to the end.
  let position = from;
  let limit = split === null ? Number.POSITIVE_INFINITY : split.at;
  // One read at a time; a failed read ahead is reported when its chunk is asked for.
  const read = (buffer: Buffer): Promise<{ bytesRead: number; buffer: Buffer }> => {
    const length = Math.min(buffer.length, limit - position);
    const pending = length <= 0 ? Promise.resolve({ bytesRead: 0, buffer }) : file.read(buffer, 0, length, position);
    pending.catch(() => undefined);
    return pending;
  };
  let pending: Promise<{ bytesRead: number; buffer: Buffer }> = read(buffers[0]);
  let next = 1;
  try {
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) {
        // At the split, every line before it has been read (the caller asks for the next chunk only then).
        if (split === null || position !== limit || limit !== split.at || (await split.stop())) return;
        limit = Number.POSITIVE_INFINITY;
        pending = read(buffers[next]!);
        next ^= 1;
        continue;
      }
      position += bytesRead;
      progress.bytesRead += bytesRead;
      // The caller has asked for this chunk, so it is done with the one before, whose buffer is read into now.
      pending = read(buffers[next]!);
      next ^= 1;
      // A view of its own per chunk: a reader that remembers a chunk by identity sees a new one.
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // Never close the file under a read still running (the caller may stop early, or a read may have failed).
    await pending.catch(() => undefined);
    await file.close();
  }
}

/**
 * Calls `line` with each line of a stream of bytes, split at LF: the line's bytes are `buf[start, end)` and, unless
 * `last` (the end of the stream without a line break), `buf[end]` is its LF. A line is read in place in its chunk;
 * only a line that spans two chunks is copied (the rest of the chunk is never copied with it). A chunk's bytes may be
 * overwritten once the next chunk is asked for: nothing of a chunk is kept past its lines' calls. Internal.
 *
 * @param input - The bytes, in chunks.
 * @param line - Called with each line.
 * @returns When the stream has ended.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * await forEachLine([Buffer.from("a\nb"), Buffer.from("c\nd")], (buf, start, end) => lines.push(buf.toString("utf8", start, end)));
 * lines;
 * //=> ["a", "bc", "d"]
 * ```
 */
export async function forEachLine(
  input: AsyncIterable<Buffer> | Iterable<Buffer>,
  line: (buf: Buffer, start: number, end: number, last: boolean) => void,
): Promise<void> {
  let carry: Buffer | null = null;
  for await (const chunk of input) {
    let start = 0;
    if (carry !== null) {
      const nl = chunk.indexOf(0x0a);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      // The line that spans the chunks, with its LF.
      const joined = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
      carry = null;
      line(joined, 0, joined.length - 1, false);
      start = nl + 1;
    }
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      line(chunk, start, nl, false);
      start = nl + 1;
    }
    carry = start < chunk.length ? Buffer.from(chunk.subarray(start)) : null;
  }
  if (carry !== null) line(carry, 0, carry.length, true);
}

/**
 * Streams a measurement file record by record: NDJSON (`.ndjson`, `.jsonl`), CSV (`.csv`, a header row naming the
 * measurement fields) or a JSON array (`.json`, read whole: use NDJSON or CSV for large files); a UTF-8 byte-order
 * mark is skipped. Each record goes to `onRecord` with its line as soon as it is read, so nothing but what the caller
 * keeps stays in memory. Errors name the file, the line and the field. Returns the number of records.
 */
export async function forEachMeasurementRecord(
  path: string,
  onRecord: (value: unknown, line: number) => void,
  options: ReadMeasurementsFileOptions = {},
): Promise<number> {
  const every = options.progressEvery ?? 100_000;
  const format = options.format ?? inputFormatOf(path);
  if (format === null) {
    throw new KpiError("invalid_argument", `${path}: cannot tell the format from the extension (use .csv, .ndjson, .jsonl or .json)`, {
      path: [],
    });
  }
  const { split, part } = options;
  if ((split !== undefined || part !== undefined) && format === "json") throw new Error("forEachMeasurementRecord: a JSON array is read whole");
  let count = 0;
  // The bytes read so far, for the progress callback.
  let bytes: { bytesRead: number } | null = null;
  const counted = (): void => {
    count++;
    if (options.onProgress !== undefined && count % every === 0) options.onProgress(count, bytes?.bytesRead ?? 0);
  };
  const emit = (value: unknown, line: number): void => {
    onRecord(value, line);
    counted();
  };
  switch (format) {
    case "json": {
      const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
      bytes = { bytesRead: Buffer.byteLength(text) };
      const data = parseJsonText(text, path);
      if (!Array.isArray(data)) throw new KpiError("invalid_input", `${path}: expected a JSON array of measurements`, { path: [] });
      const lines = lineOfArrayElements(text);
      data.forEach((value, i) => emit(value, lines[i] ?? 0));
      return count;
    }
    case "csv": {
      // Lines are split on the bytes at LF. A line that `tryCsvLine`'s reader takes from its bytes is one record; any
      // other goes, as text, to the RFC 4180 parser (which also reads quoted line breaks, lone CRs and the header).
      let header: readonly string[] | null = part?.header ?? null;
      let fast: LineReader | null = header === null ? null : (options.tryCsvLine?.(header) ?? null);
      const parser = createCsvParser(
        path,
        (cells, line) => {
          if (cells.length === 1 && cells[0]?.trim() === "") return;
          if (header === null) {
            header = cells.map((c) => c.trim());
            checkHeader(header, path, line);
            fast = options.tryCsvLine?.(header) ?? null;
            return;
          }
          const onRowError = options.onRowError;
          if (onRowError === undefined) {
            emit(csvRecord(header, cells, path, line), line);
            return;
          }
          let record: Record<string, unknown>;
          try {
            record = csvRecord(header, cells, path, line);
          } catch (error) {
            if (!isKpiError(error)) throw error;
            onRowError(error, line);
            counted();
            return;
          }
          emit(record, line);
        },
        part !== undefined,
      );
      bytes = { bytesRead: 0 };
      const stop = split === undefined ? null : { at: split.at, stop: () => split.stop(parser.line(), header !== null && parser.atRecordStart()) };
      await forEachLine(readChunks(path, bytes, part?.start ?? 0, stop), (buf, start, end, last) => {
        if (fast !== null && parser.atRecordStart() && fast(buf, start, end, parser.line())) {
          parser.skipLine();
          counted();
          return;
        }
        parser.push(buf.toString("utf8", start, last ? end : end + 1));
      });
      parser.finish();
      return count;
    }
    case "ndjson": {
      // Lines are split on the bytes, as readline splits text: at LF, CRLF and a lone CR.
      bytes = { bytesRead: 0 };
      const tryLine = options.tryLine;
      let n = 0;
      const input = readChunks(path, bytes, part?.start ?? 0, split === undefined ? null : { at: split.at, stop: () => split.stop(n + 1, true) });
      const slow = (text: string): void => {
        n++;
        const clean = n === 1 ? text.replace(/^\uFEFF/, "") : text;
        if (clean.trim() === "") return;
        emit(parseJsonText(clean, path, n), n);
      };
      // The next carriage return of the buffer being split, found once per buffer and moved on only past it (a
      // search from each line's start would read the rest of the chunk for every line).
      let crBuf: Buffer | null = null;
      let cr = -1;
      const line = (buf: Buffer, start: number, end: number): void => {
        if (end > start && buf[end - 1] === 0x0d) end--;
        if (buf !== crBuf || (cr >= 0 && cr < start)) {
          crBuf = buf;
          cr = buf.indexOf(0x0d, start);
        }
        if (cr >= 0 && cr < end) {
          // Lone carriage returns: each one ends a line.
          for (const piece of buf.toString("utf8", start, end).split("\r")) slow(piece);
          return;
        }
        if (tryLine !== undefined && tryLine(buf, start, end, n + 1)) {
          n++;
          counted();
          return;
        }
        slow(buf.toString("utf8", start, end));
      };
      await forEachLine(input, line);
      return count;
    }
  }
}
