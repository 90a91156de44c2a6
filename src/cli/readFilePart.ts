/// <reference types="node" />
import type { KpiError } from "../errors.js";
import { createBatchBuilder } from "../model/_lib/createBatchBuilder.js";
import type { ColumnPart, ColumnRegion } from "../model/_lib/createBatchColumns.js";
import { createScannedCheck } from "../model/_lib/createScannedCheck.js";
import type { MeasurementBatchWorkspace } from "../model/_lib/checkMeasurementBatch.js";
import { LineIndex, type LineIndexParts } from "./lineIndex.js";
import { forEachMeasurementRecord } from "./readMeasurementsFile.js";
import { createRecordSink } from "./recordSink.js";

// The cells of a part's control array (an Int32Array over a SharedArrayBuffer of 16 bytes).
/** Set to 1 by the main thread: the part stops writing. */
const STOP = 0;
/** The part's state: {@link PartState}. */
const STATE = 1;
/** Records read so far (every 25 000), and KiB. */
const RECORDS = 2;
const KIB = 3;

/** The states of a part read on another thread. */
export const PartState = { Idle: 0, Running: 1, Done: 2, Stopped: 3 } as const;

/**
 * A part of a measurement file for the worker thread to read into the main thread's columns: from byte `start` (a
 * line where a record starts) to the end, its records from row `from` of the region and their ids from byte
 * `byteFrom` (the part's records cannot have more bytes of ids than the part has bytes).
 */
export interface FilePartRequest {
  readonly kind: "read";
  readonly path: string;
  readonly format: "csv" | "ndjson";
  readonly start: number;
  /** CSV: the file's header (checked, trimmed). */
  readonly header: readonly string[] | null;
  /** Lean columns (validate): each record is checked against these KPIs and scope nodes as it is read. */
  readonly workspace: MeasurementBatchWorkspace | null;
  readonly region: ColumnRegion;
  readonly from: number;
  readonly byteFrom: number;
  /** See {@link createPartControl}. */
  readonly control: Int32Array;
}

/**
 * The worker thread's answer: what it wrote and each record's line (counted from 1 at the part's start), or why
 * the main thread must read the part itself (any error in the part, a record that does not fit the workspace, a full
 * region, a stop): the main thread then reads it, and gives the exact error a file read on one thread gets.
 */
export type FilePartReply =
  | { readonly kind: "read"; readonly part: ColumnPart; readonly lines: LineIndexParts }
  | { readonly kind: "read"; readonly error: string };

/**
 * A control array for a part: shared, all cells 0 (`PartState.Idle`).
 *
 * @example
 * ```ts
 * const control = createPartControl();
 * [control.length, control.buffer instanceof SharedArrayBuffer, partProgress(control)];
 * //=> [4, true, { records: 0, bytes: 0 }]
 * ```
 */
export function createPartControl(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(16));
}

/**
 * Records and bytes the part has read so far (updated every 25 000 records, the bytes to the KiB).
 *
 * @example
 * ```ts
 * partProgress(createPartControl());
 * //=> { records: 0, bytes: 0 }
 * ```
 */
export function partProgress(control: Int32Array): { readonly records: number; readonly bytes: number } {
  return { records: Atomics.load(control, RECORDS), bytes: Atomics.load(control, KIB) * 1024 };
}

/**
 * Stops a part before the main thread writes into its rows: when it has not started, it never will; when it runs,
 * this waits (blocking the thread: at most a few thousand records) until it has stopped writing. Internal to the CLI.
 *
 * @param control - The part's control array.
 * @param timeoutMs - How long to wait at most.
 * @throws `Error` when the part has not stopped within `timeoutMs`.
 *
 * @example
 * ```ts
 * const control = createPartControl();
 * stopPart(control); // not started: it never will
 * Atomics.load(control, 1) === PartState.Stopped;
 * //=> true
 * ```
 */
export function stopPart(control: Int32Array, timeoutMs = 60_000): void {
  Atomics.store(control, STOP, 1);
  if (Atomics.compareExchange(control, STATE, PartState.Idle, PartState.Stopped) === PartState.Idle) return;
  const until = Date.now() + timeoutMs;
  while (Atomics.load(control, STATE) === PartState.Running) {
    if (Date.now() > until) throw new Error("the reading thread did not stop");
    Atomics.wait(control, STATE, PartState.Running, 100);
  }
}

/**
 * Asks a part to stop without waiting for it (the main thread is giving up on the file: nothing will read the part's
 * rows).
 *
 * @example
 * ```ts
 * const control = createPartControl();
 * abandonPart(control);
 * Atomics.load(control, 0);
 * //=> 1
 * ```
 */
export function abandonPart(control: Int32Array): void {
  Atomics.store(control, STOP, 1);
}

class PartStopped extends Error {}

/**
 * Reads a part of a measurement file into another thread's columns (what the worker thread runs for a
 * {@link FilePartRequest}): the same reader, the same checks, as the main thread's, over the part's lines. Internal to
 * the CLI.
 *
 * @param request - The part.
 * @returns What it wrote, or why not.
 *
 * @example
 * ```ts
 * // On the worker thread (serveDigest), for each request of kind "read":
 * port.postMessage(await readFilePart(request));
 * ```
 */
export async function readFilePart(request: FilePartRequest): Promise<FilePartReply> {
  const control = request.control;
  if (Atomics.compareExchange(control, STATE, PartState.Idle, PartState.Running) !== PartState.Idle) {
    return { kind: "read", error: "stopped before it started" };
  }
  let stopped = false;
  try {
    const check = request.workspace === null ? null : createScannedCheck(request.workspace, "parseMeasurements");
    let failed: KpiError | null = null;
    const builder = createBatchBuilder({
      lean: check === null ? undefined : (r, i, k, s) => void (failed ??= check(r, i, k, s)),
      shared: true,
      place: { region: request.region, from: request.from, byteFrom: request.byteFrom },
    });
    const lines = new LineIndex();
    let taken = 0;
    const sink = createRecordSink(request.path, builder, lines, () => {
      if ((++taken & 1023) === 0 && Atomics.load(control, STOP) !== 0) {
        stopped = true;
        throw new PartStopped("stopped");
      }
    });
    await forEachMeasurementRecord(request.path, sink.onRecord, {
      format: request.format,
      part: { start: request.start, header: request.header ?? undefined },
      tryLine: sink.tryLine,
      tryCsvLine: sink.tryCsvLine,
      progressEvery: 25_000,
      onProgress: (records, bytes) => {
        Atomics.store(control, RECORDS, records);
        Atomics.store(control, KIB, Math.floor(bytes / 1024));
      },
    });
    if (failed !== null) return { kind: "read", error: "a record does not fit the workspace" };
    return { kind: "read", part: builder.part(), lines: lines.parts() };
  } catch (error) {
    return { kind: "read", error: error instanceof Error ? error.message : String(error) };
  } finally {
    Atomics.store(control, STATE, stopped ? PartState.Stopped : PartState.Done);
    Atomics.notify(control, STATE);
  }
}
