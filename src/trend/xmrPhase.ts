import type { TrendNoResultReason } from "./trendOutcome.js";
import type { XmrLimits } from "./xmrLimits.js";
import type { XmrPoint } from "./xmrPoint.js";

/**
 * One phase of an XmR chart.
 *
 * @category Trend
 */
export interface XmrPhase {
  /** The declared start of the phase, or the first observed index for the first phase. */
  readonly startIndex: number;
  /** Observed points in the phase. */
  readonly n: number;
  /** How many of the first points the limits come from. */
  readonly baselineCount: number;
  /** The limits, or `null` when the phase has fewer than 2 points to compute them from. */
  readonly limits: XmrLimits | null;
  /** Why `limits` is `null` (`too_few_points`), else `null`. */
  readonly reason: TrendNoResultReason | null;
  /** The phase's observed points in index order. */
  readonly points: readonly XmrPoint[];
}
