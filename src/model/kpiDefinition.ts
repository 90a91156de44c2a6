import { z } from "zod";
import { KpiIdSchema, RoleIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { ScopeKindSchema } from "./scopeKind.js";
import { CollectionSchema } from "./measurement.js";
import { parseWith } from "./_lib/parseWith.js";
import { ROLL_UP_RULES } from "./_lib/rollUpRules.js";
import { TIME_AGGREGATIONS } from "./_lib/timeAggregations.js";
import { AGGREGATIONS_OF_KIND } from "./_lib/aggregationsOfKind.js";
import { requireObject } from "../internal/requireObject.js";
import { KpiError } from "../errors.js";

/** Schema of an {@link IndicatorKind}. @category Model */
export const IndicatorKindSchema = z.enum(["leading", "lagging"]);
/** `leading` (driving: steers daily work) or `lagging` (outcome: the result by the end of a term). @category Model */
export type IndicatorKind = z.output<typeof IndicatorKindSchema>;

/** Schema of a {@link KpiCategory}. @category Model */
export const KpiCategorySchema = z.enum([
  "effectiveness",
  "efficiency",
  "quality",
  "satisfaction",
  "conformance",
  "productivity",
]);
/** What a KPI tells about: effectiveness, efficiency, quality, satisfaction, conformance or productivity. @category Model */
export type KpiCategory = z.output<typeof KpiCategorySchema>;

/** Schema of a {@link Direction}. @category Model */
export const DirectionSchema = z.enum(["higher_is_better", "lower_is_better", "target_band"]);
/** Which way is good: higher, lower, or inside a target band. @category Model */
export type Direction = z.output<typeof DirectionSchema>;

/** Schema of a {@link ManagementLevel}. @category Model */
export const ManagementLevelSchema = z.enum(["policy", "core", "support"]);
/** The management level of the framework: policy, core operations, or support. @category Model */
export type ManagementLevel = z.output<typeof ManagementLevelSchema>;

/** Schema of a {@link Frequency}. @category Model */
export const FrequencySchema = z.enum(["continuous", "daily", "weekly", "monthly", "quarterly", "yearly"]);
/** How often a KPI is measured. @category Model */
export type Frequency = z.output<typeof FrequencySchema>;

/** Schema of {@link UnitForms}. @category Model */
export const UnitFormsSchema = z
  .object({
    one: z.string().min(1).max(40),
    other: z.string().min(1).max(40),
    zero: z.string().min(1).max(40).optional(),
  })
  .strict()
  .readonly();
/**
 * A unit's word in one language by plural category (`Intl.PluralRules`): `one` ("1 incidents", "1 incident"), `other`
 * ("7 incidenti", "7 incidents") and, for Latvian, `zero` (numbers ending in 0 or 11–19: "10 incidentu"; `other` when
 * left out).
 *
 * @category Model
 */
export interface UnitForms extends z.output<typeof UnitFormsSchema> {}

/** Schema of a {@link LocalizedUnit}. @category Model */
export const LocalizedUnitSchema = z
  .object({
    lv: z.union([z.string().min(1).max(40), UnitFormsSchema]),
    en: z.union([z.string().min(1).max(40), UnitFormsSchema]),
  })
  .strict()
  .readonly();
/**
 * A unit in Latvian and English: one word for both numbers ("izsniegumi/h") or its plural forms ({@link UnitForms}).
 *
 * @category Model
 */
export interface LocalizedUnit extends z.output<typeof LocalizedUnitSchema> {}

/** Schema of a {@link KpiUnit}. @category Model */
export const KpiUnitSchema = z.union([z.string().min(1).max(40), LocalizedUnitSchema]);
/**
 * A KPI's unit: a unit code that reports localise (`%`, `EUR`, `days`, `hours`, `min`, `seconds`, `ms`), or a
 * {@link LocalizedUnit} in both languages. Any other plain string (the earlier form) still parses and is shown as
 * written in every language.
 *
 * @category Model
 */
export type KpiUnit = string | LocalizedUnit;

/** Schema of a {@link RollUpRule}. @category Model */
export const RollUpRuleSchema = z.enum(ROLL_UP_RULES);
/**
 * How values of child scope nodes combine into their parent's value: `sum`, `ratio_of_sums`, `weighted_mean`, `min`,
 * `max`, `last`, `recompute` (pool the raw records and aggregate again, e.g. for percentiles), or `none`.
 *
 * @category Model
 */
export type RollUpRule = z.output<typeof RollUpRuleSchema>;

/** Schema of a {@link TimeAggregation}. @category Model */
export const TimeAggregationSchema = z.enum(TIME_AGGREGATIONS);
/**
 * How the records of one period combine into the period's value. `ratio` measures use `ratio_of_sums`, `weighted`
 * measures `weighted_mean`, `survey` measures `survey` (pooled by the survey statistic); the rest choose.
 *
 * @category Model
 */
export type TimeAggregation = z.output<typeof TimeAggregationSchema>;

/** Schema of a {@link SurveyStatistic}. @category Model */
export const SurveyStatisticSchema = z.enum(["csat", "mean", "nps", "ces"]);
/**
 * How survey answers pool (docs/conventions.md#aggregation): `csat` (% in the top two boxes), `mean`, `nps` (points), `ces` (mean effort).
 *
 * @category Model
 */
export type SurveyStatistic = z.output<typeof SurveyStatisticSchema>;

const ValueMeasureSchema = z.object({ kind: z.literal("value") }).strict().readonly();
const CountMeasureSchema = z.object({ kind: z.literal("count") }).strict().readonly();
const DurationMeasureSchema = z.object({ kind: z.literal("duration") }).strict().readonly();
const WeightedMeasureSchema = z.object({ kind: z.literal("weighted") }).strict().readonly();
const RatioMeasureSchema = z
  .object({
    kind: z.literal("ratio"),
    /** Multiplier of numerator ÷ denominator: 100 for a percentage, 1 for a plain ratio. */
    scale: z.number().positive().default(100),
    numerator: LocalizedTextSchema.optional(),
    denominator: LocalizedTextSchema.optional(),
  })
  .strict()
  .readonly();
const SurveyMeasureSchema = z
  .object({
    kind: z.literal("survey"),
    statistic: SurveyStatisticSchema,
    scaleMin: z.number().int(),
    scaleMax: z.number().int(),
  })
  .strict()
  .readonly()
  .refine((s) => s.scaleMin < s.scaleMax, { message: "scaleMax must exceed scaleMin", path: ["scaleMax"] })
  .refine((s) => s.statistic !== "csat" || (s.scaleMin === 1 && s.scaleMax === 5), {
    message: "csat pools answers on a 1–5 scale",
    path: ["scaleMax"],
  })
  .refine((s) => s.statistic !== "nps" || (s.scaleMin === 0 && s.scaleMax === 10), {
    message: "nps pools answers on a 0–10 scale",
    path: ["scaleMax"],
  });

/** Schema of a {@link Measure}. @category Model */
export const MeasureSchema = z.union([
  ValueMeasureSchema,
  CountMeasureSchema,
  DurationMeasureSchema,
  WeightedMeasureSchema,
  RatioMeasureSchema,
  SurveyMeasureSchema,
]);
/** A plain value per record. @category Model */
export interface ValueMeasure extends z.output<typeof ValueMeasureSchema> {}
/** A count of things per record (cases, incidents, requests). @category Model */
export interface CountMeasure extends z.output<typeof CountMeasureSchema> {}
/** A duration per record, in the KPI's unit (processing time, time to resolve). @category Model */
export interface DurationMeasure extends z.output<typeof DurationMeasureSchema> {}
/** A value with a weight per record; periods and scopes combine by weighted mean. @category Model */
export interface WeightedMeasure extends z.output<typeof WeightedMeasureSchema> {}
/** A numerator and denominator per record; periods and scopes combine as a ratio of sums, times `scale`. @category Model */
export interface RatioMeasure extends z.output<typeof RatioMeasureSchema> {}
/** Survey answers on a scale (`value` = the answer, `weight` = how many gave it); pooled by `statistic`. @category Model */
export interface SurveyMeasure extends z.output<typeof SurveyMeasureSchema> {}
/**
 * What one record of a KPI holds and so how it can be aggregated.
 *
 * @category Model
 */
export type Measure = ValueMeasure | CountMeasure | DurationMeasure | WeightedMeasure | RatioMeasure | SurveyMeasure;

/** Schema of a {@link DriverLink}. @category Model */
export const DriverLinkSchema = z
  .object({
    laggingKpiId: KpiIdSchema,
    sign: z.enum(["positive", "negative"]),
    lagPeriods: z.number().int().min(0).max(120).default(0),
  })
  .strict()
  .readonly();
/**
 * A declared cause: this leading KPI drives a lagging KPI, with the expected sign of the correlation and the lag in
 * periods.
 *
 * @category Model
 */
export interface DriverLink extends z.output<typeof DriverLinkSchema> {}

/** Schema of a {@link MeasurementProcedure}. @category Model */
export const MeasurementProcedureSchema = z
  .object({
    steps: z.array(LocalizedTextSchema).min(1, "a measurement procedure has at least one step").readonly(),
    // A plain string (the earlier form) is shown as written in every language.
    dataSource: z.union([z.string().min(1), LocalizedTextSchema]).optional(),
    collection: CollectionSchema,
  })
  .strict()
  .readonly();
/**
 * The documented procedure of a measurement, so the result is repeatable: the steps, the data source (in both
 * languages, or one plain string shown as written), and whether it is `automated` or `manual`.
 *
 * @category Model
 */
export interface MeasurementProcedure extends z.output<typeof MeasurementProcedureSchema> {}

/**
 * Tells whether a roll-up rule can combine a KPI's values across scope nodes, and why not.
 *
 * @remarks
 * Refused: `sum` of a percentage or of any ratio, survey, mean, median, quantile or weighted value (a flow summed
 * over time, or a stock taken `first` / `last` in a period, does sum across scopes); `ratio_of_sums`
 * without a numerator and denominator; `weighted_mean` without weights; `recompute` of a ratio (use
 * `ratio_of_sums`, which is the same thing done right); `last` of anything but a `last`-aggregated KPI.
 *
 * @param measure - The KPI's measure.
 * @param aggregation - The KPI's aggregation over time.
 * @param rollUp - The roll-up rule to check.
 * @param unit - The KPI's unit (a `%` unit never sums).
 * @returns `null` when the pair is valid, else the reason.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measure` is missing or not an object, or (path
 * `["rollUp"]`) when `rollUp` is not a roll-up rule.
 *
 * @example
 * ```ts
 * explainRollUpConflict({ kind: "ratio", scale: 100 }, "ratio_of_sums", "sum", "%");
 * //=> "sum cannot combine a percentage: add the numerators and denominators instead (ratio_of_sums)"
 * ```
 *
 * @category Model
 */
export function explainRollUpConflict(
  measure: Pick<Measure, "kind">,
  aggregation: TimeAggregation,
  rollUp: RollUpRule,
  unit: KpiUnit,
): string | null {
  requireObject(measure, "explainRollUpConflict", "measure");
  const kind = measure.kind;
  switch (rollUp) {
    case "none":
    case "min":
    case "max":
      return null;
    case "sum":
      if (unit === "%" || kind === "ratio") {
        return "sum cannot combine a percentage: add the numerators and denominators instead (ratio_of_sums)";
      }
      if (kind === "survey" || kind === "weighted") return `sum cannot combine a ${kind} measure`;
      // Flows (summed over time) and stocks (the first or last value of a period, e.g. open applications at month
      // end) add up across scopes; means, medians and extremes do not.
      if (aggregation !== "sum" && aggregation !== "last" && aggregation !== "first") {
        return `sum cannot combine values aggregated by ${aggregation}; only sums and period-end stocks add up`;
      }
      return null;
    case "ratio_of_sums":
      return kind === "ratio" ? null : "ratio_of_sums needs a ratio measure (numerator and denominator)";
    case "weighted_mean":
      return kind === "weighted" ? null : "weighted_mean needs a weighted measure (a weight on every record)";
    case "recompute":
      return kind === "ratio" ? "recompute of a ratio is ratio_of_sums: use that rule" : null;
    case "last":
      return aggregation === "last" ? null : "last only rolls up KPIs aggregated over time by last";
    default:
      throw new KpiError("invalid_argument", `explainRollUpConflict: ${JSON.stringify(rollUp)} is not a roll-up rule (${ROLL_UP_RULES.join(", ")})`, {
        path: ["rollUp"],
      });
  }
}

/** Schema of a {@link KpiDefinition}. @category Model */
export const KpiDefinitionSchema = z
  .object({
    id: KpiIdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    indicator: IndicatorKindSchema,
    category: KpiCategorySchema,
    unit: KpiUnitSchema,
    precision: z.number().int().min(0).max(6).default(1),
    direction: DirectionSchema,
    measure: MeasureSchema,
    aggregation: TimeAggregationSchema,
    quantile: z.number().gt(0).lt(1).optional(),
    rollUp: RollUpRuleSchema,
    frequency: FrequencySchema,
    procedure: MeasurementProcedureSchema,
    ownerRoleId: RoleIdSchema,
    scopeKinds: z.array(ScopeKindSchema).min(1, "a KPI applies to at least one scope kind").readonly(),
    level: ManagementLevelSchema,
    drivers: z.array(DriverLinkSchema).readonly().default([]),
    validRange: z
      .object({ min: z.number().optional(), max: z.number().optional() })
      .strict()
      .readonly()
      .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
        message: "validRange.min must not exceed validRange.max",
        path: ["max"],
        params: { code: "invalid_interval" },
      })
      .optional(),
    puTasks: z.array(z.string().regex(/^PU[1-3]-\d{1,2}$/, "a PU task id looks like PU2-23")).readonly().default([]),
    conditions: z.array(z.string().regex(/^N\d{1,2}(-\d{1,2})?$/, "a condition id looks like N1 or N1-1")).readonly().default([]),
  })
  .strict()
  .readonly()
  .superRefine((k, ctx) => {
    const allowed = AGGREGATIONS_OF_KIND[k.measure.kind];
    if (!allowed.includes(k.aggregation)) {
      ctx.addIssue({
        code: "custom",
        message: `a ${k.measure.kind} measure aggregates over time by ${allowed.join(" or ")}, not ${k.aggregation}`,
        path: ["aggregation"],
        params: { code: "invalid_rollup" },
      });
    }
    if (k.aggregation === "quantile" && k.quantile === undefined) {
      ctx.addIssue({ code: "custom", message: "a quantile aggregation needs `quantile` (0 < p < 1)", path: ["quantile"] });
    }
    if (k.aggregation !== "quantile" && k.quantile !== undefined) {
      ctx.addIssue({ code: "custom", message: "`quantile` is only for a quantile aggregation", path: ["quantile"] });
    }
    const conflict = explainRollUpConflict(k.measure, k.aggregation, k.rollUp, k.unit);
    if (conflict !== null) {
      ctx.addIssue({ code: "custom", message: conflict, path: ["rollUp"], params: { code: "invalid_rollup" } });
    }
    if (k.indicator === "lagging" && k.drivers.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: "only a leading KPI drives others: a lagging KPI has no driver links",
        path: ["drivers"],
      });
    }
    const seen = new Set<string>();
    k.drivers.forEach((d, i) => {
      if (d.laggingKpiId === k.id) {
        ctx.addIssue({ code: "custom", message: "a KPI cannot drive itself", path: ["drivers", i, "laggingKpiId"], params: { code: "cycle" } });
      }
      if (seen.has(d.laggingKpiId)) {
        ctx.addIssue({ code: "custom", message: "a driver link is listed twice", path: ["drivers", i, "laggingKpiId"], params: { code: "duplicate_id" } });
      }
      seen.add(d.laggingKpiId);
    });
    if (new Set(k.scopeKinds).size !== k.scopeKinds.length) {
      ctx.addIssue({ code: "custom", message: "a scope kind is listed twice", path: ["scopeKinds"] });
    }
  });

