/// <reference types="node" />
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { KpiError } from "../errors.js";

/** A record read from a measurement file, with the line it came from (1-based; 0 for a JSON array element). */
export interface RawRecord {
  readonly line: number;
  readonly value: unknown;
}

/** Options for {@link readMeasurementsFile}. */
export interface ReadMeasurementsFileOptions {
  /** Called every `progressEvery` records with the count so far (for a progress indicator). */
  readonly onProgress?: ((records: number) => void) | undefined;
  readonly progressEvery?: number | undefined;
}

const CSV_NUMBER_FIELDS = new Set(["value", "numerator", "denominator", "weight"]);
const CSV_FIELDS = new Set([
  "id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight",
  "source", "collection", "status", "recordedAt", "supersedes",
]);

/** Splits one CSV record (RFC 4180: quoted fields, doubled quotes). Returns null when a quote is left open. */
function splitCsv(text: string): string[] | null {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

function csvRecord(header: readonly string[], cells: readonly string[], path: string, line: number): Record<string, unknown> {
  if (cells.length !== header.length) {
    throw new KpiError("invalid_input", `${path}:${line}: malformed CSV line: ${cells.length} fields, the header has ${header.length}`, {
      path: [line],
    });
  }
  const record: Record<string, unknown> = {};
  header.forEach((name, k) => {
    const cell = cells[k] ?? "";
    if (cell === "") return;
    if (CSV_NUMBER_FIELDS.has(name) || (name === "at" && /^-?\d+$/.test(cell)) || (name === "recordedAt" && /^-?\d+$/.test(cell))) {
      const n = Number(cell);
      if (cell.trim() === "" || Number.isNaN(n)) {
        throw new KpiError("invalid_input", `${path}:${line}: field ${name}: "${cell.slice(0, 40)}" is not a number`, { path: [line, name] });
      }
      record[name] = n;
    } else record[name] = cell;
  });
  return record;
}

/**
 * Streams a measurement file: NDJSON (`.ndjson`, `.jsonl`), CSV (`.csv`, a header row naming the measurement fields)
 * or a JSON array (`.json`). Errors name the file, the line and the field.
 */
export async function readMeasurementsFile(path: string, options: ReadMeasurementsFileOptions = {}): Promise<RawRecord[]> {
  const every = options.progressEvery ?? 100_000;
  if (path.endsWith(".json")) {
    const text = await readFile(path, "utf8");
    let data: unknown;
    try {
      data = JSON.parse(text) as unknown;
    } catch (cause) {
      throw new KpiError("invalid_input", `${path}: not valid JSON (${(cause as Error).message})`, { path: [], cause });
    }
    if (!Array.isArray(data)) throw new KpiError("invalid_input", `${path}: expected a JSON array of measurements`, { path: [] });
    return data.map((value) => ({ line: 0, value }));
  }
  const csv = path.endsWith(".csv");
  const out: RawRecord[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  let header: string[] | null = null;
  let pending = "";
  let pendingStart = 0;
  for await (const rawText of lines) {
    n++;
    const text = n === 1 ? rawText.replace(/^\uFEFF/, "") : rawText;
    if (csv) {
      const joined = pending === "" ? text : `${pending}\n${text}`;
      const start = pending === "" ? n : pendingStart;
      const cells = splitCsv(joined);
      if (cells === null) {
        pending = joined;
        pendingStart = start;
        continue;
      }
      pending = "";
      if (joined.trim() === "") continue;
      if (header === null) {
        header = cells.map((c) => c.trim());
        const unknown = header.find((h) => !CSV_FIELDS.has(h));
        if (unknown !== undefined) {
          throw new KpiError("invalid_input", `${path}:${start}: unknown CSV column "${unknown}"`, { path: [start, unknown] });
        }
        continue;
      }
      out.push({ line: start, value: csvRecord(header, cells, path, start) });
    } else {
      if (text.trim() === "") continue;
      try {
        out.push({ line: n, value: JSON.parse(text) as unknown });
      } catch (cause) {
        throw new KpiError("invalid_input", `${path}:${n}: not valid JSON (${(cause as Error).message})`, { path: [n], cause });
      }
    }
    if (options.onProgress !== undefined && out.length % every === 0) options.onProgress(out.length);
  }
  if (pending !== "") {
    throw new KpiError("invalid_input", `${path}:${pendingStart}: malformed CSV line: a quoted field is never closed`, {
      path: [pendingStart],
    });
  }
  return out;
}
