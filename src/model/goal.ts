import { z } from "zod";
import { GoalIdSchema, KpiIdSchema, ScopeNodeIdSchema } from "./ids.js";
import { LocalDateSchema } from "./instant.js";
import { LocalizedTextSchema } from "./localizedText.js";

/** Schema of a {@link Goal}. @category Model */
export const GoalSchema = z
  .object({
    id: GoalIdSchema,
    scopeId: ScopeNodeIdSchema,
    name: LocalizedTextSchema,
    /** Where the goal comes from: a national policy, a sector or municipal strategy, a development plan. */
    source: LocalizedTextSchema.optional(),
    horizon: LocalDateSchema.optional(),
    leadingKpiIds: z.array(KpiIdSchema).readonly().default([]),
    laggingKpiIds: z.array(KpiIdSchema).readonly().default([]),
  })
  .strict()
  .readonly()
  .refine((g) => g.leadingKpiIds.length + g.laggingKpiIds.length > 0, {
    message: "a goal is measured by at least one KPI",
    path: ["laggingKpiIds"],
  });
/**
 * A strategic goal at a scope node, measured by KPIs: goal → leading KPIs (critical success factors) → lagging KPIs.
 *
 * @category Model
 */
export interface Goal extends z.output<typeof GoalSchema> {}
