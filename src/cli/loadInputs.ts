/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { isKpiError, type KpiError } from "../errors.js";
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { createBatchBuilder, type BatchBuilder } from "../model/_lib/createBatchBuilder.js";
import { batchIdAt, type BatchOfIds } from "../model/_lib/batchIds.js";
import { MAX_MEASUREMENTS } from "../model/_lib/parseMeasurementAt.js";
import { checkBatch, checkBatchIds } from "../model/_lib/checkBatch.js";
import type { LeanBatch, LeanRecordHook } from "../model/_lib/createBatchColumns.js";
import { createScannedCheck } from "../model/_lib/createScannedCheck.js";
import { parseWorkspace, type Workspace } from "../model/workspace.js";
import type { ServiceOutage } from "../sla/parseOutages.js";
import type { Ticket } from "../sla/ticket.js";
import { LineIndex } from "./lineIndex.js";
import { planFileSplit } from "./planFileSplit.js";
import { expectedLines, sampleLines } from "./sampleLines.js";
import { abandonPart, createPartControl, partProgress, stopPart, type FilePartReply, type FilePartRequest } from "./readFilePart.js";
import { createRecordSink, originAt, placeRecordError } from "./recordSink.js";
import type { DigestWorker } from "./startDigestWorker.js";
import { parseJsonText } from "./parseJsonText.js";
import { readEventsFile } from "./readEventsFile.js";
import { forEachMeasurementRecord, inputFormatOf, type InputFormat } from "./readMeasurementsFile.js";
import { toUsageError, UsageError } from "./usageError.js";

/** The files of one `validate` or `report` run. */
export interface InputFiles {
  readonly workspace: string;
  readonly measurements?: string | undefined;
  readonly inputFormat?: InputFormat | undefined;
  /**
   * The command reading the files, for the message that says which command reads a file it cannot (Parquet).
   * @defaultValue "report"
   */
  readonly command?: "validate" | "report" | undefined;
  readonly outages?: string | undefined;
  readonly tickets?: string | undefined;
  /**
   * Check the measurements against the workspace (references, measure kinds, ids, corrections) while loading.
   * `report` leaves it to `buildReport`, which runs the very same checks, so that a large file is checked once.
   * @defaultValue true
   */
  readonly checkMeasurements?: boolean | undefined;
  /**
   * Keep the measurements' columns in shared memory, for a worker thread to read without a copy (the digest).
   * @defaultValue false
   */
  readonly sharedColumns?: boolean | undefined;
  /**
   * The CLI's worker thread (startDigestWorker.ts), to read the measurement file (CSV or NDJSON) on two threads
   * (see `wantsReadThread`).
   */
  readonly worker?: DigestWorker | undefined;
  /** Told, when the file was split between two threads, whether the worker thread's part was taken in. */
  readonly onSplit?: ((taken: boolean) => void) | undefined;
  /** Called when a later stage of loading starts (for a progress display). */
  readonly onStage?: ((text: string) => void) | undefined;
  /** Called with the workspace once it is read, before the other files: to refuse options that do not fit it early. */
  readonly onWorkspace?: ((workspace: Workspace) => void) | undefined;
  /** Shows a progress count for long measurement files. */
  readonly onProgress?: ((path: string, records: number, bytes: number) => void) | undefined;
}

/** Everything read and checked, with the line of each measurement. */
export interface LoadedInputs<M extends LeanBatch = MeasurementBatch> {
  readonly workspace: Workspace;
  readonly measurements: M | undefined;
  /** Where each measurement came from, by id: `file:line` (or `file[index]` for a JSON array). */
  readonly origins: RecordOrigins;
  readonly outages: ServiceOutage[];
  readonly tickets: Ticket[];
}

