import type { z } from "zod";
import { KpiError } from "../../errors.js";
import { parseWith } from "./parseWith.js";

/**
 * Parses an array element by element with one schema; an error carries the path `[i, …field]` and a message
 * `where: [i].field: …`, as parseMeasurements writes it.
 */
export function parseArrayOf<S extends z.ZodType>(schema: S, input: unknown, where: string, noun: string): z.output<S>[] {
  if (!Array.isArray(input)) throw new KpiError("invalid_input", `${where}: expected an array of ${noun}`, { path: [] });
  return input.map((item: unknown, i) => {
    try {
      return parseWith(schema, item, where);
    } catch (error) {
      const e = error as KpiError;
      const field = e.path.map(String).join(".");
      const message = e.message.replace(`${where}: ${field === "" ? "input" : field}:`, `${where}: [${i}]${field === "" ? "" : `.${field}`}:`);
      throw new KpiError(e.code, message, { path: [i, ...e.path], issues: e.issues, cause: e });
    }
  });
}
