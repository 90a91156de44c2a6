/**
 * The zod schemas behind the parse functions of the main entry, for composing your own.
 *
 * @module kpi-kit/schemas
 */
// The curated API of the `kpi-kit/schemas` subpath: the zod schemas behind the parseX functions of the main entry,
// for composing them into your own schemas. Types inferred from them are exported by the main entry.

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
} from "../model/ids.js";
export { LocalizedTextSchema } from "../model/localizedText.js";
export { InstantSchema, LocalDateSchema, LocalTimeSchema } from "../model/instant.js";
export { CalendarSchema, BusinessHoursSchema, TimeZoneSchema } from "../model/calendar.js";
export { ScopeKindSchema } from "../model/scopeKind.js";
export { ScopeNodeSchema, ScopeTreeSchema, LifecyclePhaseSchema } from "../model/scopeTree.js";
export { RoleSchema, RoleAssignmentSchema } from "../model/role.js";
export { ResponsibilitySchema, DutySchema, ResponsibilityMatrixSchema } from "../model/responsibilityMatrix.js";
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
  UnitFormsSchema,
  LocalizedUnitSchema,
  KpiUnitSchema,
} from "../model/kpiDefinition.js";
export { GoalSchema } from "../model/goal.js";
export { AnnotationSchema } from "../model/annotation.js";
export { RagThresholdsSchema, MilestoneSchema, TrajectorySchema, TargetSchema } from "../model/target.js";
export {
  SloSchema,
  SloWindowSchema,
  BudgetingMethodSchema,
  SlaObjectiveSchema,
  MaintenanceWindowSchema,
  SlaTermsSchema,
} from "../model/slaTerms.js";
export { ObservationStatusSchema, CollectionSchema, MeasurementSchema } from "../model/measurement.js";
export { WorkspaceSchema } from "../model/workspace.js";
export { ServiceOutageSchema } from "../sla/parseOutages.js";
export { TicketSchema } from "../sla/parseTickets.js";
