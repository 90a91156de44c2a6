// The kpi-kit API the real-data tests use, in one place, from the public entry points.
export {
  parseWorkspace,
  parseMeasurements,
  parsePeriod,
  periodOf,
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

export { aggregateRows, finalizePartial, mergePartials, rollUpScopes, rollUpPeriods } from "../../src/index.js";
export { findCatalogKpi } from "../../src/catalog/index.js";
export type { PartialAggregate } from "../../src/aggregate/partialAggregate.js";
export type { PeriodGroup } from "../../src/aggregate/periodAggregates.js";
