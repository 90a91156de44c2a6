import { z } from "zod";

// zod schemas of the seven OpenSLO v1 kinds (the spec's README, "Object Types"). Unknown keys are kept (`loose`):
// the spec lets data-source `spec`s hold anything, and implementations add fields; the rules below are enforced.

/** RFC 1123 label: at most 63 lowercase alphanumerics or `-`, starting and ending alphanumeric. */
export const OPENSLO_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const NAME = OPENSLO_NAME;
/** The spec's duration shorthand: a positive integer and one of m h d w M Q Y. */
export const OPENSLO_DURATION = /^[1-9]\d*[mhdwMQY]$/;

const NameSchema = z
  .string()
  .regex(NAME, "a name is an RFC 1123 label: at most 63 lowercase letters, digits or '-', alphanumeric at both ends");
const DurationSchema = z.string().regex(OPENSLO_DURATION, "a duration is a positive integer and one of m h d w M Q Y (e.g. 4w, 1M)");
/** `alertAfter` defaults to `0m` in the spec, so it alone may be zero. */
const DelaySchema = z.string().regex(/^(0|[1-9]\d*)[mhdwMQY]$/, "a duration is a non-negative integer and one of m h d w M Q Y (e.g. 0m, 5m)");
const DescriptionSchema = z.string().max(1050).optional();
const OpSchema = z.enum(["lte", "gte", "lt", "gt"]);

const MetadataSchema = z.looseObject({
  name: NameSchema,
  displayName: z.string().optional(),
  labels: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const MetricSourceSchema = z.looseObject({
  metricSource: z
    .looseObject({ metricSourceRef: NameSchema.optional(), type: z.string().optional(), spec: z.unknown().optional() })
    .refine((s) => s.metricSourceRef !== undefined || s.type !== undefined, {
      message: "a metricSource without metricSourceRef needs a type",
      path: ["type"],
    }),
});

const RatioMetricSchema = z
  .looseObject({
    counter: z.boolean().optional(),
    good: MetricSourceSchema.optional(),
    bad: MetricSourceSchema.optional(),
    total: MetricSourceSchema.optional(),
    raw: MetricSourceSchema.optional(),
    rawType: z.enum(["success", "failure"]).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.raw !== undefined) {
      if (m.good !== undefined || m.bad !== undefined || m.total !== undefined) {
        ctx.addIssue({ code: "custom", message: "raw cannot be used with good, bad or total", path: ["raw"] });
      }
      if (m.rawType === undefined) ctx.addIssue({ code: "custom", message: "raw needs rawType", path: ["rawType"] });
      return;
    }
    if (m.rawType !== undefined) ctx.addIssue({ code: "custom", message: "rawType goes only with raw", path: ["rawType"] });
    if (m.total === undefined) ctx.addIssue({ code: "custom", message: "a ratio metric needs total (or raw)", path: ["total"] });
    if ((m.good === undefined) === (m.bad === undefined)) {
      ctx.addIssue({ code: "custom", message: "a ratio metric needs exactly one of good or bad", path: ["good"] });
    }
  });

const SliSpecSchema = z
  .looseObject({
    description: DescriptionSchema,
    thresholdMetric: MetricSourceSchema.optional(),
    ratioMetric: RatioMetricSchema.optional(),
  })
  .refine((s) => (s.thresholdMetric === undefined) !== (s.ratioMetric === undefined), {
    message: "an SLI has exactly one of thresholdMetric or ratioMetric",
    path: ["ratioMetric"],
  });

const InlineSliSchema = z.looseObject({ metadata: MetadataSchema, spec: SliSpecSchema });

const TimeWindowSchema = z
  .looseObject({
    duration: DurationSchema,
    isRolling: z.boolean().optional(),
    calendar: z
      .looseObject({
        startTime: z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/, "startTime is a date and time without zone, e.g. 2022-01-01 12:00:00"),
        timeZone: z.string().refine(isTimeZone, { message: "not an IANA time zone", params: { code: "invalid_time_zone" } }),
      })
      .optional(),
  })
  .superRefine((w, ctx) => {
    const rolling = w.isRolling ?? w.calendar === undefined;
    if (rolling && w.calendar !== undefined) {
      ctx.addIssue({ code: "custom", message: "a rolling window has no calendar", path: ["calendar"] });
    }
    if (!rolling && w.calendar === undefined) {
      ctx.addIssue({ code: "custom", message: "a calendar window (isRolling: false) needs calendar.startTime and calendar.timeZone", path: ["calendar"] });
    }
  });

