import { isKpiError } from "../errors.js";

/**
 * Names the input file at the start of a `KpiError`'s message, unless it is named there already (its code and path
 * are kept); anything else is returned as it is. For the commands that read one file and pass what the library says
 * of it (`kpi-kit openslo`, `kpi-kit cpsv`).
 *
 * @param error - What was thrown while reading or checking the file.
 * @param file - The file, as the command line names it.
 * @returns The same error.
 *
 * @example
 * ```ts
 * const error = new KpiError("invalid_input", "importCpsv: no public service");
 * (nameInputFile(error, "c.jsonld") as KpiError).message;
 * //=> "c.jsonld: importCpsv: no public service"
 * ```
 */
export function nameInputFile(error: unknown, file: string): unknown {
  if (isKpiError(error) && !error.message.startsWith(`${file}:`)) error.message = `${file}: ${error.message}`;
  return error;
}