/**
 * A KPI: what is measured, how, by whom, how it aggregates over time and rolls up across scopes, and which way is good.
 *
 * @category Model
 */
export interface KpiDefinition extends z.output<typeof KpiDefinitionSchema> {}

/** A KPI definition as written by a user, before defaults. @category Model */
export type KpiDefinitionInput = z.input<typeof KpiDefinitionSchema>;

/**
 * Parses and validates one KPI definition on its own (links to other KPIs are checked by {@link parseWorkspace}).
 *
 * @param input - Untrusted data.
 * @returns A frozen {@link KpiDefinition}.
 * @throws {@link KpiError} `invalid_input` for a malformed field, `invalid_rollup` for a roll-up rule or time
 * aggregation that cannot apply to the measure (e.g. `sum` of a percentage), `cycle` for a KPI that drives itself,
 * `duplicate_id` for a driver link listed twice — each with the field's path.
 *
 * @example
 * ```ts
 * const kpi = parseKpiDefinition({
 *   id: "first-contact-resolution",
 *   name: { lv: "Atrisināts pirmajā kontaktā", en: "First-contact resolution" },
 *   description: { lv: "Pieprasījumu daļa, kas atrisināta pirmajā kontaktā.", en: "Share of requests resolved at first contact." },
 *   indicator: "leading", category: "effectiveness", unit: "%", direction: "higher_is_better",
 *   measure: { kind: "ratio" }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums", frequency: "monthly",
 *   procedure: { steps: [{ lv: "Saskaita pieprasījumus.", en: "Count the requests." }], collection: "automated" },
 *   ownerRoleId: "service_owner", scopeKinds: ["service", "institution"], level: "core",
 * });
 * kpi.precision;
 * //=> 1
 * ```
 *
 * @category Model
 */
export function parseKpiDefinition(input: unknown): KpiDefinition {
  return parseWith(KpiDefinitionSchema, input, "parseKpiDefinition");
}
