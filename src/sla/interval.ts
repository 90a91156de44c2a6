/**
 * A half-open span of time `[start, end)` in epoch milliseconds.
 *
 * @remarks
 * An interval with `start === end` is empty; one with `end < start` is refused with `invalid_interval`. Outages,
 * maintenance and periods are all intervals, so `Period` values from the time functions can be passed as they are.
 *
 * @category Sla
 */
export interface Interval {
  /** The first instant (epoch ms), inclusive. */
  readonly start: number;
  /** The end (epoch ms), exclusive. */
  readonly end: number;
}
