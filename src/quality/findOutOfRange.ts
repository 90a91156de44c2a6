import type { KpiId, MeasurementId, ScopeNodeId } from "../model/ids.js";
import type { Measurement } from "../model/measurement.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";
import { checkRange, valueOf } from "./_lib/checkRange.js";
import { indexKpis } from "./_lib/indexKpis.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";
import type { OutOfRangeKpi } from "./outOfRangeKpi.js";
import type { OutOfRangeReason } from "./outOfRangeReason.js";

/**
 * A record whose value is implausible for its KPI.
 *
 * @category Quality
 */
export interface OutOfRangeFinding {
  /** The record's id. */
  readonly id: MeasurementId;
  /** The record's position in the input. */
  readonly index: number;
  /** The record's KPI. */
  readonly kpiId: KpiId;
  /** The record's subject. */
  readonly subjectId: ScopeNodeId;
  /** The record's instant (epoch ms). */
  readonly at: number;
  /** The value checked against the range: `value`, or numerator ÷ denominator × scale; `null` when there is none. */
  readonly value: number | null;
  /** Every reason that applies, in the order `below_min`/`above_max`, then `share_above_whole`. */
  readonly reasons: readonly OutOfRangeReason[];
}

/**
 * Finds the records whose value lies outside their KPI's valid range, and shares whose numerator exceeds the
 * denominator.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. The value checked is the record's `value` when it has one; otherwise, for a ratio KPI, numerator ÷
 * denominator × the measure's `scale` (no value when the denominator is 0, which is not out of range). The range is
 * inclusive: a value equal to `validRange.min` or `max` is valid; a KPI without `validRange` accepts every value.
 * A ratio KPI with scale 100 measures a share of a whole, so a record with numerator > denominator is flagged
 * `share_above_whole` (whatever the range says). A record that another record of the list supersedes is not checked
 * (its correction is). Findings come in input order.
 *
 * @param measurements - The records.
 * @param kpis - The definitions of every KPI the records name.
 * @returns One finding per implausible record; empty when every record is plausible.
 * @throws {@link KpiError} `invalid_argument` (path `[]`, `[i]`, `["kpis"]` or `["kpis", j]`) for a malformed list;
 * `duplicate_id` (path `["kpis", j, "id"]`); `unknown_reference` (path `[i, "kpiId"]`) for a record of a KPI not in
 * `kpis`; `non_finite` (path `[i, "at"]`, `[i, "value"]`, `[i, "numerator"]` or `[i, "denominator"]`) for a number
 * that is not finite.
 *
 * @example
 * ```ts
 * const kpis = [
 *   { id: "csat", measure: { kind: "value" }, validRange: { min: 0, max: 100 } },
 *   { id: "fcr", measure: { kind: "ratio", scale: 100 } },
 * ];
 * findOutOfRange([
 *   { id: "a", kpiId: "csat", subjectId: "svc", at: 0, value: 101, status: "normal" },
 *   { id: "b", kpiId: "csat", subjectId: "svc", at: 1, value: 100, status: "normal" },
 *   { id: "c", kpiId: "fcr", subjectId: "svc", at: 0, numerator: 12, denominator: 10, status: "normal" },
 * ] as never, kpis as never).map((f) => [f.id, f.value, f.reasons]);
 * //=> [["a", 101, ["above_max"]], ["c", 120, ["share_above_whole"]]]
 * ```
 *
 * @category Quality
 */
export function findOutOfRange(
  measurements: readonly Measurement[],
  kpis: readonly OutOfRangeKpi[],
): OutOfRangeFinding[] {
  checkMeasurements(measurements, "findOutOfRange");
  const byId = indexKpis(kpis, "findOutOfRange");
  const records = withoutSuperseded(measurements);
  const positions = records === measurements ? undefined : new Map<Measurement, number>();
  if (positions !== undefined) measurements.forEach((m, i) => positions.set(m, i));
  const findings: OutOfRangeFinding[] = [];
  for (let r = 0; r < records.length; r++) {
    const m = records[r]!;
    const i = positions === undefined ? r : positions.get(m)!;
    const reasons = checkRange(m, i, byId, "findOutOfRange");
    if (reasons === null) continue;
    findings.push({
      id: m.id,
      index: i,
      kpiId: m.kpiId,
      subjectId: m.subjectId,
      at: m.at,
      value: valueOf(m, byId.get(m.kpiId)!),
      reasons,
    });
  }
  return findings;
}
