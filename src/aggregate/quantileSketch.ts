/**
 * A mergeable quantile sketch with relative accuracy (a DDSketch: logarithmic buckets), as plain JSON-safe data.
 *
 * @remarks
 * A non-zero value `x` falls in bucket `i = ⌈ln|x| / ln γ⌉` with `γ = (1 + α)/(1 − α)`, in the `positive` or
 * `negative` store by its sign; exact zeros are counted in `zeroCount`. Every value in bucket `i` lies in
 * `(γ^(i−1), γ^i]`, and the bucket's representative `2γ^i/(γ + 1)` is within relative `α` of each of them. Bucket
 * indices are the keys (as strings) and counts the values, so a sketch survives `JSON.stringify`. Two sketches with
 * the same `relativeAccuracy` merge exactly by adding counts (Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable
 * quantile sketch with relative-error guarantees", VLDB 2019). Build one with `createQuantileSketch`.
 *
 * @category Aggregate
 */
export interface QuantileSketch {
  /** The relative accuracy α, 0 < α < 1 (e.g. `0.01` for 1 %). */
  readonly relativeAccuracy: number;
  /** How many values the sketch holds. */
  readonly count: number;
  /** How many of them are exactly 0. */
  readonly zeroCount: number;
  /** Counts of positive values per bucket index. */
  readonly positive: Readonly<Record<string, number>>;
  /** Counts of negative values per bucket index of their absolute value. */
  readonly negative: Readonly<Record<string, number>>;
}
