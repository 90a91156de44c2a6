/**
 * How partials keep what quantiles need: `exact` (the raw values, the default) or `sketch` (a mergeable quantile
 * sketch with a stated relative accuracy).
 *
 * @category Aggregate
 */
export type QuantileMethod = "exact" | "sketch";
