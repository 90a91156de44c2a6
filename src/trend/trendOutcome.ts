/**
 * Why a trend function returned no result.
 *
 * - `too_few_points` — fewer observed points than the method needs (see `needed`).
 * - `not_contiguous` — the method needs consecutive period indices and the series has a gap.
 * - `zero_variance` — a correlation of a series whose values do not vary.
 *
 * @category Trend
 */
export type TrendNoResultReason = "too_few_points" | "not_contiguous" | "zero_variance";

/**
 * The "no result" branch of {@link TrendOutcome}.
 *
 * @category Trend
 */
export interface TrendNoResult {
  /** Always `null`: there is no result. */
  readonly result: null;
  /** Why there is no result. */
  readonly reason: TrendNoResultReason;
  /** For `too_few_points`, how many observed points the method needs; otherwise `null`. */
  readonly needed: number | null;
}

/**
 * The "result" branch of {@link TrendOutcome}.
 *
 * @category Trend
 */
export interface TrendResult<T> {
  /** The computed result. */
  readonly result: T;
  /** Always `null`: nothing went missing. */
  readonly reason: null;
}

/**
 * What every trend function that can lack data returns: a result, or `null` with the reason.
 *
 * @remarks
 * Test `outcome.result === null` (or `outcome.reason !== null`) to narrow. This one shape is used by the whole
 * `trend/` folder; parts of a result that can be missing on their own (one lag of a correlation, one control-chart
 * phase) carry their own `reason` field with the same literal values.
 *
 * @category Trend
 */
export type TrendOutcome<T> = TrendResult<T> | TrendNoResult;
