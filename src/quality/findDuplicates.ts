import type { Measurement } from "../model/measurement.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";
import { groupDuplicates } from "./_lib/groupDuplicates.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";
import type { DuplicateGroup } from "./duplicateGroup.js";

/**
 * Finds records that share a KPI, a subject and an instant, ignoring records that a correction has replaced.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. Instants are compared as epoch milliseconds, so `2026-03-01T02:00:00+02:00` and
 * `2026-03-01T00:00:00Z` are the same instant. A record superseded by another record of the list is not a
 * duplicate of its correction: it is left out before comparing. The input may be raw (originals and corrections) or
 * already effective (the output of {@link effectiveMeasurements}); for an "as known at" view, pass
 * `effectiveMeasurements(…, { asKnownAt }).effective`. Groups come ordered by instant, then by the position of their
 * first record. Each group says whether its records `agree` (the same value, numerator, denominator and weight: a
 * re-send) or conflict; status, collection and ids are not compared. Runs in O(n log n). It does not know the KPIs:
 * leave out a survey's records, whose answers at one instant are not duplicates ({@link assessDataQuality} does).
 *
 * @param measurements - The records.
 * @returns The groups of duplicates; empty when there are none.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measurements` is not an array, or (path `[i]`) for
 * an element that is not an object; `non_finite` (path `[i, "at"]`) for a non-finite instant.
 *
 * @example
 * ```ts
 * findDuplicates([
 *   { id: "a", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-01T02:00:00+02:00"), value: 4, status: "normal" },
 *   { id: "b", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-01T00:00:00Z"), value: 5, status: "normal" },
 *   { id: "c", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-02T00:00:00Z"), value: 5, status: "normal" },
 * ] as never).map((g) => [g.ids, g.agree]);
 * //=> [[["a", "b"], false]]
 * ```
 *
 * @category Quality
 */
export function findDuplicates(measurements: readonly Measurement[]): DuplicateGroup[] {
  checkMeasurements(measurements, "findDuplicates");
  const records = withoutSuperseded(measurements);
  return groupDuplicates(records);
}
