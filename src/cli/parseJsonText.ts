import { KpiError } from "../errors.js";
import { findDuplicateJsonKey } from "./findDuplicateJsonKey.js";

/**
 * Parses the text of a JSON file, skipping a UTF-8 byte-order mark; a syntax error, or an object that names a key
 * twice (JSON.parse would keep the last silently), is refused naming the file (and the line of the repeated key).
 *
 * @param firstLine - The line of the file on which `text` starts (for one line of NDJSON).
 */
export function parseJsonText(text: string, path: string, firstLine = 1): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch (cause) {
    const where = firstLine === 1 ? path : `${path}:${firstLine}`;
    throw new KpiError("invalid_input", `${where}: not valid JSON (${(cause as Error).message})`, { path: firstLine === 1 ? [] : [firstLine], cause });
  }
  const repeated = findDuplicateJsonKey(json, data);
  if (repeated !== null) {
    const line = firstLine + repeated.line - 1;
    throw new KpiError("invalid_input", `${path}:${line}: an object names the key "${repeated.key}" twice`, { path: [line, repeated.key] });
  }
  return data;
}
