import type { z } from "zod";
import { KpiError, type KpiErrorCode } from "../../errors.js";
import { withArticle } from "../../internal/withArticle.js";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Whether the field at `path` is absent from an object that is there (its parent holds no such key). */

function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = path.length === 1 ? input : valueAt(input, path.slice(0, -1));
  return parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.prototype.hasOwnProperty.call(parent, path.at(-1)!);
}

/**
 * Runs a zod schema at the boundary and turns a failure into a `KpiError` with every issue, the first issue's path,
 * and a message naming the function and the field. A refinement may choose the error code through
 * `params: { code }`; a NaN or infinite number where a number was expected gets `non_finite`; a required field that
 * is absent is said to be missing (zod says "Invalid input" or "expected string, received undefined"); a value of
 * the wrong type "must be an object, not an array" (zod: "Invalid input: expected object, received array"); an
 * unknown key (such as `__proto__` in JSON) gets its own name appended to the path, and "is not a known field".
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  let path: PropertyKey[] = [...(first?.path ?? [])];
  let code: KpiErrorCode = "invalid_input";
  let message = first?.message ?? "invalid input";
  if (first !== undefined) {
    const params = (first as { params?: { code?: unknown } }).params;
    if (typeof params?.code === "string") code = params.code as KpiErrorCode;
    if (first.code === "invalid_type" || first.code === "invalid_union") {
      const bad = valueAt(input, path);
      if (typeof bad === "number" && !Number.isFinite(bad)) {
        code = "non_finite";
        message = `must be a finite number, not ${String(bad)}`;
      } else if (bad === undefined && isMissing(input, path)) {
        message = "is missing (a required field)";
      } else {
        // zod's own wording ("Invalid input: expected object, received array"), said as the other messages are.
        const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
        if (type !== null) message = `must be ${withArticle(type[1]!)}, not ${type[2] === "null" ? "null" : withArticle(type[2]!)}`;
      }
    }
    if (first.code === "unrecognized_keys") {
      const key = first.keys[0];
      if (key !== undefined) path = [...path, key];
      if (message.startsWith("Unrecognized key")) message = "is not a known field";
    }
  }
  const at = path.length === 0 ? "input" : path.map(String).join(".");
  throw new KpiError(code, `${where}: ${at}: ${message}`, { path, issues, cause: result.error });
}
