import { isKpiError, type KpiError } from "../errors.js";
import { createRecordCheck, type MeasurementBatchWorkspace } from "../model/_lib/checkMeasurementBatch.js";
import { parseMeasurementAt } from "../model/_lib/parseMeasurementAt.js";
import { LineIndex } from "./lineIndex.js";
import { forEachMeasurementRecord, type InputFormat } from "./readMeasurementsFile.js";
import { placeRecordError } from "./recordSink.js";

/** The most problems `kpi-kit validate` lists, unless `--max-problems` says otherwise. */
export const DEFAULT_MAX_PROBLEMS = 20;
/** The largest `--max-problems`. */
export const MAX_MAX_PROBLEMS = 10_000;

/** What {@link findMeasurementProblems} found. */
export interface MeasurementProblems {
  /** The first `keep` problems, in line order, each worded as `kpi-kit validate` words it. */
  readonly first: readonly string[];
  /** How many records have a problem (one problem each: a record's checks stop at its first). */
  readonly count: number;
  /** Whether a problem was worded exactly as `known`. */
  readonly knownFound: boolean;
  /**
   * When the reader stopped on a problem it cannot read past (text that is not JSON, a CSV quote left open, a bad
   * CSV header), the line it stopped at (0 when the error names none); `null` when the whole file was read.
   * That problem is the last one counted.
   */
  readonly stoppedAt: number | null;
}

/**
 * Reads a measurement file once more, on the reader's general path (every NDJSON line through `JSON.parse`, every
 * CSV row through the CSV parser: none of the byte-level fast paths), and checks each record on its own with the
 * library's per-record checks: `parseMeasurement` (as `parseMeasurementAt`), then the workspace's (the KPI and the
 * subject exist, the KPI applies to the subject's scope kind, the fields fit the KPI's measure: `createRecordCheck`,
 * the per-record half of `parseMeasurements`). Each problem is worded as `loadInputs` words it (`file:line
 * (measurement "id"): … (field x)`). The checks across records (repeated ids, corrections) are not run: `loadInputs`
 * runs them once every record passes. Slow and simple: for `kpi-kit validate` to list the problems of a file it has
 * refused, never on the way to a result. Internal to the CLI.
 *
 * @param path - The file.
 * @param format - Its format.
 * @param workspace - The KPIs and scope nodes.
 * @param keep - How many problems to keep the words of (the first ones in line order); all are counted.
 * @param known - A problem's words to look for (the error `loadInputs` threw).
 * @returns The problems.
 * @throws What the file system throws when the file cannot be opened.
 */
export async function findMeasurementProblems(
  path: string,
  format: InputFormat,
  workspace: MeasurementBatchWorkspace,
  keep: number,
  known: string,
): Promise<MeasurementProblems> {
  const first: string[] = [];
  let count = 0;
  let knownFound = false;
  const note = (message: string): void => {
    count++;
    if (first.length < keep) first.push(message);
    if (message === known) knownFound = true;
  };
  const check = createRecordCheck(workspace, "parseMeasurements");
  const lines = new LineIndex();
  let i = 0;
  const onRecord = (value: unknown, line: number): void => {
    const index = i++;
    lines.note(index, line);
    // The record's id as the message names it: as read, or as parsed once the record has passed its schema.
    let id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
    try {
      const m = parseMeasurementAt(value, index);
      id = m.id;
      check(m, index);
    } catch (error) {
      if (!isKpiError(error)) throw error;
      placeRecordError(error, path, lines, id);
      note(error.message);
    }
  };
  let stoppedAt: number | null = null;
  try {
    // A CSV row that is not a record (a bad number cell, a wrong field count) is a problem of its own, and the list
    // goes on; it counts as a record, so that the later records keep their numbers.
    const onRowError = (error: KpiError, line: number): void => {
      lines.note(i++, line);
      note(error.message);
    };
    await forEachMeasurementRecord(path, onRecord, { format, onRowError });
  } catch (error) {
    // The reader's own errors name the file and the line already; anything else (the file cannot be read) is thrown.
    if (!isKpiError(error)) throw error;
    note(error.message);
    stoppedAt = typeof error.path[0] === "number" ? error.path[0] : 0;
  }
  return { first, count, knownFound, stoppedAt };
}

/**
 * What `kpi-kit validate` writes about a measurement file it refused: its problems in line order, to `max`, then
 * `… and N more` when there are more, and a count line. The error `loadInputs` threw is among them, where its line
 * puts it (the fast path holds a record's references until the whole file is read, so its error may not be the first
 * line with a problem). An empty string when the list cannot stand for the file: when the problems do not include
 * that error (`knownFound` false: an error across records, a repeated id or a correction), or when it is the only one
 * and reading stopped there (the rest of the file could not be read); the command then writes that error alone.
 * Internal to the CLI.
 *
 * @param path - The file, as the command line names it.
 * @param problems - What {@link findMeasurementProblems} found.
 * @param max - The most problems listed.
 * @returns The lines, each ending in a line break.
 *
 * @example
 * ```ts
 * const problems = { first: ["m.ndjson:2: a", "m.ndjson:5: b", "m.ndjson:9: c"], count: 4, knownFound: true, stoppedAt: null };
 * formatMeasurementProblems("m.ndjson", problems, 3);
 * //=> "m.ndjson:2: a\nm.ndjson:5: b\nm.ndjson:9: c\n… and 1 more\n4 records with problems in m.ndjson (the first 3 listed)\n"
 * ```
 */
export function formatMeasurementProblems(path: string, problems: MeasurementProblems, max: number): string {
  const { count, knownFound, stoppedAt } = problems;
  if (!knownFound || (count === 1 && stoppedAt !== null)) return "";
  // In line order, from the first line with a problem: the error the fast path threw may come later (it holds a
  // record's references until the file is read) or, past the limit, not at all; it is among those counted.
  const listed = problems.first.slice(0, max);
  const more = count > listed.length ? `… and ${(count - listed.length).toLocaleString("en")} more\n` : "";
  const records = count === 1 ? "1 record with a problem" : `${count.toLocaleString("en")} records with problems`;
  const stop = stoppedAt === null ? "" : stoppedAt > 0 ? ` up to line ${stoppedAt}, where reading stopped` : ", where reading stopped";
  const shown = count > listed.length ? (listed.length === 1 ? " (the first listed)" : ` (the first ${listed.length} listed)`) : "";
  return `${listed.map((message) => `${message}\n`).join("")}${more}${records} in ${path}${stop}${shown}\n`;
}