const ObjectiveSchema = z
  .looseObject({
    displayName: z.string().optional(),
    op: OpSchema.optional(),
    value: z.number().optional(),
    target: z.number().min(0).lt(1, "target lies in [0, 1)").optional(),
    targetPercent: z.number().min(0).lt(100, "targetPercent lies in [0, 100)").optional(),
    timeSliceTarget: z.number().gt(0).max(1, "timeSliceTarget lies in (0, 1]").optional(),
    timeSliceWindow: z.union([z.number().int().positive(), DurationSchema]).optional(),
    indicator: InlineSliSchema.optional(),
    indicatorRef: NameSchema.optional(),
    compositeWeight: z.number().gt(0, "compositeWeight is above 0").optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.target === undefined) === (o.targetPercent === undefined)) {
      ctx.addIssue({ code: "custom", message: "an objective has exactly one of target or targetPercent", path: ["target"], params: { code: "invalid_slo" } });
    }
    if (o.indicator !== undefined && o.indicatorRef !== undefined) {
      ctx.addIssue({ code: "custom", message: "an objective has indicator or indicatorRef, not both", path: ["indicatorRef"] });
    }
  });

const AlertConditionSpecSchema = z.looseObject({
  description: DescriptionSchema,
  severity: z.string().min(1),
  condition: z.looseObject({
    kind: z.literal("burnrate").default("burnrate"),
    op: OpSchema,
    threshold: z.number(),
    lookbackWindow: DurationSchema,
    alertAfter: DelaySchema.default("0m"),
  }),
});

const InlineAlertConditionSchema = z.looseObject({ kind: z.literal("AlertCondition"), metadata: MetadataSchema, spec: AlertConditionSpecSchema });
const AlertNotificationTargetSpecSchema = z.looseObject({ description: DescriptionSchema, target: z.string().min(1) });
const InlineTargetSchema = z.looseObject({ kind: z.literal("AlertNotificationTarget"), metadata: MetadataSchema, spec: AlertNotificationTargetSpecSchema });

const AlertPolicySpecSchema = z.looseObject({
  description: DescriptionSchema,
  alertWhenNoData: z.boolean().optional(),
  alertWhenResolved: z.boolean().optional(),
  alertWhenBreaching: z.boolean().optional(),
  conditions: z.array(z.union([z.looseObject({ conditionRef: NameSchema }), InlineAlertConditionSchema])).length(1, "an AlertPolicy has exactly one condition"),
  notificationTargets: z.array(z.union([z.looseObject({ targetRef: z.string().min(1) }), InlineTargetSchema])),
});
const InlineAlertPolicySchema = z.looseObject({ kind: z.literal("AlertPolicy"), metadata: MetadataSchema, spec: AlertPolicySpecSchema });

