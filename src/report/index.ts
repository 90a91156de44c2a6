/**
 * Reports for management, technical teams and the public: build, render as Markdown or HTML, digests (ESM only).
 *
 * @module kpi-kit/report
 */
// The curated API of the `kpi-kit/report` subpath (ESM only): explicit named exports.
// Charts need the optional peer dependencies vega@6 and vega-lite@6 only to render SVG (renderChartSvg, renderHtml).

// The error class, so that report users can catch and branch on errors without importing the core entry point.
export { KpiError, isKpiError } from "../errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "../errors.js";

export { buildReport } from "./buildReport.js";
export type { BuildReportOptions } from "./buildReportOptions.js";
export { planReport } from "./planReport.js";
export type { ReportPlan, ReportRange } from "./reportPlan.js";
export type { ReportAggregates, ReportAggregateGroup, ReportQualityTally, ReportLastInstant } from "./reportAggregates.js";
export type { ReportOutage } from "./composeSla.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { renderHtml } from "./renderHtml.js";
export { formatValue } from "./formatValue.js";
export { digestSha256 } from "./digestSha256.js";
export { digestMeasurements } from "./digestMeasurements.js";
export { toCanonicalJson } from "./toCanonicalJson.js";
export { REPORT_LABELS, REPORT_NOUNS } from "./reportLabels.js";
export type { ReportLabelKey } from "./reportLabels.js";
export { reportLabel } from "./reportLabel.js";
export type {
  Report,
  ReportAudience,
  ReportProvenance,
  ReportSection,
  ReportScorecardSection,
  ReportScorecardRow,
  ReportCompositeSection,
  ReportCompositeItem,
  ReportSlaSection,
  ReportSlaObjective,
  ReportSpender,
  ReportMover,
  ReportDriverRisksSection,
  ReportDriverRisk,
  ReportDataQualitySection,
  ReportQualityWarning,
  ReportQualityIssue,
  ReportKpiDetailSection,
  ReportSignal,
  ReportStatementsSection,
  ReportStatement,
  ReportChart,
  ReportChartKind,
  ReportTable,
  ReportStatus,
  ReportStatusValue,
  ReportSummarySection,
  ReportStatusCount,
  ReportFlags,
  ReportAnnotation,
} from "./reportModel.js";

// Charts
export { sparklineSpec } from "./charts/sparklineSpec.js";
export type { ChartPoint, SparklineSpecOptions } from "./charts/sparklineSpec.js";
export { bulletChartSpec } from "./charts/bulletChartSpec.js";
export type { BulletChartInput, BulletChartSpecOptions, StatusBand } from "./charts/bulletChartSpec.js";
export { controlChartSpec } from "./charts/controlChartSpec.js";
export type { ControlChartInput, ControlChartSpecOptions, ChartSignal } from "./charts/controlChartSpec.js";
export { budgetBurnDownSpec } from "./charts/budgetBurnDownSpec.js";
export type { BudgetBurnDownInput, BudgetBurnDownSpecOptions, BurnDownPoint } from "./charts/budgetBurnDownSpec.js";
export { scopeHeatMapSpec } from "./charts/scopeHeatMapSpec.js";
export type { HeatMapNode, ScopeHeatMapSpecOptions } from "./charts/scopeHeatMapSpec.js";
export { seriesChartSpec } from "./charts/seriesChartSpec.js";
export type { SeriesChartPoint, SeriesChartSpecOptions } from "./charts/seriesChartSpec.js";
export { renderChartSvg } from "./charts/renderChartSvg.js";
export { REPORT_PALETTE } from "./charts/reportPalette.js";
export type { VegaLiteSpec, JsonValue } from "./charts/vegaLiteSpec.js";
