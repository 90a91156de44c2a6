/**
 * One point of an XmR chart.
 *
 * @category Trend
 */
export interface XmrPoint {
  /** The period index. */
  readonly index: number;
  /** The value. */
  readonly value: number;
  /** |value − previous value| within the phase; `null` for the phase's first point. */
  readonly movingRange: number | null;
}
