import { z } from "zod";
import { CalendarIdSchema, KpiIdSchema, ScopeNodeIdSchema, SlaTermIdSchema } from "./ids.js";
import { InstantSchema, LocalDateSchema, LocalTimeSchema } from "./instant.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { parseWith } from "./_lib/parseWith.js";

const DECIMAL = /^\d{1,3}(\.\d{1,12})?$/;

/**
 * Schema of an SLO in percent as an exact decimal (`"99.9"` or `99.9`), normalised to a string; must lie in (0, 100).
 *
 * @category Model
 */
export const SloSchema = z
  .union([z.string(), z.number()])
  .transform((input, ctx): string => {
    const text = typeof input === "number" ? (Number.isFinite(input) ? String(input) : "") : input.trim();
    if (!DECIMAL.test(text)) {
      ctx.addIssue({
        code: "custom",
        message: "an SLO is a decimal percentage such as \"99.9\" (at most 12 decimals)",
        params: { code: "invalid_slo" },
      });
      return z.NEVER;
    }
    const value = Number(text);
    if (!(value > 0 && value < 100)) {
      ctx.addIssue({ code: "custom", message: "an SLO lies strictly between 0 and 100 %", params: { code: "invalid_slo" } });
      return z.NEVER;
    }
    return text.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  });

/** Schema of an {@link SloWindow}. @category Model */
export const SloWindowSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("calendar"), grain: z.enum(["month", "quarter", "year"]) }).strict().readonly(),
  z.object({ kind: z.literal("rolling"), days: z.number().int().min(1).max(3660) }).strict().readonly(),
]);
/**
 * The compliance window of an objective: a calendar month, quarter or year in the calendar's time zone, or the
 * rolling last N days.
 *
 * @category Model
 */
export type SloWindow = z.output<typeof SloWindowSchema>;

/** Schema of a {@link BudgetingMethod}. @category Model */
export const BudgetingMethodSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("occurrences") }).strict().readonly(),
  z.object({ method: z.literal("timeslices"), sliceMinutes: z.number().int().min(1).max(1440) }).strict().readonly(),
  z
    .object({
      method: z.literal("ratio_timeslices"),
      sliceMinutes: z.number().int().min(1).max(1440),
      /** A slice is good when its good/total ratio, in percent, is at least this. */
      threshold: SloSchema,
    })
    .strict()
    .readonly(),
]);
/**
 * How the error budget is counted: `occurrences` (good ÷ total events), `timeslices` (good slices of time), or
 * `ratio_timeslices` (a slice is good when its own ratio meets a threshold).
 *
 * @category Model
 */
export type BudgetingMethod = z.output<typeof BudgetingMethodSchema>;

/** Schema of an {@link SlaObjective}. @category Model */
export const SlaObjectiveSchema = z
  .object({
    id: SlaTermIdSchema,
    name: LocalizedTextSchema,
    indicator: z.enum(["availability", "response_time", "resolution_time", "threshold"]),
    kpiId: KpiIdSchema.optional(),
    slo: SloSchema,
    window: SloWindowSchema,
    budgeting: BudgetingMethodSchema.default({ method: "occurrences" }),
    serviceHoursOnly: z.boolean().default(false),
    /** For response and resolution time: the deadline in business hours of the service-hours calendar. */
    deadlineBusinessHours: z.number().positive().max(100_000).optional(),
    /** Or the deadline in business days: N × the calendar's business day (docs/conventions.md#time-and-calendars). */
    deadlineBusinessDays: z.number().positive().max(10_000).optional(),
    /** For a threshold SLI: an event is good when its value is at most (or at least) this. */
    threshold: z
      .object({ value: z.number().refine(Number.isFinite, "must be finite"), comparison: z.enum(["at_most", "at_least"]) })
      .strict()
      .readonly()
      .optional(),
    priority: z.string().max(40).optional(),
  })
  .strict()
  .readonly()
  .superRefine((o, ctx) => {
    if ((o.indicator === "response_time" || o.indicator === "resolution_time") && o.deadlineBusinessHours === undefined && o.deadlineBusinessDays === undefined) {
      ctx.addIssue({ code: "custom", message: `a ${o.indicator} objective needs deadlineBusinessHours or deadlineBusinessDays`, path: ["deadlineBusinessHours"] });
    }
    if (o.deadlineBusinessHours !== undefined && o.deadlineBusinessDays !== undefined) {
      ctx.addIssue({ code: "custom", message: "give the deadline in business hours or in business days, not both", path: ["deadlineBusinessDays"] });
    }
    if (o.indicator === "threshold" && o.threshold === undefined) {
      ctx.addIssue({ code: "custom", message: "a threshold objective needs `threshold`", path: ["threshold"] });
    }
  });
