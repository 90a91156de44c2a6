import type { KpiId, MeasurementId, ScopeNodeId } from "../model/ids.js";

/**
 * Records that share a KPI, a subject and an instant.
 *
 * @category Quality
 */
export interface DuplicateGroup {
  /** The KPI of the records. */
  readonly kpiId: KpiId;
  /** The subject of the records. */
  readonly subjectId: ScopeNodeId;
  /** The shared instant (epoch ms). */
  readonly at: number;
  /** The ids of the records, two or more, in input order. */
  readonly ids: readonly MeasurementId[];
  /**
   * `true` when every record carries the same numbers — `value`, `numerator`, `denominator` and `weight` (an absent
   * weight counts as 1) — a harmless re-send; `false` when they conflict, a data problem to resolve.
   */
  readonly agree: boolean;
}
