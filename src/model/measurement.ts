import { z } from "zod";
import { KpiIdSchema, MeasurementIdSchema, ScopeNodeIdSchema } from "./ids.js";
import { InstantSchema } from "./instant.js";
import { parseWith } from "./_lib/parseWith.js";
import { fastMeasurement } from "./_lib/fastMeasurement.js";
import { TOO_LARGE, withinMagnitudeLimit } from "../internal/magnitudeLimit.js";

// The messages follow the field's path ("value: must be a number"), so they do not name the field again.
const finite = () =>
  z
    .number({ error: "must be a number" })
    .refine(Number.isFinite, { message: "must be a finite number", params: { code: "non_finite" }, abort: true })
    .refine(withinMagnitudeLimit, {
      message: TOO_LARGE,
      params: { code: "overflow" },
    });

/**
 * Schema of an observation status: `normal`, `provisional`, `estimated` or `revised`.
 *
 * @category Model
 */
export const ObservationStatusSchema = z.enum(["normal", "provisional", "estimated", "revised"]);

/**
 * How far a value can be trusted: `provisional` (may change), `estimated`, `revised` (a correction), or `normal`.
 *
 * @category Model
 */
export type ObservationStatus = z.output<typeof ObservationStatusSchema>;

/**
 * Schema of how a value was collected: `automated` or `manual`.
 *
 * @category Model
 */
export const CollectionSchema = z.enum(["automated", "manual"]);

/**
 * How a value was collected: by a system (`automated`) or by a person (`manual`).
 *
 * @category Model
 */
export type Collection = z.output<typeof CollectionSchema>;

/**
 * Schema of a {@link Measurement}.
 *
 * @category Model
 */
export const MeasurementSchema = z
  .object({
    id: MeasurementIdSchema,
    kpiId: KpiIdSchema,
    subjectId: ScopeNodeIdSchema,
    at: InstantSchema,
    value: finite().nullable().optional(),
    numerator: finite().optional(),
    denominator: finite()
      .refine((d) => d >= 0, { message: "must not be negative", params: { code: "invalid_denominator" } })
      .optional(),
    weight: finite()
      .refine((w) => w >= 0, { message: "must not be negative", params: { code: "invalid_weight" } })
      .optional(),
    source: z.string().max(200).optional(),
    collection: CollectionSchema.optional(),
    status: ObservationStatusSchema.default("normal"),
    recordedAt: InstantSchema.optional(),
    supersedes: MeasurementIdSchema.optional(),
  })
  .strict()
  .readonly()
  .superRefine((m, ctx) => {
    const hasRatio = m.numerator !== undefined || m.denominator !== undefined;
    if (hasRatio && (m.numerator === undefined || m.denominator === undefined)) {
      ctx.addIssue({
        code: "custom",
        message: "a numerator and a denominator come together",
        path: [m.numerator === undefined ? "numerator" : "denominator"],
        params: { code: "invalid_denominator" },
      });
    }
    if (m.value === null && m.weight !== 0) {
      ctx.addIssue({ code: "custom", message: "value may be null only with weight 0 (reported, no responses)", path: ["value"] });
    }
    if (m.value === undefined && !hasRatio) {
      ctx.addIssue({ code: "custom", message: "a measurement needs a value or a numerator and denominator", path: ["value"] });
    }
    if (m.supersedes !== undefined && m.supersedes === m.id) {
      ctx.addIssue({ code: "custom", message: "a measurement cannot supersede itself", path: ["supersedes"], params: { code: "cycle" } });
    }
  });

/**
 * One observed value of one KPI for one subject (a scope node) at one instant.
 *
 * @remarks
 * Carries a `value`, or a `numerator` and `denominator` (for ratio KPIs), optionally with a `weight` (for weighted
 * KPIs, or the number of survey answers that gave `value`). `value` is `null` only together with `weight: 0`: a
 * weighted or survey KPI reported for the period with no responses. `at` and `recordedAt` are epoch milliseconds.
 * Which fields a record needs depends on its KPI's measure; {@link parseMeasurements} checks that
 * (docs/conventions.md#measurements).
 * A correction is a new record whose `supersedes` names the record it replaces; nothing is ever deleted.
 *
 * @category Model
 */
export interface Measurement extends z.output<typeof MeasurementSchema> {}

/**
 * A measurement as written by a user: instants may be ISO strings, epoch ms or `Date`s; `status` may be omitted.
 *
 * @category Model
 */
export type MeasurementInput = z.input<typeof MeasurementSchema>;

/**
 * Parses and validates one measurement.
 *
 * @param input - Untrusted data, e.g. one line of NDJSON.
 * @returns A frozen {@link Measurement} with instants as epoch ms.
 * @throws {@link KpiError} `invalid_input` for a malformed or missing field, `non_finite` for a NaN or infinite number,
 * `overflow` for a number larger in magnitude than 1e100,
 * `invalid_denominator` for a negative denominator or a numerator without a denominator, `invalid_weight` for a
 * negative weight, `cycle` for a record that supersedes itself, `invalid_input` (path `["value"]`) for `value: null`
 * without `weight: 0` — each with the field's path. An instant that is not a calendar date or time of day is named
 * as such (e.g. "2026-02-30 is not a calendar date").
 *
 * @example
 * ```ts
 * parseMeasurement({ id: "m1", kpiId: "csat", subjectId: "svc-permits", at: "2026-03-01T02:00:00+02:00", value: 4 }).at;
 * //=> 1772323200000
 * ```
 *
 * @category Model
 */
export function parseMeasurement(input: unknown): Measurement {
  // Plainly valid records (nearly all of a large file) skip the schema; anything else gets its exact answer.
  return (fastMeasurement(input) as Measurement | null) ?? parseWith(MeasurementSchema, input, "parseMeasurement");
}
