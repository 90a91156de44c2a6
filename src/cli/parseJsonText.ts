import { KpiError } from "../errors.js";

/** Parses the text of a JSON file, skipping a UTF-8 byte-order mark; a syntax error names the file. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (cause) {
    throw new KpiError("invalid_input", `${path}: not valid JSON (${(cause as Error).message})`, { path: [], cause });
  }
}
