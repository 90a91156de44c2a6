/**
 * The domain functions and their types: the model's parse functions, time and calendars, aggregation and roll-up, scoring, SLA/SLO, trends and data quality.
 *
 * @module kpi-kit
 */
// The curated public API of kpi-kit: explicit named exports, grouped by folder.

// Errors
export { KpiError, isKpiError } from "./errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "./errors.js";

// Model
export type {
  KpiId,
  ScopeNodeId,
  RoleId,
  MeasurementId,
  TargetId,
  SlaTermId,
  CalendarId,
  GoalId,
  DutyId,
  AnnotationId,
} from "./model/ids.js";
export type { LocalizedText, Locale } from "./model/localizedText.js";
export { toEpochMs } from "./model/toEpochMs.js";
export { toMinutesOfDay } from "./model/toMinutesOfDay.js";
export type { Instant, LocalDate } from "./model/instant.js";
export { isTimeZone, parseCalendar } from "./model/calendar.js";
export type { Calendar, CalendarInput, BusinessHours } from "./model/calendar.js";
export { SCOPE_KIND_DEPTH } from "./model/scopeKind.js";
export type { ScopeKind } from "./model/scopeKind.js";
export { parseScopeTree } from "./model/scopeTree.js";
export type { ScopeNode, ScopeTree, LifecyclePhase } from "./model/scopeTree.js";
export type { Role, RoleAssignment } from "./model/role.js";
export { parseResponsibilityMatrix } from "./model/responsibilityMatrix.js";
export type { Responsibility, Duty, ResponsibilityMatrix } from "./model/responsibilityMatrix.js";
export { checkResponsibilityMatrix } from "./model/checkResponsibilityMatrix.js";
export type { ResponsibilityFinding } from "./model/checkResponsibilityMatrix.js";
export { explainRollUpConflict, parseKpiDefinition } from "./model/kpiDefinition.js";
export type {
  IndicatorKind,
  KpiCategory,
  Direction,
  ManagementLevel,
  Frequency,
  RollUpRule,
  TimeAggregation,
  SurveyStatistic,
  Measure,
  ValueMeasure,
  CountMeasure,
  DurationMeasure,
  WeightedMeasure,
  RatioMeasure,
  SurveyMeasure,
  DriverLink,
  MeasurementProcedure,
  KpiDefinition,
  KpiDefinitionInput,
  UnitForms,
  LocalizedUnit,
  KpiUnit,
} from "./model/kpiDefinition.js";
export type { Goal } from "./model/goal.js";
export type { Annotation } from "./model/annotation.js";
export { parseTarget } from "./model/target.js";
export type {
  RagThresholds,
  Milestone,
  Trajectory,
  AtLeastTarget,
  AtMostTarget,
  BetweenTarget,
  Target,
  TargetInput,
} from "./model/target.js";
export { parseSlaTerms } from "./model/slaTerms.js";
export type { SloWindow, BudgetingMethod, SlaObjective, MaintenanceWindow, SlaTerms, SlaTermsInput } from "./model/slaTerms.js";
export { parseMeasurement } from "./model/measurement.js";
export type { ObservationStatus, Collection, Measurement, MeasurementInput } from "./model/measurement.js";
export { parseMeasurements } from "./model/parseMeasurements.js";
export type { ParseMeasurementsOptions } from "./model/parseMeasurements.js";
export { BATCH_STATUSES, BATCH_COLLECTIONS } from "./model/measurementBatch.js";
export type { MeasurementBatch } from "./model/measurementBatch.js";
export { createMeasurementBatchBuilder } from "./model/createMeasurementBatchBuilder.js";
export type { MeasurementBatchBuilder, MeasurementBatchBuilderOptions } from "./model/measurementBatchBuilder.js";
export { toMeasurementBatch } from "./model/toMeasurementBatch.js";
export { measurementAt } from "./model/measurementAt.js";
export { parseWorkspace } from "./model/workspace.js";
export type { Workspace, WorkspaceInput, ParseWorkspaceOptions } from "./model/workspace.js";
export { LABELS, labelOf } from "./model/labels.js";
export type { LabelVocabulary } from "./model/labels.js";

