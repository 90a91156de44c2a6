import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { AggregationKpi } from "./aggregationKpi.js";

/**
 * A KPI as `rollUpScopes` reads it for a whole aggregation result: what the aggregation read, plus the roll-up rule.
 *
 * @category Aggregate
 */
export type RollUpKpi = AggregationKpi & Pick<KpiDefinition, "rollUp">;
