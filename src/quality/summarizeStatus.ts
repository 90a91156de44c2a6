import type { Measurement, ObservationStatus } from "../model/measurement.js";
import { KpiError } from "../errors.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/**
 * How many records of each observation status a value is built on, and the status that the value should carry.
 *
 * @category Quality
 */
export interface StatusSummary {
  /** The number of records counted. */
  readonly total: number;
  /** Records with status `normal`. */
  readonly normal: number;
  /** Records with status `provisional`. */
  readonly provisional: number;
  /** Records with status `estimated`. */
  readonly estimated: number;
  /** Records with status `revised`. */
  readonly revised: number;
  /**
   * The least final status present — `provisional` before `estimated` before `revised` before `normal` — or `null`
   * when there are no records.
   */
  readonly flag: ObservationStatus | null;
}

/**
 * Counts the records of each observation status and tells which status a value built on them carries.
 *
 * @remarks
 * A value built on records inherits the least final status among them, so a figure built on provisional data says
 * so: `provisional` (may still change) if any record is provisional; else `estimated` if any is estimated; else
 * `revised` if any is a correction marked revised; else `normal`. `null` when there are no records. A record that
 * another record of the list supersedes is not counted (its correction is), so raw and effective inputs give the
 * same summary.
 *
 * @param measurements - The records behind one value (or any set of records).
 * @returns The counts and the flag.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measurements` is not an array, (path `[i]`) for an
 * element that is not an object, or (path `[i, "status"]`) for an unknown status.
 *
 * @example
 * ```ts
 * summarizeStatus([
 *   { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1, status: "normal" },
 *   { id: "b", kpiId: "k", subjectId: "s", at: 1, value: 2, status: "provisional" },
 *   { id: "c", kpiId: "k", subjectId: "s", at: 2, value: 3, status: "estimated" },
 * ] as never);
 * //=> { total: 3, normal: 1, provisional: 1, estimated: 1, revised: 0, flag: "provisional" }
 * ```
 *
 * @category Quality
 */
export function summarizeStatus(measurements: readonly Pick<Measurement, "id" | "status" | "supersedes">[]): StatusSummary {
  if (!Array.isArray(measurements)) {
    throw new KpiError("invalid_argument", "summarizeStatus: measurements must be an array", { path: [] });
  }
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i] as Measurement | undefined;
    if (typeof m !== "object" || m === null) {
      throw new KpiError("invalid_argument", `summarizeStatus: record ${i} is not a measurement object`, { path: [i] });
    }
  }
  const records = withoutSuperseded(measurements);
  let normal = 0;
  let provisional = 0;
  let estimated = 0;
  let revised = 0;
  for (let i = 0; i < records.length; i++) {
    const status = records[i]!.status;
    switch (status) {
      case "normal":
        normal++;
        break;
      case "provisional":
        provisional++;
        break;
      case "estimated":
        estimated++;
        break;
      case "revised":
        revised++;
        break;
      default:
        throw new KpiError("invalid_argument", `summarizeStatus: ${JSON.stringify(status)} is not an observation status`, {
          path: [measurements.indexOf(records[i]!), "status"],
        });
    }
  }
  const total = records.length;
  const flag: ObservationStatus | null =
    total === 0
      ? null
      : provisional > 0
        ? "provisional"
        : estimated > 0
          ? "estimated"
          : revised > 0
            ? "revised"
            : "normal";
  return { total, normal, provisional, estimated, revised, flag };
}