// Time
export type { Grain } from "./time/grain.js";
export type { Period } from "./time/period.js";
export { periodOf } from "./time/periodOf.js";
export { parsePeriod } from "./time/parsePeriod.js";
export { grainOfLabel } from "./time/grainOfLabel.js";
export { eachPeriod } from "./time/eachPeriod.js";
export { nextPeriod } from "./time/nextPeriod.js";
export { previousPeriod } from "./time/previousPeriod.js";
export { createPeriodIndex } from "./time/createPeriodIndex.js";
export type { PeriodIndex } from "./time/createPeriodIndex.js";
export { indexOfInstant } from "./time/indexOfInstant.js";
export { periodCoverage } from "./time/periodCoverage.js";
export type { PeriodCoverage } from "./time/periodCoverage.js";
export { businessIntervals } from "./time/businessIntervals.js";
export type { BusinessInterval } from "./time/businessIntervals.js";
export { businessTimeBetween } from "./time/businessTimeBetween.js";
export { addBusinessTime } from "./time/addBusinessTime.js";
export { addBusinessDays } from "./time/addBusinessDays.js";
export { compileBusinessCalendar } from "./time/compileBusinessCalendar.js";
export type { BusinessCalendar } from "./time/compileBusinessCalendar.js";
export type { InstantInput } from "./time/instantInput.js";


// Trend
export type { SeriesPoint } from "./trend/seriesPoint.js";
export { indexPeriodSeries } from "./trend/indexPeriodSeries.js";
export type { PeriodValue, PeriodIndexedSeries, IndexPeriodSeriesOptions } from "./trend/indexPeriodSeries.js";
export { toPeriodLabel } from "./trend/toPeriodLabel.js";
export type { TrendOutcome, TrendResult, TrendNoResult, TrendNoResultReason } from "./trend/trendOutcome.js";
export { linearTrend } from "./trend/linearTrend.js";
export type { LinearTrend, LinearTrendOptions, ConfidenceInterval } from "./trend/linearTrend.js";
export { mannKendall } from "./trend/mannKendall.js";
export type { MannKendall } from "./trend/mannKendall.js";
export { sensSlope } from "./trend/sensSlope.js";
export type { SensSlope, SensSlopeOptions, SensSlopeTimeIndex, OpenConfidenceInterval } from "./trend/sensSlope.js";
export { seasonalMannKendall } from "./trend/seasonalMannKendall.js";
export type { SeasonalMannKendall, SeasonalMannKendallOptions, SeasonalMannKendallSeason } from "./trend/seasonalMannKendall.js";
export { linearForecast } from "./trend/linearForecast.js";
export type { LinearForecast, LinearForecastOptions } from "./trend/linearForecast.js";
export { holtLinear } from "./trend/holtLinear.js";
export type { HoltLinear, HoltLinearOptions, ForecastPoint } from "./trend/holtLinear.js";
export { forecastTargetReach } from "./trend/forecastTargetReach.js";
export type { ForecastTargetReach, ForecastTargetReachOptions, ForecastGoal, ForecastMethod, ForecastTarget } from "./trend/forecastTargetReach.js";
export { trendVerdict } from "./trend/trendVerdict.js";
export type { TrendVerdict, TrendVerdictOptions, TrendVerdictValue, TrendEvidence, TrendDirection } from "./trend/trendVerdict.js";
export { scanTrends, type ScanTrendsOptions, type TrendScan } from "./trend/scanTrends.js";
export { phaseStartsFromAnnotations } from "./trend/phaseStartsFromAnnotations.js";
export type { PhaseSubject, PhaseAnnotation } from "./trend/phaseStartsFromAnnotations.js";
export { xmrChart } from "./trend/xmrChart.js";
export type { XmrChart, XmrChartOptions } from "./trend/xmrChart.js";
export type { XmrPoint } from "./trend/xmrPoint.js";
export type { XmrLimits } from "./trend/xmrLimits.js";
export type { XmrPhase } from "./trend/xmrPhase.js";
export { nelsonRules } from "./trend/nelsonRules.js";
export type { NelsonRulesOptions } from "./trend/nelsonRules.js";
export { westernElectricRules } from "./trend/westernElectricRules.js";
export type { WesternElectricRulesOptions } from "./trend/westernElectricRules.js";
export type { ControlSignal, ControlRuleSet } from "./trend/controlSignal.js";
export { laggedCorrelation } from "./trend/laggedCorrelation.js";
export type { LaggedCorrelation, LaggedCorrelationOptions, LagCorrelation } from "./trend/laggedCorrelation.js";
export { assessDriverLink } from "./trend/assessDriverLink.js";
export type { AssessDriverLinkOptions, DriverLinkDeclaration, DriverLinkAssessment } from "./trend/assessDriverLink.js";

