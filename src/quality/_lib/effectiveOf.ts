import type { Measurement } from "../../model/measurement.js";
import { compareRecords } from "./compareRecords.js";

/**
 * The records in effect, exactly `effectiveMeasurements(measurements, { asKnownAt }).effective`, from corrections
 * already checked (`correctedBy[j]` is the record that supersedes record `j`, or −1): without building the history
 * of every chain, so a report over millions of records allocates nothing per record but the result. Internal; a
 * property test checks it against `effectiveMeasurements`.
 *
 * @param measurements - Checked records.
 * @param correctedBy - From `checkCorrections` of the same records.
 * @param asKnownAt - Leave out records recorded after this instant, or `undefined`.
 * @returns The effective records, ordered by `at`, then `id`.
 *
 * @example
 * ```ts
 * const a = { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 };
 * const b = { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 2, supersedes: "a" };
 * effectiveOf([a, b] as never, Int32Array.of(1, -1), undefined).map((m) => m.id);
 * //=> ["b"]
 * ```
 */
export function effectiveOf(measurements: readonly Measurement[], correctedBy: Int32Array, asKnownAt: number | undefined): Measurement[] {
  const effective: Measurement[] = [];
  for (let i = 0; i < measurements.length; i++) {
    if (measurements[i]!.supersedes !== undefined) continue;
    // As effectiveMeasurements: count the chain's records known at asKnownAt; the effective one is the chain's
    // record at that count.
    let known = 0;
    for (let k = i; k !== -1; k = correctedBy[k]!) {
      const recordedAt = measurements[k]!.recordedAt;
      if (asKnownAt === undefined || recordedAt === undefined || recordedAt <= asKnownAt) known++;
    }
    if (known === 0) continue;
    let k = i;
    for (let step = 1; step < known; step++) k = correctedBy[k]!;
    effective.push(measurements[k]!);
  }
  let sorted = true;
  for (let k = 1; k < effective.length && sorted; k++) if (compareRecords(effective[k - 1]!, effective[k]!) > 0) sorted = false;
  return sorted ? effective : effective.sort(compareRecords);
}