async function loadWorkspace(path: string): Promise<Workspace> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw toUsageError(error, "read", path);
  }
  const json = text.replace(/^\uFEFF/, "");
  let workspace: Workspace;
  try {
    workspace = parseWorkspace(json);
  } catch (error) {
    // Not JSON: parseJsonText refuses it the same way, naming the line where the parser stopped.
    if (isKpiError(error) && error.cause instanceof SyntaxError) parseJsonText(json, path);
    if (isKpiError(error)) {
      error.message = `${path}: ${error.message} (at ${error.path.map(String).join(".") || "the top level"})`;
    }
    throw error;
  }
  // Within parseWorkspace's size limit, so parsing the text a second time is cheap: refuse a key named twice.
  parseJsonText(json, path);
  return workspace;
}

/** Where each measurement came from, by id: `file:line` (or `file[index]` for a JSON array without lines). */
export interface RecordOrigins {
  /** The origin of the record with this id. */
  get(id: string): string | undefined;
  /** The origin of the record at this index of the measurements read. */
  at(index: number): string | undefined;
}

// The origin of each record, by id, built only when an error asks for one (a million-record file needs no map).
function originsOf(path: string, measurements: BatchOfIds, lines: LineIndex): RecordOrigins {
  let byId: Map<string, number> | null = null;
  return {
    get(id: string): string | undefined {
      if (byId === null) {
        byId = new Map();
        for (let i = 0; i < measurements.length; i++) byId.set(measurements.id[i]!, i);
      }
      const i = byId.get(id);
      return i === undefined ? undefined : originAt(path, lines, i);
    },
    at(index: number): string | undefined {
      return index >= 0 && index < measurements.length ? originAt(path, lines, index) : undefined;
    },
  };
}

// The main thread's share of a file read on two threads: the worker thread starts its part a little later.
const READ_SHARE = 0.5;

