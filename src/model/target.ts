import { z } from "zod";
import { KpiIdSchema, ScopeNodeIdSchema, TargetIdSchema } from "./ids.js";
import { LocalDateSchema } from "./instant.js";
import { parseWith } from "./_lib/parseWith.js";

const finite = z.number().refine(Number.isFinite, { message: "must be a finite number", params: { code: "non_finite" } });

/** Schema of {@link RagThresholds}. @category Model */
export const RagThresholdsSchema = z
  .object({ green: finite.default(1), amber: finite.default(0.9) })
  .strict()
  .readonly()
  .refine((r) => r.amber <= r.green, { message: "the amber threshold must not exceed the green one", path: ["amber"] });
/**
 * Score thresholds of a RAG status, inclusive at the lower end: green ≥ `green`, amber ≥ `amber`, else red.
 *
 * @category Model
 */
export interface RagThresholds extends z.output<typeof RagThresholdsSchema> {}

/** Schema of a {@link Milestone}. @category Model */
export const MilestoneSchema = z.object({ date: LocalDateSchema, value: finite }).strict().readonly();
/** A planned value on a local date of a trajectory. @category Model */
export interface Milestone extends z.output<typeof MilestoneSchema> {}

/** Schema of a {@link Trajectory}. @category Model */
export const TrajectorySchema = z
  .object({
    interpolation: z.enum(["step", "linear"]).default("linear"),
    milestones: z.array(MilestoneSchema).min(1, "a trajectory has at least one milestone").readonly(),
  })
  .strict()
  .readonly()
  .superRefine((t, ctx) => {
    for (let i = 1; i < t.milestones.length; i++) {
      const prev = t.milestones[i - 1];
      const cur = t.milestones[i];
      if (prev !== undefined && cur !== undefined && cur.date <= prev.date) {
        ctx.addIssue({
          code: "custom",
          message: "milestones must be in strictly increasing date order",
          path: ["milestones", i, "date"],
          params: { code: "invalid_interval" },
        });
      }
    }
  });
/**
 * A planned path to the target: milestones with `step` (hold each value until the next) or `linear` interpolation.
 *
 * @category Model
 */
export interface Trajectory extends z.output<typeof TrajectorySchema> {}

const base = {
  id: TargetIdSchema,
  kpiId: KpiIdSchema,
  scopeId: ScopeNodeIdSchema,
  validFrom: LocalDateSchema,
  validTo: LocalDateSchema.optional(),
  baseline: finite.optional(),
  rag: RagThresholdsSchema.default({ green: 1, amber: 0.9 }),
};

const AtLeastTargetSchema = z
  .object({ ...base, kind: z.literal("at_least"), value: finite, trajectory: TrajectorySchema.optional() })
  .strict()
  .readonly();
const AtMostTargetSchema = z
  .object({ ...base, kind: z.literal("at_most"), value: finite, trajectory: TrajectorySchema.optional() })
  .strict()
  .readonly();
const BetweenTargetSchema = z
  .object({
    ...base,
    kind: z.literal("between"),
    lo: finite,
    hi: finite,
    tolerance: finite.refine((t) => t > 0, { message: "a band's tolerance must be above 0" }),
  })
  .strict()
  .readonly()
  .refine((t) => t.lo <= t.hi, { message: "a band's lo must not exceed its hi", path: ["hi"], params: { code: "invalid_interval" } });

/** Schema of a {@link Target}. @category Model */
export const TargetSchema = z
  .discriminatedUnion("kind", [AtLeastTargetSchema, AtMostTargetSchema, BetweenTargetSchema])
  .refine((t) => t.validTo === undefined || t.validFrom < t.validTo, {
    message: "validTo must be after validFrom",
    path: ["validTo"],
    params: { code: "invalid_interval" },
  });

/** A target of at least `value` (higher is better). @category Model */
export interface AtLeastTarget extends z.output<typeof AtLeastTargetSchema> {}
/** A target of at most `value` (lower is better). @category Model */
export interface AtMostTarget extends z.output<typeof AtMostTargetSchema> {}
/** A target band `[lo, hi]` with a tolerance outside it. @category Model */
export interface BetweenTarget extends z.output<typeof BetweenTargetSchema> {}
/**
 * A planned value of a KPI at a scope node, valid over local dates `[validFrom, validTo)` of the calendar.
 *
 * @remarks
 * `at_least` / `at_most` / `between` with tolerance; an optional baseline (for progress scores), RAG thresholds
 * (default 1.0 and 0.9), and for `at_least` / `at_most` an optional trajectory that plans the value for each period.
 *
 * @category Model
 */
export type Target = AtLeastTarget | AtMostTarget | BetweenTarget;

/** A target as written by a user, before defaults. @category Model */
export type TargetInput = z.input<typeof TargetSchema>;

/**
 * Parses and validates one target.
 *
 * @param input - Untrusted data.
 * @returns A frozen {@link Target}.
 * @throws {@link KpiError} `invalid_input` for a malformed field, `non_finite` for a NaN or infinite number,
 * `invalid_interval` for `validTo` not after `validFrom`, a band with `lo > hi` or unordered milestones.
 *
 * @example
 * ```ts
 * parseTarget({ id: "t1", kpiId: "csat", scopeId: "svc-permits", validFrom: "2026-01-01", kind: "at_least", value: 85 }).rag;
 * //=> { green: 1, amber: 0.9 }
 * ```
 *
 * @category Model
 */
export function parseTarget(input: unknown): Target {
  return parseWith(TargetSchema, input, "parseTarget");
}
