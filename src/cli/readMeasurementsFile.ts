/// <reference types="node" />
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { KpiError } from "../errors.js";

/** A record read from a measurement file, with the line it came from (1-based; 0 for a JSON array element). */
export interface RawRecord {
  readonly line: number;
  readonly value: unknown;
}

/**
 * Streams a measurement file: NDJSON (`.ndjson`, `.jsonl`: one JSON object per line) or a JSON array (`.json`).
 * Errors name the file and the line.
 */
export async function readMeasurementsFile(path: string): Promise<RawRecord[]> {
  if (path.endsWith(".json")) {
    const { readFile } = await import("node:fs/promises");
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
  const out: RawRecord[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === "") continue;
    try {
      out.push({ line: n, value: JSON.parse(text) as unknown });
    } catch (cause) {
      throw new KpiError("invalid_input", `${path}:${n}: not valid JSON (${(cause as Error).message})`, { path: [n], cause });
    }
  }
  return out;
}
