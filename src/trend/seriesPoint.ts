/**
 * One point of a periodic series, as the trend functions take it.
 *
 * @remarks
 * `index` is the integer period index: the number of periods since the first observed period (docs/conventions.md#trends-and-control-charts), so
 * gaps keep their distance. A `null` value, or an index that is not in the series at all, is a gap. Points may come
 * in any order; the functions sort a copy by `index`. Two points with the same `index`, a non-integer `index` or a
 * non-finite `value` are caller mistakes and throw {@link KpiError}.
 *
 * @category Trend
 */
export interface SeriesPoint {
  /** The integer period index (periods since the first observed period). */
  readonly index: number;
  /** The period's value, or `null` when the period has no value. */
  readonly value: number | null;
}
