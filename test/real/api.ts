// The kpi-kit API the real-data tests use, in one place. Everything comes from the public entry point, except the
// aggregation engine, which src/index.ts does not re-export yet (src/aggregate/ is being finished): once it does,
// replace the second block with names from "../../src/index.js".
export {
  parseWorkspace,
  parseMeasurements,
  parsePeriod,
  periodOf,
  findCatalogKpi,
  scoreAttainment,
  ragStatus,
  mannKendall,
  sensSlope,
  xmrChart,
  nelsonRules,
  findMissingPeriods,
  findStaleSeries,
  findOutOfRange,
  assessDataQuality,
  explainRollUpConflict,
  parseKpiDefinition,
} from "../../src/index.js";
export type { Measurement, KpiDefinition, Workspace, SeriesPoint, ScopeNode } from "../../src/index.js";

export { aggregateByPeriod } from "../../src/aggregate/aggregateByPeriod.js";
export { aggregateRows } from "../../src/aggregate/aggregateRows.js";
export { finalizePartial } from "../../src/aggregate/finalizePartial.js";
export { mergePartials } from "../../src/aggregate/mergePartials.js";
export { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";
export { rollUpPeriods } from "../../src/aggregate/rollUpPeriods.js";
export type { PartialAggregate } from "../../src/aggregate/partialAggregate.js";
export type { PeriodGroup } from "../../src/aggregate/periodAggregates.js";
