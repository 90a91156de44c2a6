// What a call throws, as plain data for assertions: the KpiError's code, path (and message), or null when it throws
// nothing. Any other error is thrown on.
import { isKpiError } from "../src/errors.js";

export function kpiErrorOf(f: () => unknown): { code: string; path: unknown; message: string } | null {
  try {
    f();
    return null;
  } catch (error) {
    if (!isKpiError(error)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
}

export function kpiErrorCodeOf(f: () => unknown): { code: string; path: unknown } | null {
  const error = kpiErrorOf(f);
  return error === null ? null : { code: error.code, path: error.path };
}