/**
 * One service-level objective: what is measured (availability, response or resolution time, or any threshold SLI),
 * the SLO in percent as an exact decimal string, the window and the budgeting method.
 *
 * @category Model
 */
export interface SlaObjective extends z.output<typeof SlaObjectiveSchema> {}

/** Schema of a {@link MaintenanceWindow}. @category Model */
export const MaintenanceWindowSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("one_off"),
      // kpi-kit 0.1 named the ends from/to: say so before anything else about such a window (the one place this is
      // checked: parseWorkspace, parseSlaTerms and parseMaintenanceWindows all read windows with this schema).
      from: z.never({ error: "a one-off window takes start and end: it takes `start` (renamed from `from`)" }).optional(),
      to: z.never({ error: "a one-off window takes start and end: it takes `end` (renamed from `to`)" }).optional(),
      start: InstantSchema,
      end: InstantSchema,
      reason: LocalizedTextSchema.optional(),
    })
    .strict()
    .readonly()
    .refine((w) => w.start < w.end, { message: "a maintenance window must end after it starts", path: ["end"], params: { code: "invalid_interval" } }),
  z
    .object({
      kind: z.literal("weekly"),
      weekday: z.number().int().min(1).max(7),
      start: LocalTimeSchema,
      durationMinutes: z.number().int().min(1).max(7 * 1440),
      validFrom: LocalDateSchema.optional(),
      validTo: LocalDateSchema.optional(),
      reason: LocalizedTextSchema.optional(),
    })
    .strict()
    .readonly(),
]);
/**
 * Planned maintenance, excluded from SLA time: a one-off window `[start, end)` of instants (half-open like every
 * interval), or a weekly-recurring one in local time
 * (e.g. every Sunday 02:00 for 120 minutes).
 *
 * @category Model
 */
export type MaintenanceWindow = z.output<typeof MaintenanceWindowSchema>;

/** Schema of {@link SlaTerms}. @category Model */
export const SlaTermsSchema = z
  .object({
    id: SlaTermIdSchema,
    serviceId: ScopeNodeIdSchema,
    name: LocalizedTextSchema,
    recipientGroup: LocalizedTextSchema.optional(),
    calendarId: CalendarIdSchema.optional(),
    validFrom: LocalDateSchema.optional(),
    validTo: LocalDateSchema.optional(),
    objectives: z.array(SlaObjectiveSchema).min(1, "SLA terms have at least one objective").readonly(),
    maintenance: z.array(MaintenanceWindowSchema).readonly().default([]),
  })
  .strict()
  .readonly()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.objectives.forEach((o, i) => {
      if (seen.has(o.id)) {
        ctx.addIssue({ code: "custom", message: `objective id "${o.id}" is used twice`, path: ["objectives", i, "id"], params: { code: "duplicate_id" } });
      }
      seen.add(o.id);
    });
    if (s.validFrom !== undefined && s.validTo !== undefined && s.validTo <= s.validFrom) {
      ctx.addIssue({ code: "custom", message: "validTo must be after validFrom", path: ["validTo"], params: { code: "invalid_interval" } });
    }
  });
/**
 * The SLA terms agreed with a service's recipients: objectives, the service-hours calendar, and planned maintenance.
 *
 * @category Model
 */
export interface SlaTerms extends z.output<typeof SlaTermsSchema> {}

/** SLA terms as written by a user, before defaults. @category Model */
export type SlaTermsInput = z.input<typeof SlaTermsSchema>;

/**
 * Parses and validates one set of SLA terms.
 *
 * @param input - Untrusted data.
 * @returns Frozen {@link SlaTerms}; each SLO normalised to a decimal string.
 * @throws {@link KpiError} `invalid_input` for a malformed field, `invalid_slo` for an SLO outside (0, 100) or not a
 * decimal, `invalid_interval` for a maintenance window that ends before it starts, `duplicate_id` for two objectives
 * with one id.
 *
 * @example
 * ```ts
 * parseSlaTerms({
 *   id: "sla-portal", serviceId: "svc-portal", name: { lv: "Portāla PLV", en: "Portal SLA" },
 *   objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
 *     slo: 99.90, window: { kind: "calendar", grain: "month" } }],
 * }).objectives[0]?.slo;
 * //=> "99.9"
 * ```
 *
 * @category Model
 */
export function parseSlaTerms(input: unknown): SlaTerms {
  return parseWith(SlaTermsSchema, input, "parseSlaTerms");
}