// Sla
export type { Interval } from "./sla/interval.js";
export type { Outage } from "./sla/outage.js";
export type { SliEvent } from "./sla/sliEvent.js";
export type { Ticket } from "./sla/ticket.js";
export type { SlaMeasureOptions } from "./sla/slaMeasureOptions.js";
export { unionIntervals } from "./sla/unionIntervals.js";
export { intersectIntervals } from "./sla/intersectIntervals.js";
export { subtractIntervals } from "./sla/subtractIntervals.js";
export { clipIntervals } from "./sla/clipIntervals.js";
export { expandMaintenance } from "./sla/expandMaintenance.js";
export { measureAvailability } from "./sla/measureAvailability.js";
export type { MeasureAvailabilityOptions, AvailabilityMeasurement } from "./sla/measureAvailability.js";
export { measureAvailabilityByPeriod } from "./sla/measureAvailabilityByPeriod.js";
export type { PeriodRange, PeriodAvailability, MeasureAvailabilityByPeriodOptions } from "./sla/measureAvailabilityByPeriod.js";
export { measureTimeslices } from "./sla/measureTimeslices.js";
export type { MeasureTimeslicesOptions, TimesliceMeasurement } from "./sla/measureTimeslices.js";
export { measureRatioTimeslices } from "./sla/measureRatioTimeslices.js";
export type { MeasureRatioTimeslicesOptions } from "./sla/measureRatioTimeslices.js";
export { measureOccurrences } from "./sla/measureOccurrences.js";
export type { MeasureOccurrencesOptions, OccurrenceMeasurement } from "./sla/measureOccurrences.js";
export { resolveSloWindow } from "./sla/resolveSloWindow.js";
export { measureErrorBudget } from "./sla/measureErrorBudget.js";
export type { EventCounts, TimeAmounts, MeasureErrorBudgetOptions } from "./sla/measureErrorBudget.js";
export type { ErrorBudget, BudgetUnit } from "./sla/errorBudget.js";
export { measureBurnRate } from "./sla/measureBurnRate.js";
export type { BurnWindow, BurnRate, MeasureBurnRateOptions } from "./sla/measureBurnRate.js";
export { evaluateBurnAlerts } from "./sla/evaluateBurnAlerts.js";
export type {
  BurnAlertTier,
  EvaluateBurnAlertsOptions,
  BurnAlertTierResult,
  BurnAlertEvaluation,
} from "./sla/evaluateBurnAlerts.js";
export { evaluateTicketDeadline } from "./sla/evaluateTicketDeadline.js";
export type {
  TicketDeadlineRule,
  EvaluateTicketDeadlineOptions,
  TicketDeadlineResult,
} from "./sla/evaluateTicketDeadline.js";
export { ticketCompliance } from "./sla/ticketCompliance.js";
export type { TicketComplianceOptions, TicketComplianceRow } from "./sla/ticketCompliance.js";
export { evaluateSla } from "./sla/evaluateSla.js";
export type { SlaInputs, EvaluateSlaOptions, BudgetSpender, SlaObjectiveResult, SlaEvaluation } from "./sla/evaluateSla.js";
export { parseOutages } from "./sla/parseOutages.js";
export type { ServiceOutage } from "./sla/parseOutages.js";
export { parseTickets } from "./sla/parseTickets.js";
export { parseMaintenanceWindows } from "./sla/parseMaintenanceWindows.js";

