import { z } from "zod";
import { CalendarIdSchema } from "./ids.js";
import { LocalDateSchema, LocalTimeSchema } from "./instant.js";
import { toMinutesOfDay } from "./toMinutesOfDay.js";
import { parseWith } from "./_lib/parseWith.js";

const zoneCache = new Map<string, boolean>();

/**
 * Tells whether a string is an IANA time zone the runtime knows (e.g. `Europe/Riga`, `UTC`).
 *
 * @param zone - A candidate time-zone name.
 * @returns `true` when `Intl` accepts it.
 *
 * @example
 * ```ts
 * isTimeZone("Europe/Riga");
 * //=> true
 * ```
 *
 * @category Model
 */
export function isTimeZone(zone: string): boolean {
  const known = zoneCache.get(zone);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    ok = zone.length > 0;
  } catch {
    ok = false;
  }
  if (zoneCache.size < 1000) zoneCache.set(zone, ok);
  return ok;
}

/**
 * Schema of an IANA time-zone name.
 *
 * @category Model
 */
export const TimeZoneSchema = z.string().refine(isTimeZone, {
  message: "not an IANA time zone (e.g. Europe/Riga, UTC)",
  params: { code: "invalid_time_zone" },
});

/**
 * Schema of one span of business hours on an ISO weekday (1 = Monday … 7 = Sunday).
 *
 * @category Model
 */
export const BusinessHoursSchema = z
  .object({
    weekday: z.number().int().min(1).max(7),
    from: LocalTimeSchema,
    to: LocalTimeSchema,
  })
  .strict()
  .readonly()
  .refine((h) => toMinutesOfDay(h.from) < toMinutesOfDay(h.to), {
    message: "business hours must end after they start",
    path: ["to"],
    params: { code: "invalid_interval" },
  });

/**
 * One span of business hours on an ISO weekday, local time: `{ weekday: 1, from: "08:30", to: "17:00" }`.
 *
 * @category Model
 */
export interface BusinessHours extends z.output<typeof BusinessHoursSchema> {}

/**
 * Schema of a {@link Calendar}.
 *
 * @category Model
 */
export const CalendarSchema = z
  .object({
    id: CalendarIdSchema.default("default" as z.output<typeof CalendarIdSchema>),
    timeZone: TimeZoneSchema.default("UTC"),
    weekStart: z.number().int().min(1).max(7).default(1),
    fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
    businessHours: z.array(BusinessHoursSchema).readonly().default([]),
    publicHolidays: z.enum(["none", "lv"]).default("none"),
    holidays: z.array(LocalDateSchema).readonly().default([]),
    extraWorkingDays: z.array(LocalDateSchema).readonly().default([]),
    extraWorkingDayHoursOf: z.number().int().min(1).max(7).default(1),
  })
  .strict()
  .readonly()
  .superRefine((c, ctx) => {
    // Business hours of one weekday must not overlap.
    for (let day = 1; day <= 7; day++) {
      const spans = c.businessHours
        .map((h, i) => ({ i, from: toMinutesOfDay(h.from), to: toMinutesOfDay(h.to), day: h.weekday }))
        .filter((h) => h.day === day)
        .sort((a, b) => a.from - b.from);
      for (let k = 1; k < spans.length; k++) {
        const prev = spans[k - 1];
        const cur = spans[k];
        if (prev !== undefined && cur !== undefined && cur.from < prev.to) {
          ctx.addIssue({
            code: "custom",
            message: `business hours overlap on weekday ${day}`,
            path: ["businessHours", cur.i],
            params: { code: "invalid_interval" },
          });
        }
      }
    }
  });

/**
 * How time is read for a scope: IANA time zone, week start, fiscal-year start, business hours, holidays and extra
 * working days.
 *
 * @remarks
 * Defaults: `UTC`, ISO week (Monday), fiscal year = calendar year, no business hours, no holidays. With
 * `publicHolidays: "lv"` the Latvian public holidays of every year are holidays too (see `latvianPublicHolidays`),
 * so users add only the moved working days (`holidays` for the bridge days, `extraWorkingDays` for the Saturdays
 * worked instead). An extra working day has the business hours of weekday `extraWorkingDayHoursOf` (Monday).
 *
 * @category Model
 */
export interface Calendar extends z.output<typeof CalendarSchema> {}

/**
 * A calendar as written by a user, before defaults are applied.
 *
 * @category Model
 */
export type CalendarInput = z.input<typeof CalendarSchema>;

/**
 * Parses and validates a calendar, applying defaults.
 *
 * @param input - Untrusted data, e.g. from JSON.
 * @returns A frozen {@link Calendar}.
 * @throws {@link KpiError} `invalid_input` (with path) for a malformed field, `invalid_time_zone` for an unknown
 * zone, `invalid_interval` for business hours that end before they start or overlap.
 *
 * @example
 * ```ts
 * parseCalendar({ timeZone: "Europe/Riga", fiscalYearStartMonth: 4 }).weekStart;
 * //=> 1
 * ```
 *
 * @category Model
 */
export function parseCalendar(input: unknown): Calendar {
  return parseWith(CalendarSchema, input, "parseCalendar");
}
