import type { QuantileSketch } from "./quantileSketch.js";

/**
 * Survey answers pooled so far: respondents per valid answer, and how many gave an invalid one.
 *
 * @remarks
 * Counts are respondents (summed weights). Invalid answers (not whole, or outside the KPI's scale) are refused by
 * `parseMeasurements`; the aggregation functions, called directly, count them here instead of dropping them, and
 * leave them out of every other field of the partial (docs/conventions.md#aggregation).
 *
 * @category Aggregate
 */
export interface SurveyTally {
  /** Respondents per valid answer: keys are the integer answers (as strings), values the summed weights. */
  readonly answers: Readonly<Record<string, number>>;
  /** Respondents with a valid answer (the sum of `answers`). */
  readonly valid: number;
  /** Respondents whose answer was not whole or outside the KPI's scale. */
  readonly invalid: number;
}

/**
 * The ratio records of a group one by one: how many there were, how many had a zero denominator (they add to the
 * sums but have no ratio of their own), and the sum of the others' own ratios — so that the mean of the per-record
 * ratios can be shown beside the ratio of sums (`meanOfRatios`).
 *
 * @category Aggregate
 */
export interface RatioTally {
  /** Records with a numerator and a denominator (weight above 0). */
  readonly records: number;
  /** Of those, records whose denominator is 0. */
  readonly zeroDenominators: number;
  /** The sum of `numerator / denominator` over the records whose denominator is above 0. */
  readonly ratioSum: number;
}

/**
 * How many of the records in a {@link PartialAggregate} were not `normal`, so results can say what they rest on.
 *
 * @category Aggregate
 */
export interface ObservationStatusCounts {
  /** Records marked `provisional` (may still change). */
  readonly provisional: number;
  /** Records marked `estimated`. */
  readonly estimated: number;
  /** Records marked `revised` (corrections). */
  readonly revised: number;
}

/**
 * The mergeable state of an aggregation (docs/conventions.md#aggregation): additive components from which every time aggregation
 * and every roll-up rule is computed, as plain JSON-safe data.
 *
 * @remarks
 * Build one with `accumulate` (from records) or take them from `aggregateRows`; combine with `mergePartials`
 * (associative and commutative); read the KPI's value with `finalizePartial`.
 *
 * - `records` counts the records of the group, including records with weight 0 ("reported, no responses", which
 *   may carry `value: null`) — they make the group exist but add to no other field (docs/conventions.md#aggregation);
 *   `count`, `sum`, `min`, `max`, `mean` and `m2` describe the `value`s of the others (records without a value, such
 *   as ratio records, add to `records` only; invalid survey answers add to `survey.invalid` only). `m2` is the sum of squared deviations from the mean; partials merge it with Chan, Golub and
 *   LeVeque's parallel formula, so the variance is `m2 / count` (population) or `m2 / (count − 1)` (sample).
 * - `firstValue`/`lastValue` are the values at the earliest and latest instants (`firstAt`/`lastAt`), kept for KPIs
 *   aggregated by `first` or `last` (else `null`); at equal instants the **larger value wins** for both, so the
 *   choice does not depend on the order of records or merges.
 * - `numeratorSum`/`denominatorSum` add ratio records; `weightSum` adds weights (default 1) of records with a
 *   value, and `weightedSum` adds `weight × value`.
 * - `values` holds the raw values in ascending order when the KPI's aggregation needs exact quantiles (median,
 *   quantile), else `null`; `sketch` holds a {@link QuantileSketch} instead when a sketch was asked for.
 * - `survey` pools survey answers (`null` for other measures); `ratios` tallies the ratio records one by one
 *   (`null` when the group has none).
 *
 * @category Aggregate
 */
export interface PartialAggregate {
  /** Records that took part. */
  readonly records: number;
  /** Records with a `value`. */
  readonly count: number;
  /** Sum of the values. */
  readonly sum: number;
  /** Smallest value, `null` when `count` is 0. */
  readonly min: number | null;
  /** Largest value, `null` when `count` is 0. */
  readonly max: number | null;
  /** Running mean of the values (0 when `count` is 0), used to merge `m2`. */
  readonly mean: number;
  /** Sum of squared deviations of the values from their mean. */
  readonly m2: number;
  /** The earliest instant of a value (epoch ms); `null` when `count` is 0 or the KPI is not aggregated by first/last. */
  readonly firstAt: number | null;
  /** The value at `firstAt` (the larger one at a tie). */
  readonly firstValue: number | null;
  /** The latest instant of a value (epoch ms); `null` when `count` is 0 or the KPI is not aggregated by first/last. */
  readonly lastAt: number | null;
  /** The value at `lastAt` (the larger one at a tie). */
  readonly lastValue: number | null;
  /** Sum of numerators. */
  readonly numeratorSum: number;
  /** Sum of denominators. */
  readonly denominatorSum: number;
  /** Sum of weights of records with a value. */
  readonly weightSum: number;
  /** Sum of `weight × value`. */
  readonly weightedSum: number;
  /** The values, ascending, when exact quantiles are needed; else `null`. */
  readonly values: readonly number[] | null;
  /** A quantile sketch when one was asked for; else `null`. */
  readonly sketch: QuantileSketch | null;
  /** Pooled survey answers for a survey KPI; else `null`. */
  readonly survey: SurveyTally | null;
  /** The ratio records one by one (zero denominators, sum of own ratios); `null` when the group has none. */
  readonly ratios: RatioTally | null;
  /** Counts of records that were not `normal`. */
  readonly statuses: ObservationStatusCounts;
}