const SloSpecSchema = z
  .looseObject({
    description: DescriptionSchema,
    service: z.string().min(1),
    indicator: InlineSliSchema.optional(),
    indicatorRef: NameSchema.optional(),
    timeWindow: z.array(TimeWindowSchema).length(1, "timeWindow has exactly one item").optional(),
    budgetingMethod: z.enum(["Occurrences", "Timeslices", "RatioTimeslices"]),
    objectives: z.array(ObjectiveSchema).min(1),
    // The official examples write `alertPolicies:` with nothing after it (null).
    alertPolicies: z.array(z.union([z.looseObject({ alertPolicyRef: NameSchema }), InlineAlertPolicySchema])).nullable().optional(),
  })
  .superRefine((s, ctx) => {
    const composite = s.objectives.some((o) => o.indicator !== undefined || o.indicatorRef !== undefined);
    if (!composite && (s.indicator === undefined) === (s.indicatorRef === undefined)) {
      ctx.addIssue({ code: "custom", message: "an SLO has exactly one of indicator or indicatorRef", path: ["indicator"] });
    }
    s.objectives.forEach((o, i) => {
      if (s.budgetingMethod !== "Occurrences" && o.timeSliceWindow === undefined) {
        ctx.addIssue({ code: "custom", message: `${s.budgetingMethod} needs timeSliceWindow`, path: ["objectives", i, "timeSliceWindow"] });
      }
      if (s.budgetingMethod === "Timeslices" && o.timeSliceTarget === undefined) {
        ctx.addIssue({ code: "custom", message: "Timeslices needs timeSliceTarget", path: ["objectives", i, "timeSliceTarget"] });
      }
      if (o.compositeWeight !== undefined && s.objectives.length < 2) {
        ctx.addIssue({ code: "custom", message: "compositeWeight is supported only with several objectives", path: ["objectives", i, "compositeWeight"] });
      }
      if (s.indicator?.spec.thresholdMetric !== undefined && (o.op === undefined || o.value === undefined)) {
        ctx.addIssue({ code: "custom", message: "a threshold metric needs op and value in each objective", path: ["objectives", i, o.op === undefined ? "op" : "value"] });
      }
    });
    if (s.indicator?.spec.thresholdMetric !== undefined && s.objectives.length > 1) {
      ctx.addIssue({ code: "custom", message: "a threshold metric allows only one objective", path: ["objectives", 1] });
    }
  });

function documentOf<K extends string, S extends z.ZodType>(kind: K, spec: S) {
  return z.looseObject({ apiVersion: z.literal("openslo/v1"), kind: z.literal(kind), metadata: MetadataSchema, spec });
}

/** Schema of an OpenSLO v1 `Service` document. @category Interop */
export const OpenSloServiceSchema = documentOf("Service", z.looseObject({ description: DescriptionSchema }));
/** Schema of an OpenSLO v1 `SLI` document. @category Interop */
export const OpenSloSliSchema = documentOf("SLI", SliSpecSchema);
/** Schema of an OpenSLO v1 `SLO` document. @category Interop */
export const OpenSloSloSchema = documentOf("SLO", SloSpecSchema);
/** Schema of an OpenSLO v1 `DataSource` document. @category Interop */
export const OpenSloDataSourceSchema = documentOf(
  "DataSource",
  z.looseObject({ description: DescriptionSchema, type: z.string().min(1), connectionDetails: z.unknown().optional() }),
);
/** Schema of an OpenSLO v1 `AlertPolicy` document. @category Interop */
export const OpenSloAlertPolicySchema = documentOf("AlertPolicy", AlertPolicySpecSchema);
/** Schema of an OpenSLO v1 `AlertCondition` document. @category Interop */
export const OpenSloAlertConditionSchema = documentOf("AlertCondition", AlertConditionSpecSchema);
/** Schema of an OpenSLO v1 `AlertNotificationTarget` document. @category Interop */
export const OpenSloAlertNotificationTargetSchema = documentOf("AlertNotificationTarget", AlertNotificationTargetSpecSchema);

/** Schema of any OpenSLO v1 document, by `kind`. @category Interop */
export const OpenSloDocumentSchema = z.discriminatedUnion("kind", [
  OpenSloServiceSchema,
  OpenSloSliSchema,
  OpenSloSloSchema,
  OpenSloDataSourceSchema,
  OpenSloAlertPolicySchema,
  OpenSloAlertConditionSchema,
  OpenSloAlertNotificationTargetSchema,
]);
/** One parsed OpenSLO v1 document (any of the seven kinds). @category Interop */
export type OpenSloDocument = z.output<typeof OpenSloDocumentSchema>;
/** A parsed OpenSLO v1 `SLO` document. @category Interop */
export type OpenSloSlo = z.output<typeof OpenSloSloSchema>;
/** A parsed OpenSLO v1 `AlertCondition` document. @category Interop */
export type OpenSloAlertCondition = z.output<typeof OpenSloAlertConditionSchema>;