// Quality
export { effectiveMeasurements } from "./quality/effectiveMeasurements.js";
export type { EffectiveMeasurementsOptions, EffectiveMeasurements, CorrectionChain } from "./quality/effectiveMeasurements.js";
export { findDuplicates } from "./quality/findDuplicates.js";
export type { DuplicateGroup } from "./quality/duplicateGroup.js";
export { findMissingPeriods } from "./quality/findMissingPeriods.js";
export type { PeriodSpan, SeriesRecord } from "./quality/findMissingPeriods.js";
export { assessFreshness } from "./quality/assessFreshness.js";
export type { AssessFreshnessOptions, SeriesFreshness } from "./quality/assessFreshness.js";
export { findStaleSeries } from "./quality/findStaleSeries.js";
export type { FindStaleSeriesOptions, StaleSeries, StaleSeriesKpi } from "./quality/findStaleSeries.js";
export { findOutOfRange } from "./quality/findOutOfRange.js";
export type { OutOfRangeFinding } from "./quality/findOutOfRange.js";
export type { OutOfRangeReason } from "./quality/outOfRangeReason.js";
export type { OutOfRangeKpi } from "./quality/outOfRangeKpi.js";
export { summarizeStatus } from "./quality/summarizeStatus.js";
export type { StatusSummary } from "./quality/summarizeStatus.js";
export { assessDataQuality } from "./quality/assessDataQuality.js";
export type { AssessDataQualityOptions, SeriesQuality, DataQualityKpi } from "./quality/assessDataQuality.js";
export { reviewWorkspace } from "./quality/reviewWorkspace.js";
export type {
  ReviewWorkspaceOptions,
  ReviewableWorkspace,
  WorkspaceFinding,
  WorkspaceFindingCode,
} from "./quality/reviewWorkspace.js";

// Score
export { scoreAttainment } from "./score/scoreAttainment.js";
export type { ScoringTarget, ScoreAttainmentOptions } from "./score/scoreAttainment.js";
export { scoreProgress } from "./score/scoreProgress.js";
export type { ProgressScore } from "./score/scoreProgress.js";
export { scoreBand } from "./score/scoreBand.js";
export type { TargetBand } from "./score/scoreBand.js";
export { ragStatus } from "./score/ragStatus.js";
export type { RagStatus, RagStatusOptions } from "./score/ragStatus.js";
export { ragStatus5 } from "./score/ragStatus5.js";
export type { RagStatus5, RagStatus5Options } from "./score/ragStatus5.js";
export { assertNoOverlappingTargets } from "./score/assertNoOverlappingTargets.js";
export type { TargetValidity } from "./score/assertNoOverlappingTargets.js";
export { resolveTarget } from "./score/resolveTarget.js";
export type { TargetQuery, ResolveTargetOptions, ResolvedTarget } from "./score/resolveTarget.js";
export { plannedValue } from "./score/plannedValue.js";
export type { PlannedTarget } from "./score/plannedValue.js";
export { expectedToDate } from "./score/expectedToDate.js";
export type { ExpectedToDate, ExpectedToDateOptions } from "./score/expectedToDate.js";
export { scoreComposite } from "./score/scoreComposite.js";
export type {
  CompositeItem,
  CompositeContribution,
  CompositeScore,
  CompositeExclusion,
  ScoreCompositeOptions,
} from "./score/scoreComposite.js";
export { targetKindOfDirection } from "./score/targetKindOfDirection.js";
export type { TargetKind } from "./score/targetKindOfDirection.js";
export { buildScorecard } from "./score/buildScorecard.js";
export type {
  ScorecardTarget,
  ScorecardKpi,
  ScorecardContext,
  BuildScorecardOptions,
  ScorecardRow,
  ScorecardGap,
  Scorecard,
} from "./score/buildScorecard.js";
export { countStatuses } from "./score/countStatuses.js";
export type { StatusCounts, NodeStatusCounts } from "./score/countStatuses.js";

