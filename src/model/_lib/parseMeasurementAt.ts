import { KpiError } from "../../errors.js";
import { parseMeasurement, type Measurement } from "../measurement.js";

/** The most measurements read in one call or one file, unless the caller says otherwise. */
export const MAX_MEASUREMENTS = 10_000_000;

/**
 * Parses record `i` of a batch: `parseMeasurement`, with an error named and placed as the batch's (`parseMeasurements:
 * [i]`, path `[i, …]`). The one per-record step of `parseMeasurements` and of the CLI's streamed reading.
 *
 * @param input - Untrusted data: one measurement.
 * @param i - Its position in the batch.
 * @returns The parsed measurement.
 * @throws {@link KpiError} the errors of `parseMeasurement`, with the path `[i, …]`.
 *
 * @example
 * ```ts
 * parseMeasurementAt({ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5 }, 3).status;
 * //=> "normal"
 * ```
 */
export function parseMeasurementAt(input: unknown, i: number): Measurement {
  try {
    return parseMeasurement(input);
  } catch (error) {
    const e = error as KpiError;
    // "parseMeasurement: at: …" → "parseMeasurements: [i].at: …" (as the workspace checks write a record's field);
    // "parseMeasurement: input: …", about the record as a whole → "parseMeasurements: [i]: …".
    const rest = e.message.replace(/^parseMeasurement: /, "");
    const text = rest.startsWith("input: ") && e.path.length === 0 ? `[${i}]: ${rest.slice(7)}` : rest.startsWith(`${e.path.map(String).join(".")}: `) ? `[${i}].${rest}` : `[${i}] ${rest}`;
    throw new KpiError(e.code, `parseMeasurements: ${text}`, {
      path: [i, ...e.path],
      issues: e.issues,
      cause: e,
    });
  }
}