async function loadMeasurements(files: InputFiles, path: string, workspace: Workspace, keepLean: boolean): Promise<{ measurements: LeanBatch; origins: RecordOrigins }> {
  const format = files.inputFormat ?? inputFormatOf(path);
  if (format === null) {
    // Parquet is read by DuckDB only (report --engine duckdb), never here.
    if (/\.parquet$/i.test(path)) {
      throw new UsageError(
        files.command === "validate"
          ? `cannot read ${path}: validate does not read Parquet; report --engine duckdb does`
          : `cannot read ${path} without --engine: Parquet is read with --engine duckdb`,
      );
    }
    throw new UsageError(`cannot tell the format of ${path} from its extension: name it .csv, .ndjson, .jsonl or .json, or pass --input-format csv|ndjson|json`);
  }
  // Each record is validated as soon as it is read and its fields go into the columns of a batch, so only the
  // columns and the records' line numbers stay in memory; the columns are allocated once for the records expected.
  const sample = format === "json" ? null : sampleLines(path);
  const expected = Math.min(expectedLines(sample), MAX_MEASUREMENTS);
  // Lean (validate): each record is checked against the workspace as it goes into the columns, which keep no values;
  // the first error waits until the file is read, as a whole batch's check does.
  let failed: KpiError | null = null;
  const check = keepLean ? createScannedCheck(workspace, "parseMeasurements") : null;
  const lean: LeanRecordHook | undefined =
    check === null
      ? undefined
      : (r, i, k, s) => {
          if (failed === null) failed = check(r, i, k, s);
        };
  // A large file is read on two threads when a worker thread is at hand: the worker reads the second part into the
  // same shared columns, and the main thread takes its records in once it has read the first part (planFileSplit.ts,
  // readFilePart.ts). Should the worker's part be anything but plainly right, the main thread reads it itself: the
  // records and the errors are those of one thread.
  let plan = files.worker !== undefined && format !== "json" && sample !== null ? planFileSplit(path, format, READ_SHARE, 0, sample) : null;
  let builder: BatchBuilder | null = null;
  // A file of far more lines than a batch may hold is refused at its limit; the room for it is not reserved.
  if (plan !== null && plan.capacity > MAX_MEASUREMENTS * 1.3) plan = null;
  if (plan !== null) {
    try {
      builder = createBatchBuilder({ expectedRecords: plan.capacity, exactReserve: true, idBytes: plan.size, lean, shared: true });
    } catch (error) {
      // Room for the whole file's ids could not be had (shared memory is limited): one thread, as for a small file.
      if (!(error instanceof RangeError)) throw error;
      plan = null;
    }
  }
  builder ??= createBatchBuilder({ expectedRecords: expected, lean, shared: files.sharedColumns === true });
  // Each record's line, as runs of consecutive lines (lineIndex.ts).
  const lines = new LineIndex();
  const progress = files.onProgress;
  // The worker's part: its plan, the control it shares with this thread, and its answer to come.
  const part =
    plan === null
      ? null
      : (() => {
          const control = createPartControl();
          const request: FilePartRequest = {
            kind: "read", path, format: format as "csv" | "ndjson", start: plan.at, header: plan.header,
            workspace: lean === undefined ? null : { kpis: workspace.kpis, scopes: workspace.scopes },
            region: builder.region(), from: plan.from, byteFrom: plan.at, control,
          };
          return { plan, control, reply: files.worker!.readPart(request) };
        })();
  let partRunning = part !== null;
  // The worker's part is given up (stopped first if it runs) and read here.
  const readPartHere = (stop: boolean): void => {
    if (stop) stopPart(part!.control);
    partRunning = false;
    files.onSplit?.(false);
  };
  // The main thread's records must stay below the part's rows: at its first row, the part is stopped (and read here).
  const beforeAdd =
    part === null
      ? undefined
      : () => {
          if (partRunning && builder.length === part.plan.from) readPartHere(true);
        };
  const sink = createRecordSink(path, builder, lines, beforeAdd);
  const withPart = (records: number, bytes: number): [number, number] => {
    if (part === null || !partRunning) return [records, bytes];
    const done = partProgress(part.control);
    return [records + done.records, bytes + done.bytes];
  };
  const split =
    part === null
      ? undefined
      : {
          at: part.plan.at,
          stop: async (line: number, clean: boolean): Promise<boolean> => {
            if (!partRunning) return false;
            // A CSV field open across the split: the worker's part started inside it.
            if (!clean) {
              readPartHere(true);
              return false;
            }
            const ticker = progress === undefined ? null : setInterval(() => progress(path, ...withPart(builder.length, part.plan.at)), 250);
            let answer: FilePartReply;
            try {
              answer = await part.reply;
            } finally {
              if (ticker !== null) clearInterval(ticker);
            }
            if (!("part" in answer) || builder.length + answer.part.length > MAX_MEASUREMENTS) {
              readPartHere(false);
              return false;
            }
            partRunning = false;
            builder.adopt(answer.part);
            lines.append(answer.lines, line - 1);
            files.onSplit?.(true);
            return true;
          },
        };
  try {
    await forEachMeasurementRecord(path, sink.onRecord, {
      format,
      onProgress: progress === undefined ? undefined : (n, bytes) => progress(path, ...withPart(n, bytes)),
      progressEvery: 25_000,
      tryLine: sink.tryLine,
      tryCsvLine: sink.tryCsvLine,
      split,
    });
  } catch (error) {
    // The part stops writing into columns no one will read.
    if (part !== null && partRunning) abandonPart(part.control);
    throw toUsageError(error, "read", path);
  }
  const measurements = lean === undefined ? builder.finish() : builder.finishLean();
  if (files.checkMeasurements === false) return { measurements, origins: originsOf(path, measurements, lines) };
  files.onStage?.(`checking ${measurements.length.toLocaleString("en")} records against the workspace`);
  try {
    if (lean === undefined) checkBatch(measurements as MeasurementBatch, workspace, "parseMeasurements");
    else if (failed !== null) throw failed;
    else checkBatchIds(measurements, "parseMeasurements", [], false);
  } catch (error) {
    const index = isKpiError(error) && typeof error.path[0] === "number" ? error.path[0] : -1;
    placeRecordError(error, path, lines, batchIdAt(measurements, index));
    throw error;
  }
  return { measurements, origins: originsOf(path, measurements, lines) };
}

