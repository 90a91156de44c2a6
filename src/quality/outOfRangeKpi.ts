import type { KpiDefinition } from "../model/kpiDefinition.js";

/** The KPI fields {@link findOutOfRange} reads. @category Quality */
export type OutOfRangeKpi = Pick<KpiDefinition, "id" | "measure" | "validRange">;
