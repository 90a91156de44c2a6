/// <reference types="node" />
import { closeSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createCsvParser } from "./readCsvRecords.js";
import { checkHeader } from "./readMeasurementsFile.js";
import { sampleLines, type LineSample } from "./sampleLines.js";

/**
 * Measurement files from this size on are read on two threads (when a worker thread is at hand): about 400 000
 * records of CSV or 250 000 of NDJSON. Below about 300 000 records the thread cost as much as it saved (measured with
 * `validate` and `report` over 200 000 and 300 000 records, four runs each way).
 */
export const READ_THREAD_MIN_BYTES = 48 * 1024 * 1024;

/** The largest file read on two threads (the ids' store has room for the whole file, counted in 32 bits). */
const MAX_SPLIT_BYTES = 0xffff0000;

/**
 * Whether the CLI reads a measurement file on two threads: one of at least {@link READ_THREAD_MIN_BYTES}, on a machine
 * with more than one core, unless `KPIKIT_READ_THREAD` is `0` (`1` asks for it whatever the file's size). A JSON
 * array, and a file whose plan fails ({@link planFileSplit}), are read on one thread all the same.
 *
 * @param fileBytes - The measurement file's size, or `null` when unknown.
 * @param env - The environment.
 * @param cores - The cores the process may use.
 * @returns Whether to read on two threads.
 *
 * @example
 * ```ts
 * [wantsReadThread(200e6, {}, 2), wantsReadThread(200e6, {}, 1), wantsReadThread(1e3, { KPIKIT_READ_THREAD: "1" }, 2)];
 * //=> [true, false, true]
 * ```
 */
export function wantsReadThread(fileBytes: number | null, env: Readonly<Record<string, string | undefined>>, cores = availableParallelism()): boolean {
  const setting = env["KPIKIT_READ_THREAD"];
  if (setting === "0") return false;
  if (setting === "1") return true;
  return cores > 1 && fileBytes !== null && fileBytes >= READ_THREAD_MIN_BYTES;
}

/**
 * Where a measurement file is split between the main thread and the worker thread, and the room each gets: the main
 * thread reads bytes `[0, at)` into rows from 0, the worker `[at, size)` into rows from `from`, of `capacity` rows in
 * all; each part's ids fit in the bytes of its part of the file, so the ids' room is `size` bytes.
 */
export interface FileSplit {
  readonly size: number;
  readonly at: number;
  /** CSV: the header (checked, trimmed). */
  readonly header: readonly string[] | null;
  readonly from: number;
  readonly capacity: number;
}

/**
 * Plans reading a file on two threads: the split at the start of the first line at or after `share` of its bytes,
 * and room for each part's records at 10 % more lines than the file's first MiB suggests (a part that outgrows its
 * room is read by the main thread instead). `null` when the file is smaller than `minBytes` or larger than 4 GiB, cannot be read, has no
 * line break near the split or in its first MiB, or (CSV) does not start with a header line of measurement fields
 * without quotes. Internal to the CLI.
 *
 * @param path - The file.
 * @param format - Its format.
 * @param share - The main thread's share of the bytes.
 * @param minBytes - The smallest file to split.
 * @param sample - The file's first MiB (`sampleLines`), when the caller has it already.
 * @returns The plan, or `null`.
 *
 * @example
 * ```ts
 * writeFileSync("/tmp/m.ndjson", "a\nbb\nccc\n");
 * planFileSplit("/tmp/m.ndjson", "ndjson", 0.5, 0);
 * //=> { size: 9, at: 5, header: null, from: 1026, capacity: 2052 }
 * ```
 */
export function planFileSplit(
  path: string,
  format: "csv" | "ndjson",
  share = 0.5,
  minBytes = READ_THREAD_MIN_BYTES,
  sample: LineSample | null = sampleLines(path),
): FileSplit | null {
  if (sample === null) return null;
  const { size, bytes, breaks, firstBreak } = sample;
  // The ids' store counts its bytes in 32 bits, and its room for a split file is the file's size.
  if (size < minBytes || size < 2 || size > MAX_SPLIT_BYTES || breaks < 2) return null;
  let header: readonly string[] | null = null;
  if (format === "csv") {
    header = csvHeader(bytes.toString("utf8", 0, firstBreak + 1), path);
    if (header === null) return null;
  }
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return null;
  }
  try {
    // The split: just after the first line break at or after the share (within 1 MiB), and after the header.
    const window = Buffer.allocUnsafe(Math.min(1 << 20, size));
    const near = Math.max(firstBreak + 1, Math.floor(size * share));
    const got = readSync(fd, window, 0, Math.min(window.length, size - near), near);
    const nl = window.subarray(0, got).indexOf(0x0a);
    if (nl < 0) return null;
    const at = near + nl + 1;
    if (at >= size) return null;
    const perByte = breaks / bytes.length;
    const from = Math.ceil(perByte * at * 1.1) + 1024;
    const capacity = from + Math.ceil(perByte * (size - at) * 1.1) + 1024;
    return { size, at, header, from, capacity };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

// The header of a CSV file from its first line (with its line break), as the reader takes it; null when the line is
// not a plain header (blank, quoted, or not of measurement fields): the file is then read on one thread.
function csvHeader(line: string, path: string): readonly string[] | null {
  if (line.includes('"')) return null;
  const records: string[][] = [];
  const parser = createCsvParser(path, (cells) => records.push(cells));
  parser.push(line);
  if (records.length !== 1 || !parser.atRecordStart()) return null;
  const cells = records[0]!;
  if (cells.length === 1 && cells[0]!.trim() === "") return null;
  const header = cells.map((c) => c.trim());
  try {
    checkHeader(header, path, 1);
  } catch {
    return null;
  }
  return header;
}
