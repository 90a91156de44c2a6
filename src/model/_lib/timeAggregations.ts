/**
 * The time aggregations, in the order of `TimeAggregationSchema`: one list for the schema and for the code that checks
 * an aggregation without zod (the aggregation functions' and SQL compilers' argument checks). Internal to kpi-kit.
 */
export const TIME_AGGREGATIONS = ["sum", "mean", "min", "max", "first", "last", "median", "quantile", "ratio_of_sums", "weighted_mean", "survey"] as const;
