import type { QuantileSketch } from "./quantileSketch.js";
import type { SurveyTally } from "./partialAggregate.js";

/**
 * The groups of a `PeriodAggregates` result as columns: one typed-array entry per group, in the groups' canonical
 * order — the fast way to read millions of aggregates without building an object per group.
 *
 * @remarks
 * Group `g` (`0 ≤ g < length`) is `PeriodAggregates.groups[g]`, and every number of its `PartialAggregate` is here:
 *
 * - `kpiIndex[g]` indexes `kpiIds` (the `kpis` argument's order); `subjectIndex[g]` indexes `subjectIds` (for
 *   `aggregateColumns` the caller's own codes; for rows, ids in order of first appearance), `-1` when subjects were
 *   pooled; `periodIndex[g]` indexes `PeriodAggregates.periods`.
 * - `records`, `count` (integers), `sum`, `mean`, `m2`: as in `PartialAggregate` (`mean` and `m2` are 0 when
 *   `count` is 0).
 * - `numeratorSum`, `denominatorSum`, `ratioRecords`, `zeroDenominators`, `ratioSum`: `null` when no record had a
 *   numerator or denominator (all are then 0); the last three are the fields of `PartialAggregate.ratios`.
 * - `weightSum`, `weightedSum`: `null` when no record had a weight; every weight is then 1, so `weightSum` is
 *   `count` and `weightedSum` is `sum`.
 * - `min[g]`, `max[g]`: defined only when `count[g] > 0`; they hold 0 otherwise (never `NaN` or `±Infinity`).
 * - `value[g]`: the KPI's value (`finalizePartial`) when `hasValue[g] === 1`; when `hasValue[g] === 0` the group's
 *   value is `null` (an empty group, a zero denominator…) and `value[g]` holds 0.
 * - `valueStart`, `sortedValues`: for a KPI that keeps exact values (median, quantile), the group's values in
 *   ascending order are `sortedValues[valueStart[g]]` up to, not including, `sortedValues[valueStart[g + 1]]`;
 *   other groups have an empty range. `valueStart` has `length + 1` entries.
 * - `firstAt`, `firstValue`, `lastAt`, `lastValue`: `null` unless some KPI is aggregated by `first` or `last`; then
 *   defined for those KPIs' groups with `count > 0`, and 0 elsewhere.
 * - `statuses`: `null` when every record was `normal`; else three entries per group (`3g`: provisional, `3g + 1`:
 *   estimated, `3g + 2`: revised).
 * - `sketches`, `surveys`: `null` unless some KPI keeps a quantile sketch or is a survey; then per group its object,
 *   or `null` for groups of other KPIs.
 *
 * Treat every array as read-only: the lazily built `groups` read them. No column holds `NaN`. A column may be a view
 * of part of a larger `ArrayBuffer` that other columns share (a `rollUpScopes` result's columns take over the
 * working memory of the aggregation before it): read a column through the typed array itself, and `slice()` it
 * before you transfer its `buffer` to a worker.
 *
 * @category Aggregate
 */
export interface PeriodAggregateColumns {
  /** The number of groups: the length of every per-group column. */
  readonly length: number;
  /** KPI ids: `kpiIndex` values index this list (the order of the `kpis` argument). */
  readonly kpiIds: readonly string[];
  /** Subject ids: `subjectIndex` values index this list. */
  readonly subjectIds: readonly string[];
  /** Per group, the index of its KPI in `kpiIds`. */
  readonly kpiIndex: Int32Array;
  /** Per group, the index of its subject in `subjectIds`, or `-1` when subjects were pooled. */
  readonly subjectIndex: Int32Array;
  /** Per group, the index of its period in `PeriodAggregates.periods`. */
  readonly periodIndex: Int32Array;
  /** Records that took part (weight 0 excluded). */
  readonly records: Int32Array;
  /** Records with a value. */
  readonly count: Int32Array;
  /** Sum of the values. */
  readonly sum: Float64Array;
  /** Smallest value (0 when `count` is 0). */
  readonly min: Float64Array;
  /** Largest value (0 when `count` is 0). */
  readonly max: Float64Array;
  /** Mean of the values (0 when `count` is 0). */
  readonly mean: Float64Array;
  /** Sum of squared deviations from the mean. */
  readonly m2: Float64Array;
  /** Sum of numerators, or `null` when no record had one (every sum is 0). */
  readonly numeratorSum: Float64Array | null;
  /** Sum of denominators, or `null` when no record had one (every sum is 0). */
  readonly denominatorSum: Float64Array | null;
  /** Ratio records (with weight above 0), or `null` when no record had a numerator or denominator. */
  readonly ratioRecords: Float64Array | null;
  /** Ratio records whose denominator is 0, or `null` when no record had a numerator or denominator. */
  readonly zeroDenominators: Float64Array | null;
  /** Sum of the own ratios of ratio records with a denominator above 0, or `null` as above. */
  readonly ratioSum: Float64Array | null;
  /** Sum of weights of records with a value, or `null` when no record had a weight (then it equals `count`). */
  readonly weightSum: Float64Array | null;
  /** Sum of `weight × value`, or `null` when no record had a weight (then it equals `sum`). */
  readonly weightedSum: Float64Array | null;
  /** The KPI's value where `hasValue` is 1, else 0. */
  readonly value: Float64Array;
  /** 1 where the group has a value, 0 where it is `null`. */
  readonly hasValue: Uint8Array;
  /** `length + 1` offsets into `sortedValues`. */
  readonly valueStart: Int32Array;
  /** The kept values of all groups, each group's range ascending. */
  readonly sortedValues: Float64Array;
  /** The earliest instant of a value (epoch ms), or `null` when no KPI is aggregated by first or last. */
  readonly firstAt: Float64Array | null;
  /** The value at `firstAt`. */
  readonly firstValue: Float64Array | null;
  /** The latest instant of a value (epoch ms). */
  readonly lastAt: Float64Array | null;
  /** The value at `lastAt`. */
  readonly lastValue: Float64Array | null;
  /** Provisional, estimated and revised counts, three per group, or `null` when all records were normal. */
  readonly statuses: Float64Array | null;
  /** Per group, its quantile sketch, or `null`; the column is `null` when no group has one. */
  readonly sketches: readonly (QuantileSketch | null)[] | null;
  /** Per group, its survey tally, or `null`; the column is `null` when no group has one. */
  readonly surveys: readonly (SurveyTally | null)[] | null;
}
