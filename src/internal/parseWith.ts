import type { z } from "zod";
import { KpiError } from "../errors.js";

/**
 * Runs a zod schema at the boundary and turns a failure into `KpiError("invalid_input")`
 * with every issue, the first issue's path, and a message naming the function and the field.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const path = first?.path ?? [];
  const at = path.length === 0 ? "input" : path.map(String).join(".");
  // A custom refinement may carry its own KpiError code in params.
  const params = (first as { params?: { code?: unknown } } | undefined)?.params;
  const code = typeof params?.code === "string" ? (params.code as ConstructorParameters<typeof KpiError>[0]) : "invalid_input";
  throw new KpiError(code, `${where}: ${at}: ${first?.message ?? "invalid input"}`, {
    path,
    issues,
    cause: result.error,
  });
}
