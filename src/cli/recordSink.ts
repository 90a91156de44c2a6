import { isKpiError } from "../errors.js";
import type { BatchBuilder } from "../model/_lib/createBatchBuilder.js";
import { csvColumnKeys, scanCsvRecord } from "../model/_lib/scanCsvRecord.js";
import { createScanCaches, createScannedRecord, scanJsonRecord, scannedId } from "../model/_lib/scanJsonRecord.js";
import type { LineIndex } from "./lineIndex.js";
import type { LineReader } from "./readMeasurementsFile.js";

/** What `forEachMeasurementRecord` needs to put a file's records into a builder: see {@link createRecordSink}. */
export interface RecordSink {
  /** A record parsed by `JSON.parse` or read from a CSV row: checked by the builder. */
  readonly onRecord: (value: unknown, line: number) => void;
  /** An NDJSON line read from its bytes when it has the plainest form. */
  readonly tryLine: LineReader;
  /** A reader of CSV lines from their bytes, for a header. */
  readonly tryCsvLine: (header: readonly string[]) => LineReader | null;
}

/**
 * Puts a measurement file's records into a builder and notes each one's line: the lines in the plainest form are
 * read from their bytes straight into the columns (scanJsonRecord, scanCsvRecord), any other line — and every line
 * that is wrong — takes `JSON.parse` or the CSV parser and the schema, for the exact same answer. An error names the
 * file, the line and the record's id. Internal to the CLI: the measurement reader of `loadInputs` and of a part of
 * the file read on the worker thread.
 *
 * @param path - The file, for errors.
 * @param builder - Where the records go.
 * @param lines - Where each record's line is noted.
 * @param beforeAdd - Called before each record is added.
 * @returns The callbacks for `forEachMeasurementRecord`.
 *
 * @example
 * ```ts
 * const builder = createBatchBuilder();
 * const lines = new LineIndex();
 * const sink = createRecordSink("m.ndjson", builder, lines);
 * const line = Buffer.from('{"id":"m1","kpiId":"k","subjectId":"s","at":"2026-01-01T00:00:00Z","value":1}');
 * [sink.tryLine(line, 0, line.length, 7), builder.length, lines.at(0)];
 * //=> [true, 1, 7]
 * ```
 */
export function createRecordSink(path: string, builder: BatchBuilder, lines: LineIndex, beforeAdd?: () => void): RecordSink {
  const scanned = createScannedRecord();
  const caches = createScanCaches();
  const takeScanned = (line: number): true => {
    beforeAdd?.();
    lines.note(builder.length, line);
    try {
      builder.addScanned(scanned);
    } catch (error) {
      placeRecordError(error, path, lines, scannedId(scanned));
      throw error;
    }
    return true;
  };
  return {
    onRecord: (value, line) => {
      beforeAdd?.();
      lines.note(builder.length, line);
      try {
        builder.add(value);
      } catch (error) {
        const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
        placeRecordError(error, path, lines, id);
        throw error;
      }
    },
    tryLine: (bytes, start, end, line) => scanJsonRecord(caches, bytes, start, end, scanned) && takeScanned(line),
    tryCsvLine: (header) => {
      const columns = csvColumnKeys(header);
      return columns === null ? null : (bytes, start, end, line) => scanCsvRecord(caches, columns, bytes, start, end, scanned) && takeScanned(line);
    },
  };
}

/** `file:line` of record `index`, or `file[index]` when its line is not known (a JSON array). */
export function originAt(path: string, lines: LineIndex, index: number): string {
  const line = lines.at(index);
  return line > 0 ? `${path}:${line}` : `${path}[${index}]`;
}

/**
 * Names the file, line and record id of an error about record `index` (path `[index, …]`). The library's own place of
 * the record (`parseMeasurements: [3].value: …`) gives way to the file's line, so the message goes on with the field
 * (`value: …`); a field the message does not begin with is named at its end.
 *
 * @example
 * ```ts
 * const error = new KpiError("invalid_input", "parseMeasurements: [1].value: must be a number", { path: [1, "value"] });
 * placeRecordError(error, "m.ndjson", { at: (i: number) => i + 2 } as LineIndex, "m2");
 * error.message;
 * //=> 'm.ndjson:3 (measurement "m2"): value: must be a number'
 * ```
 */
export function placeRecordError(error: unknown, path: string, lines: LineIndex, id: unknown): void {
  if (!isKpiError(error)) return;
  const index = typeof error.path[0] === "number" ? error.path[0] : -1;
  const named = typeof id === "string" ? ` (measurement "${id}")` : "";
  const where = index >= 0 ? `${originAt(path, lines, index)}${named}` : path;
  const field = error.path.slice(1).map(String).join(".");
  let text = error.message;
  // The function's name ("parseMeasurements: "), then the record's index when it is this record's.
  const own = index >= 0 ? /^[a-z][A-Za-z]*: (?:\[(\d+)\](?:\.|: | ))?/.exec(text) : null;
  if (own !== null) text = text.slice(own[1] === undefined || Number(own[1]) === index ? own[0].length : own[0].indexOf("["));
  const fieldNote = field === "" || text.startsWith(`${field}: `) ? "" : ` (field ${field})`;
  error.message = `${where}: ${text}${fieldNote}`;
}
