/// <reference types="node" />
import { statSync } from "node:fs";

/**
 * A file's size in bytes, or `null` when it cannot be read (missing, no permission): for the progress bar's time left
 * and the huge-pages threshold, which do without it. The command that reads the file reports the error itself.
 *
 * @param path - The file.
 * @returns Its size, or `null`.
 *
 * @example
 * ```ts
 * [typeof fileSizeOf("package.json"), fileSizeOf("no/such/file")];
 * //=> ["number", null]
 * ```
 */
export function fileSizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}
