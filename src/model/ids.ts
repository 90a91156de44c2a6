import { z } from "zod";
import { ID_PATTERN } from "./_lib/idPattern.js";

// Ids are opaque text: any printable characters (real registries use spaces and punctuation), no control
// characters, no leading or trailing white space, at most 200 characters.
const idText = z
  .string()
  .min(1, "an id must not be empty")
  .max(200, "an id has at most 200 characters")
  .regex(ID_PATTERN, "an id has no control characters and no leading or trailing white space");

/** Schema of a {@link KpiId}. @category Model */
export const KpiIdSchema = idText.brand<"KpiId">();
/** The id of a KPI definition. @category Model */
export type KpiId = z.output<typeof KpiIdSchema>;

/** Schema of a {@link ScopeNodeId}. @category Model */
export const ScopeNodeIdSchema = idText.brand<"ScopeNodeId">();
/** The id of a node of the scope tree (national, sector, municipality, institution, service or resource). @category Model */
export type ScopeNodeId = z.output<typeof ScopeNodeIdSchema>;

/** Schema of a {@link RoleId}. @category Model */
export const RoleIdSchema = idText.brand<"RoleId">();
/** The id of a role (e.g. `service_owner`). @category Model */
export type RoleId = z.output<typeof RoleIdSchema>;

/** Schema of a {@link MeasurementId}. @category Model */
export const MeasurementIdSchema = idText.brand<"MeasurementId">();
/** The id of one measurement record. @category Model */
export type MeasurementId = z.output<typeof MeasurementIdSchema>;

/** Schema of a {@link TargetId}. @category Model */
export const TargetIdSchema = idText.brand<"TargetId">();
/** The id of a target. @category Model */
export type TargetId = z.output<typeof TargetIdSchema>;

/** Schema of a {@link SlaTermId}. @category Model */
export const SlaTermIdSchema = idText.brand<"SlaTermId">();
/** The id of a set of SLA terms, or of one objective in it. @category Model */
export type SlaTermId = z.output<typeof SlaTermIdSchema>;

/** Schema of a {@link CalendarId}. @category Model */
export const CalendarIdSchema = idText.brand<"CalendarId">();
/** The id of a calendar. @category Model */
export type CalendarId = z.output<typeof CalendarIdSchema>;

/** Schema of a {@link GoalId}. @category Model */
export const GoalIdSchema = idText.brand<"GoalId">();
/** The id of a strategic goal. @category Model */
export type GoalId = z.output<typeof GoalIdSchema>;

/** Schema of a {@link DutyId}. @category Model */
export const DutyIdSchema = idText.brand<"DutyId">();
/** The id of a duty in a responsibility matrix. @category Model */
export type DutyId = z.output<typeof DutyIdSchema>;

/** Schema of an {@link AnnotationId}. @category Model */
export const AnnotationIdSchema = idText.brand<"AnnotationId">();
/** The id of an annotation. @category Model */
export type AnnotationId = z.output<typeof AnnotationIdSchema>;
