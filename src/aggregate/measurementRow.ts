import type { ObservationStatus } from "../model/measurement.js";

/**
 * One record as a user passes it to `aggregateRows`: ids as strings, the instant as an ISO-8601 string with `Z` or
 * an offset, epoch milliseconds or a `Date`. A parsed `Measurement` is one too.
 *
 * @category Aggregate
 */
export interface MeasurementRow {
  /** The record's id; needed only when another record corrects it. */
  readonly id?: string | undefined;
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's (scope node's) id. */
  readonly subjectId: string;
  /** The instant: `"2026-03-31T21:30:00Z"`, epoch ms, or a `Date`. */
  readonly at: string | number | Date;
  /** The value (the answer, for a survey). */
  readonly value?: number | null | undefined;
  /** The numerator, for a ratio KPI. */
  readonly numerator?: number | undefined;
  /** The denominator, for a ratio KPI (≥ 0). */
  readonly denominator?: number | undefined;
  /**
   * The weight (respondents, for a survey), ≥ 0; a record with weight 0 is ignored.
   * @defaultValue 1
   */
  readonly weight?: number | undefined;
  /**
   * How far the value can be trusted.
   * @defaultValue "normal"
   */
  readonly status?: ObservationStatus | undefined;
  /** The id of the record this one corrects. */
  readonly supersedes?: string | undefined;
  /** When the record was recorded. */
  readonly recordedAt?: number | string | Date | undefined;
}
