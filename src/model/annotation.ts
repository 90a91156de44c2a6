import { z } from "zod";
import { AnnotationIdSchema, KpiIdSchema, ScopeNodeIdSchema } from "./ids.js";
import { InstantSchema } from "./instant.js";
import { LocalizedTextSchema } from "./localizedText.js";

/** Schema of an {@link Annotation}. @category Model */
export const AnnotationSchema = z
  .object({
    id: AnnotationIdSchema,
    at: InstantSchema,
    until: InstantSchema.optional(),
    scopeId: ScopeNodeIdSchema.optional(),
    kpiId: KpiIdSchema.optional(),
    kind: z.enum(["note", "process_change"]).default("note"),
    text: LocalizedTextSchema,
  })
  .strict()
  .readonly()
  .refine((a) => a.scopeId !== undefined || a.kpiId !== undefined, {
    message: "an annotation is about a scope node, a KPI, or both",
    path: ["scopeId"],
  })
  .refine((a) => a.until === undefined || a.at < a.until, {
    message: "an annotation must end after it starts",
    path: ["until"],
    params: { code: "invalid_interval" },
  });
/**
 * A dated note on a scope node or KPI that gives results their context ("new e-service launched"); one of kind
 * `process_change` starts a new control-chart phase.
 *
 * @category Model
 */
export interface Annotation extends z.output<typeof AnnotationSchema> {}
