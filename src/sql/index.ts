/**
 * kpi-kit/sql: push the aggregation down to the engine that holds the measurements. `compilePartialsQuery` compiles
 * one parameterised query per dialect (DuckDB, PostgreSQL, ClickHouse) whose rows are kpi-kit's partial aggregates per KPI,
 * subject and local period; `partialsFromRows` reads them back for merging, roll-ups, scoring and reports. No driver
 * is needed or loaded: run the query with yours.
 *
 * @module kpi-kit/sql
 */
export { KpiError, isKpiError } from "../errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "../errors.js";
export { SQL_DIALECTS } from "./sqlDialect.js";
export type { SqlDialect } from "./sqlDialect.js";
export { quoteIdentifier } from "./quoteIdentifier.js";
export type { CompiledQuery } from "./compiledQuery.js";
export type { MeasurementTable, MeasurementColumn } from "./measurementTable.js";
export { compilePartialsQuery } from "./compilePartialsQuery.js";
export type { CompiledPartialsQuery } from "./compilePartialsQuery.js";
export type { CompilePartialsOptions } from "./compilePartialsOptions.js";
export { partialsFromRows } from "./partialsFromRows.js";
export type { PartialsRow } from "./partialsFromRows.js";
export type { QueryResult, ResultColumns } from "./queryResult.js";
export { compileQuantilesQuery } from "./compileQuantilesQuery.js";
export type { CompileQuantilesOptions, CompiledQuantilesQuery } from "./compileQuantilesQuery.js";
export { quantilesFromRows } from "./quantilesFromRows.js";
export type { NodeQuantile } from "./quantilesFromRows.js";
export { compileCorrectionsCheckQuery } from "./compileCorrectionsCheckQuery.js";
export type { CompileCorrectionsCheckOptions, CompiledCorrectionsCheckQuery } from "./compileCorrectionsCheckQuery.js";
export { compileValuesCheckQuery } from "./compileValuesCheckQuery.js";
export type { TableCheckOptions, CompiledTableCheckQuery } from "./tableCheckOptions.js";
export type { CompileValuesCheckOptions, CompiledValuesCheckQuery } from "./compileValuesCheckQuery.js";
export { compileReportQueries } from "./compileReportQueries.js";
export type { CompileReportOptions, CompiledReportQueries, CompiledReportQuery } from "./compileReportQueries.js";
export { aggregatesFromRows } from "./aggregatesFromRows.js";
export type { ReportAggregates, ReportAggregateGroup, ReportQualityTally, ReportLastInstant } from "../report/reportAggregates.js";
export type { ReportPlan, ReportRange } from "../report/reportPlan.js";
export type { BuildReportOptions } from "../report/buildReportOptions.js";
export { measurementFromRow } from "./measurementFromRow.js";
export type { MeasurementField } from "./measurementFromRow.js";
