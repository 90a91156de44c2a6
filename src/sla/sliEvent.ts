/**
 * Good and total events of a service-level indicator at one instant, typically the counts of one minute
 * (`at` = the start of the minute) or a single request (`total: 1`).
 *
 * @remarks
 * Counts are whole, non-negative numbers with `good ≤ total`; functions that take events refuse anything else
 * with `invalid_argument`.
 *
 * @category Sla
 */
export interface SliEvent {
  /** The instant (epoch ms), e.g. the start of the minute the counts cover. */
  readonly at: number;
  /** Good events (successful, fast enough…). */
  readonly good: number;
  /** All eligible events. */
  readonly total: number;
}
