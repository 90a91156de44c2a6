/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { isKpiError } from "../errors.js";
import type { Measurement } from "../model/measurement.js";
import { parseMeasurements } from "../model/parseMeasurements.js";
import { parseWorkspace, type Workspace } from "../model/workspace.js";
import type { ServiceOutage } from "../sla/parseOutages.js";
import type { Ticket } from "../sla/ticket.js";
import { parseJsonText } from "./parseJsonText.js";
import { readEventsFile } from "./readEventsFile.js";
import { inputFormatOf, readMeasurementsFile, type InputFormat, type RawRecord } from "./readMeasurementsFile.js";
import { toUsageError, UsageError } from "./usageError.js";

/** The files of one `validate` or `report` run. */
export interface InputFiles {
  readonly workspace: string;
  readonly measurements?: string | undefined;
  readonly inputFormat?: InputFormat | undefined;
  readonly outages?: string | undefined;
  readonly tickets?: string | undefined;
  /** Shows a progress count for long measurement files. */
  readonly onProgress?: ((path: string, records: number) => void) | undefined;
}

/** Everything read and checked, with the line of each measurement. */
export interface LoadedInputs {
  readonly workspace: Workspace;
  readonly measurements: Measurement[] | undefined;
  /** Where each measurement came from, by id: `file:line` (or `file[index]` for a JSON array). */
  readonly origins: ReadonlyMap<string, string>;
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
    if (isKpiError(error)) {
      error.message = `${path}: ${error.message} (at ${error.path.map(String).join(".") || "the top level"})`;
    }
    throw error;
  }
  // Within parseWorkspace's size limit, so parsing the text a second time is cheap: refuse a key named twice.
  parseJsonText(json, path);
  return workspace;
}

function originOf(path: string, records: readonly RawRecord[], index: number): string {
  const line = records[index]?.line ?? 0;
  return line > 0 ? `${path}:${line}` : `${path}[${index}]`;
}

async function loadMeasurements(files: InputFiles, path: string, workspace: Workspace): Promise<{ measurements: Measurement[]; origins: Map<string, string> }> {
  const format = files.inputFormat ?? inputFormatOf(path);
  if (format === null) {
    throw new UsageError(`cannot tell the format of ${path} from its extension: name it .csv, .ndjson, .jsonl or .json, or pass --input-format csv|ndjson|json`);
  }
  let records: RawRecord[];
  try {
    const progress = files.onProgress;
    records = await readMeasurementsFile(path, { format, onProgress: progress === undefined ? undefined : (n) => progress(path, n) });
  } catch (error) {
    throw toUsageError(error, "read", path);
  }
  let measurements: Measurement[];
  try {
    measurements = parseMeasurements(records.map((r) => r.value), workspace);
  } catch (error) {
    if (isKpiError(error)) {
      const index = typeof error.path[0] === "number" ? error.path[0] : -1;
      const raw = records[index]?.value;
      const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
      const named = typeof id === "string" ? ` (measurement "${id}")` : "";
      const where = index >= 0 ? `${originOf(path, records, index)}${named}` : path;
      error.message = `${where}: ${error.message} (field ${error.path.slice(1).map(String).join(".") || "record"})`;
    }
    throw error;
  }
  const origins = new Map<string, string>();
  measurements.forEach((m, i) => origins.set(m.id, originOf(path, records, i)));
  return { measurements, origins };
}

/**
 * Reads and checks the files of a `validate` or `report` run, the same way for both commands: the workspace, then the
 * measurements, outages and tickets against it. Errors name the file and the line (or index) and the record's id.
 */
export async function loadInputs(files: InputFiles): Promise<LoadedInputs> {
  const workspace = await loadWorkspace(files.workspace);
  const loaded = files.measurements === undefined ? undefined : await loadMeasurements(files, files.measurements, workspace);
  const outages = files.outages === undefined ? [] : await readEventsFile(files.outages, "outage", workspace);
  const tickets = files.tickets === undefined ? [] : await readEventsFile(files.tickets, "ticket", workspace);
  return { workspace, measurements: loaded?.measurements, origins: loaded?.origins ?? new Map(), outages, tickets };
}

/**
 * Adds to the message of an error found after parsing (e.g. while building a report) the `file:line` of each
 * measurement it names: by its index (path `["measurements", i, …]`) or by its id in quotes.
 */
export function locateRecords(error: unknown, measurements: readonly Measurement[], origins: ReadonlyMap<string, string>): void {
  if (!isKpiError(error)) return;
  const found: string[] = [];
  if (error.path[0] === "measurements" && typeof error.path[1] === "number") {
    const id = measurements[error.path[1]]?.id;
    const origin = id === undefined ? undefined : origins.get(id);
    if (origin !== undefined) found.push(`${origin} (measurement "${id}")`);
  }
  for (const [, id] of error.message.matchAll(/"([^"]{1,200})"/g)) {
    const origin = id === undefined ? undefined : origins.get(id);
    const entry = `${origin} (measurement "${id}")`;
    if (origin !== undefined && !found.includes(entry)) found.push(entry);
  }
  if (found.length > 0) error.message = `${found.slice(0, 5).join(", ")}${found.length > 5 ? ", …" : ""}: ${error.message}`;
}
