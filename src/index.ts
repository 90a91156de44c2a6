// The curated public API of kpi-kit: explicit named exports, grouped by folder.

// Errors
export { KpiError, isKpiError } from "./errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "./errors.js";

// Model
export {
  KpiIdSchema,
  ScopeNodeIdSchema,
  RoleIdSchema,
  MeasurementIdSchema,
  TargetIdSchema,
  SlaTermIdSchema,
  CalendarIdSchema,
  GoalIdSchema,
  DutyIdSchema,
  AnnotationIdSchema,
} from "./model/ids.js";
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
export { LocalizedTextSchema } from "./model/localizedText.js";
export type { LocalizedText, Locale } from "./model/localizedText.js";
export { InstantSchema, LocalDateSchema, LocalTimeSchema } from "./model/instant.js";
export { toEpochMs } from "./model/toEpochMs.js";
export { toMinutesOfDay } from "./model/toMinutesOfDay.js";
export type { Instant, LocalDate } from "./model/instant.js";
export { CalendarSchema, BusinessHoursSchema, TimeZoneSchema, isTimeZone, parseCalendar } from "./model/calendar.js";
export type { Calendar, CalendarInput, BusinessHours } from "./model/calendar.js";
export { ScopeKindSchema, SCOPE_KIND_DEPTH } from "./model/scopeKind.js";
export type { ScopeKind } from "./model/scopeKind.js";
export { ScopeNodeSchema, ScopeTreeSchema, LifecyclePhaseSchema, parseScopeTree } from "./model/scopeTree.js";
export type { ScopeNode, ScopeTree, LifecyclePhase } from "./model/scopeTree.js";
export { RoleSchema, RoleAssignmentSchema, STANDARD_ROLES } from "./model/role.js";
export type { Role, RoleAssignment } from "./model/role.js";
export {
  ResponsibilitySchema,
  DutySchema,
  ResponsibilityMatrixSchema,
  parseResponsibilityMatrix,
} from "./model/responsibilityMatrix.js";
export type { Responsibility, Duty, ResponsibilityMatrix } from "./model/responsibilityMatrix.js";
export { checkResponsibilityMatrix } from "./model/checkResponsibilityMatrix.js";
export type { ResponsibilityFinding } from "./model/checkResponsibilityMatrix.js";
export { PU2_23_RESPONSIBILITY_MATRIX } from "./model/pu223ResponsibilityMatrix.js";
export {
  IndicatorKindSchema,
  KpiCategorySchema,
  DirectionSchema,
  ManagementLevelSchema,
  FrequencySchema,
  RollUpRuleSchema,
  TimeAggregationSchema,
  SurveyStatisticSchema,
  MeasureSchema,
  DriverLinkSchema,
  MeasurementProcedureSchema,
  KpiDefinitionSchema,
  explainRollUpConflict,
  parseKpiDefinition,
} from "./model/kpiDefinition.js";
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
} from "./model/kpiDefinition.js";
export { GoalSchema } from "./model/goal.js";
export type { Goal } from "./model/goal.js";
export { AnnotationSchema } from "./model/annotation.js";
export type { Annotation } from "./model/annotation.js";
export { RagThresholdsSchema, MilestoneSchema, TrajectorySchema, TargetSchema, parseTarget } from "./model/target.js";
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
export {
  SloSchema,
  SloWindowSchema,
  BudgetingMethodSchema,
  SlaObjectiveSchema,
  MaintenanceWindowSchema,
  SlaTermsSchema,
  parseSlaTerms,
} from "./model/slaTerms.js";
export type { SloWindow, BudgetingMethod, SlaObjective, MaintenanceWindow, SlaTerms, SlaTermsInput } from "./model/slaTerms.js";
export { ObservationStatusSchema, CollectionSchema, MeasurementSchema, parseMeasurement } from "./model/measurement.js";
export type { ObservationStatus, Collection, Measurement, MeasurementInput } from "./model/measurement.js";
export { parseMeasurements } from "./model/parseMeasurements.js";
export type { ParseMeasurementsOptions } from "./model/parseMeasurements.js";
export { WorkspaceSchema, parseWorkspace } from "./model/workspace.js";
export type { Workspace, WorkspaceInput, ParseWorkspaceOptions } from "./model/workspace.js";
export { LABELS, labelOf } from "./model/labels.js";
export type { LabelVocabulary } from "./model/labels.js";
