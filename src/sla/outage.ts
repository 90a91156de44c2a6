import type { Interval } from "./interval.js";

/**
 * A span `[start, end)` of epoch milliseconds during which a service was down, with an optional id for reports.
 *
 * @remarks
 * Outages may overlap each other and cross period ends: they are merged and split where needed.
 *
 * @category Sla
 */
export interface Outage extends Interval {
  /** An id that reports use to name the outage (e.g. an incident number). */
  readonly id?: string | undefined;
}
