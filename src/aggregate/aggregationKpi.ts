import type { KpiDefinition } from "../model/kpiDefinition.js";

/**
 * The KPI fields the aggregation functions read: its id, measure and time aggregation (and the quantile of a
 * quantile KPI). A parsed `KpiDefinition` is one.
 *
 * @category Aggregate
 */
export type AggregationKpi = Pick<KpiDefinition, "measure" | "aggregation"> & {
  readonly id: string;
  readonly quantile?: number | undefined;
};
