import type { Grain } from "./grain.js";

/**
 * One period of a grain in a calendar's time zone: the half-open interval `[start, end)` of epoch milliseconds from
 * the local midnight that starts it to the local midnight that starts the next period, with its label.
 *
 * @remarks
 * `end − start` is real elapsed time, so a day can last 23 or 25 hours and a month 743 or 745 hours across a
 * daylight-saving switch. Build periods with `periodOf` or `parsePeriod` rather than by hand.
 *
 * @category Time
 */
export interface Period {
  /** The grain of the period. */
  readonly grain: Grain;
  /** The label, e.g. `"2026-03"`, `"2026-W53"` or `"FY2025-26"`. */
  readonly label: string;
  /** The first instant of the period (epoch ms), inclusive. */
  readonly start: number;
  /** The first instant of the next period (epoch ms), exclusive. */
  readonly end: number;
}