// Aggregate
export { quantile } from "./aggregate/quantile.js";
export { median } from "./aggregate/median.js";
export { standardDeviation } from "./aggregate/standardDeviation.js";
export type { StandardDeviationOptions } from "./aggregate/standardDeviation.js";
export { summarize } from "./aggregate/summarize.js";
export type { Summary } from "./aggregate/summarize.js";
export type { QuantileSketch } from "./aggregate/quantileSketch.js";
export { createQuantileSketch } from "./aggregate/createQuantileSketch.js";
export type { CreateQuantileSketchOptions } from "./aggregate/createQuantileSketch.js";
export { mergeSketches } from "./aggregate/mergeSketches.js";
export { quantileOfSketch } from "./aggregate/quantileOfSketch.js";
export type { PartialAggregate, SurveyTally, RatioTally, ObservationStatusCounts } from "./aggregate/partialAggregate.js";
export type { QuantileMethod } from "./aggregate/quantileMethod.js";
export { emptyPartial } from "./aggregate/emptyPartial.js";
export { accumulate } from "./aggregate/accumulate.js";
export type { AccumulateRecord, AccumulateOptions } from "./aggregate/accumulate.js";
export { mergePartials } from "./aggregate/mergePartials.js";
export { finalizePartial } from "./aggregate/finalizePartial.js";
export { poolSurveyAnswers } from "./aggregate/poolSurveyAnswers.js";
export type { SurveyAnswer, PooledSurvey } from "./aggregate/poolSurveyAnswers.js";
export { surveyCounts } from "./aggregate/surveyCounts.js";
export type { SurveyCounts } from "./aggregate/surveyCounts.js";
export { meanOfRatios } from "./aggregate/meanOfRatios.js";
export type { PeriodAggregates, PeriodGroup, AggregateOptions } from "./aggregate/periodAggregates.js";
export type { PeriodAggregateColumns } from "./aggregate/periodAggregateColumns.js";
export type { MeasurementRow } from "./aggregate/measurementRow.js";
export { aggregateRows } from "./aggregate/aggregateRows.js";
export type { AggregateRowsOptions } from "./aggregate/aggregateRows.js";
export { aggregateColumns } from "./aggregate/aggregateColumns.js";
export type { MeasurementColumns, AggregateColumnsOptions } from "./aggregate/aggregateColumns.js";
export type { AggregationKpi } from "./aggregate/aggregationKpi.js";
export { rollUpScopes } from "./aggregate/rollUpScopes.js";
export type { ScopeValue } from "./aggregate/rollUpScopes.js";
export type { RollUpKpi } from "./aggregate/rollUpKpi.js";
export type { PeriodPartial } from "./aggregate/periodPartial.js";
export { rollUpPeriods } from "./aggregate/rollUpPeriods.js";
export { totalOfPeriods } from "./aggregate/totalOfPeriods.js";
export type { PeriodTotal } from "./aggregate/totalOfPeriods.js";
export { changeOverPeriod } from "./aggregate/changeOverPeriod.js";
export type { PeriodChange, ChangeOverPeriodOptions } from "./aggregate/changeOverPeriod.js";
export { runningWindow } from "./aggregate/runningWindow.js";
export type { WindowValue } from "./aggregate/runningWindow.js";
export { cumulativeToDate } from "./aggregate/cumulativeToDate.js";
export type { CumulativeToDateOptions, CumulativeToDateValue } from "./aggregate/cumulativeToDate.js";
export { resolveSupersedes } from "./aggregate/resolveSupersedes.js";
export type { CorrectableRecord } from "./aggregate/correctableRecord.js";
