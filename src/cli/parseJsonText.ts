import { KpiError } from "../errors.js";
import { findDuplicateJsonKey } from "./findDuplicateJsonKey.js";
import { jsonErrorPosition } from "../internal/jsonErrorOffset.js";

/**
 * Parses the text of a JSON file, skipping a UTF-8 byte-order mark; a syntax error, or an object that names a key
 * twice (JSON.parse would keep the last silently), is refused naming the file, the line and, for a syntax error, the
 * column where the text stops being JSON (`file:line:column`).
 *
 * @param line - The line of the file that `text` is (one line of NDJSON); without it, `text` is the whole file.
 */
export function parseJsonText(text: string, path: string, line?: number): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json) as unknown;
  } catch (cause) {
    // The parser's own words, on one line (Node's message quotes the text around the fault, line breaks and all).
    const reason = (cause as Error).message.replace(/\r\n|\r|\n/g, "\\n");
    const position = jsonErrorPosition(json);
    if (position === null) throw new KpiError("invalid_input", `${path}${line === undefined ? "" : `:${line}`}: not valid JSON (${reason})`, { path: line === undefined ? [] : [line], cause });
    const at = (line ?? 1) + position.line - 1;
    throw new KpiError("invalid_input", `${path}:${at}:${position.column}: not valid JSON (${reason})`, { path: [at], cause });
  }
  const repeated = findDuplicateJsonKey(json, data);
  if (repeated !== null) {
    const at = (line ?? 1) + repeated.line - 1;
    throw new KpiError("invalid_input", `${path}:${at}: an object names the key "${repeated.key}" twice`, { path: [at, repeated.key] });
  }
  return data;
}