// The errors loadInputs threw about the measurements file (a record, or the reading), with the workspace they were
// checked against: see measurementsErrorWorkspace.
const measurementsErrors = new WeakMap<KpiError, Workspace>();

/**
 * The workspace against which {@link loadInputs} was checking the measurements file when it threw `error` about that
 * file (a record, its reading or the checks across records), or `undefined` for any other error (the workspace, the
 * outages, the tickets, a file that cannot be read). For `kpi-kit validate`, which then lists the file's problems.
 *
 * @param error - What `loadInputs` threw.
 * @returns The workspace, or `undefined`.
 */
export function measurementsErrorWorkspace(error: unknown): Workspace | undefined {
  return isKpiError(error) ? measurementsErrors.get(error) : undefined;
}

/**
 * Reads and checks the files of a `validate` or `report` run, the same way for both commands: the workspace, then the
 * measurements, outages and tickets against it. Errors name the file and the line (or index) and the record's id.
 */
export async function loadInputs(files: InputFiles): Promise<LoadedInputs>;
/**
 * With `lean`: keep only what the checks and a count by status need of the measurements (`validate`). Each record is
 * checked against the workspace as it is read, its values are let go, and the errors are the same.
 */
export async function loadInputs(files: InputFiles, lean: "lean"): Promise<LoadedInputs<LeanBatch>>;
export async function loadInputs(files: InputFiles, lean?: "lean"): Promise<LoadedInputs<LeanBatch>> {
  if (lean !== undefined && files.checkMeasurements === false) throw new Error("loadInputs: lean measurements are checked as they are read");
  const workspace = await loadWorkspace(files.workspace);
  files.onWorkspace?.(workspace);
  let loaded: Awaited<ReturnType<typeof loadMeasurements>> | undefined;
  if (files.measurements !== undefined) {
    try {
      loaded = await loadMeasurements(files, files.measurements, workspace, lean !== undefined);
    } catch (error) {
      if (isKpiError(error)) measurementsErrors.set(error, workspace);
      throw error;
    }
  }
  const outages = files.outages === undefined ? [] : await readEventsFile(files.outages, "outage", workspace);
  const tickets = files.tickets === undefined ? [] : await readEventsFile(files.tickets, "ticket", workspace);
  return { workspace, measurements: loaded?.measurements, origins: loaded?.origins ?? { get: () => undefined, at: () => undefined }, outages, tickets };
}

/**
 * Adds to the message of an error found after parsing (e.g. while building a report) the `file:line` of each
 * measurement it names: by its index (path `["measurements", i, …]`) or by its id in quotes.
 */
export function locateRecords(error: unknown, measurements: MeasurementBatch, origins: RecordOrigins): void {
  if (!isKpiError(error)) return;
  const found: string[] = [];
  let field = "";
  if (error.path[0] === "measurements" && typeof error.path[1] === "number") {
    const id = batchIdAt(measurements, error.path[1]);
    const origin = origins.at(error.path[1]);
    if (origin !== undefined) found.push(id === undefined ? origin : `${origin} (measurement "${id}")`);
    if (error.path.length > 2) field = ` (field ${error.path.slice(2).map(String).join(".")})`;
  }
  for (const [, id] of error.message.matchAll(/"([^"]{1,200})"/g)) {
    const origin = id === undefined ? undefined : origins.get(id);
    const entry = `${origin} (measurement "${id}")`;
    if (origin !== undefined && !found.includes(entry)) found.push(entry);
  }
  if (found.length > 0) error.message = `${found.slice(0, 5).join(", ")}${found.length > 5 ? ", …" : ""}: ${error.message}${field}`;
}
