import type { TIME_AGGREGATIONS } from "./timeAggregations.js";

/**
 * The time aggregations each measure kind allows (a ratio's values combine only as a ratio of sums, and so on): the
 * one table `KpiDefinitionSchema` and the aggregation functions' argument checks read. Internal.
 *
 * @example
 * ```ts
 * [AGGREGATIONS_OF_KIND.ratio, AGGREGATIONS_OF_KIND.duration.includes("first")];
 * //=> [["ratio_of_sums"], false]
 * ```
 */
// The kinds spelled out (measureKinds.ts reads the model's types, which read this): a test holds them to MEASURE_KINDS.
export const AGGREGATIONS_OF_KIND: Readonly<Record<"value" | "count" | "duration" | "weighted" | "ratio" | "survey", readonly (typeof TIME_AGGREGATIONS)[number][]>> = {
  value: ["sum", "mean", "min", "max", "first", "last", "median", "quantile"],
  count: ["sum", "mean", "min", "max", "first", "last", "median", "quantile"],
  duration: ["sum", "mean", "min", "max", "median", "quantile"],
  weighted: ["weighted_mean"],
  ratio: ["ratio_of_sums"],
  survey: ["survey"],
};
