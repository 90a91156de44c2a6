import type { PartialAggregate } from "./partialAggregate.js";

/**
 * A partial aggregate of one period of a series (one KPI and subject), as the time roll-ups take and return them.
 *
 * @category Aggregate
 */
export interface PeriodPartial {
  /** The period's label, e.g. `"2026-03"`. */
  readonly period: string;
  /** The partial aggregate of the period. */
  readonly partial: PartialAggregate;
}
