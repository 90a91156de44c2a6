import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { instantOf } from "../internal/instantOf.js";
import { requireObject } from "../internal/requireObject.js";
import type { InstantInput } from "../time/instantInput.js";
import { addBusinessDays } from "../time/addBusinessDays.js";
import { addBusinessTime } from "../time/addBusinessTime.js";
import { businessTimeBetween } from "../time/businessTimeBetween.js";
import { rethrowWithPath } from "./_lib/rethrowWithPath.js";
import type { Ticket } from "./ticket.js";

/**
 * A deadline in business hours of a calendar, as response and resolution objectives state it.
 *
 * @category Sla
 */
export type TicketDeadlineRule = {
  /** The service-hours calendar. */
  readonly calendar: Calendar;
} & (
  | {
      /** Business hours allowed from opening to the event. */
      readonly deadlineBusinessHours: number;
      readonly deadlineBusinessDays?: undefined;
    }
  | {
      /**
       * Business days allowed from opening to the event: N × the length of the calendar's business day
       * (`compileBusinessCalendar(calendar).businessDayMs`, docs/conventions.md#time-and-calendars).
       */
      readonly deadlineBusinessDays: number;
      readonly deadlineBusinessHours?: undefined;
    }
);

/** Options for {@link evaluateTicketDeadline}. @category Sla */
export interface EvaluateTicketDeadlineOptions {
  /**
   * Which event must meet the deadline.
   * @defaultValue `"response"`
   */
  readonly event?: "response" | "resolution" | undefined;
}

/**
 * A ticket judged against its deadline.
 *
 * @category Sla
 */
export interface TicketDeadlineResult {
  /** The ticket's id. */
  readonly ticketId: string;
  /** The deadline (epoch ms): the earliest instant at which the business hours have elapsed. */
  readonly deadline: number;
  /** `met` (event at or before the deadline), `breached` (event after it, or none and `asOf` past it), `pending`. */
  readonly status: "met" | "breached" | "pending";
  /** Business time from opening to the event, or to `asOf` when there is no event yet (ms). */
  readonly businessMs: number;
}

/**
 * Judges a ticket against a response or resolution deadline of N business hours: met, breached or pending.
 *
 * @remarks
 * docs/conventions.md#time-and-calendars: the deadline is the earliest instant at which N business hours have elapsed since opening (via
 * `addBusinessTime`, so a ticket opened outside hours starts counting at the next opening, and weekends and
 * holidays do not count). An event at or before the deadline is `met`, after it `breached`; with no event the
 * ticket is `breached` once `asOf` is past the deadline, else `pending`. An event after `asOf` is not known yet
 * and is ignored.
 *
 * @param ticket - The ticket.
 * @param rule - The deadline in business hours and the service-hours calendar.
 * @param asOf - The instant of evaluation: epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`.
 * @param options - See {@link EvaluateTicketDeadlineOptions}.
 * @returns The {@link TicketDeadlineResult}.
 * @throws {@link KpiError} `non_finite` (path `["ticket", field]` or `["asOf"]`); `invalid_input` (path `["asOf"]`)
 * for a string or `Date` that is no instant; `invalid_argument` (path `["ticket"]`, `["rule"]`,
 * `["rule", "calendar"]`, `["options"]` or `["asOf"]`) for an argument of the wrong shape; `invalid_interval` (path
 * `["ticket", field]`) for an event before the opening; `invalid_argument` (path `["rule",
 * "deadlineBusinessHours"]`) for a deadline that is not a positive number; `empty_calendar` (path `["rule",
 * "calendar", "businessHours"]`).
 *
 * @example
 * ```ts
 * const riga = {
 *   timeZone: "Europe/Riga", businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "08:30", to: "17:00" })),
 *   holidays: [], extraWorkingDays: [], publicHolidays: "lv", extraWorkingDayHoursOf: 1,
 * } as unknown as Calendar;
 * // Opened Friday 13 Nov 2026 at 15:00 with 4 business hours: 2 h on Friday, 2 h from Monday 08:30 → 10:30.
 * const ticket = { id: "T-1", openedAt: Date.parse("2026-11-13T15:00:00+02:00"),
 *   respondedAt: Date.parse("2026-11-16T10:00:00+02:00") };
 * const r = evaluateTicketDeadline(ticket, { deadlineBusinessHours: 4, calendar: riga }, Date.parse("2026-11-20T00:00:00Z"));
 * [new Date(r.deadline).toISOString(), r.status, r.businessMs / 3_600_000];
 * //=> ["2026-11-16T08:30:00.000Z", "met", 3.5]
 * ```
 *
 * @category Sla
 */
export function evaluateTicketDeadline(
  ticket: Ticket,
  rule: TicketDeadlineRule,
  asOf: InstantInput,
  options: EvaluateTicketDeadlineOptions = {},
): TicketDeadlineResult {
  const where = "evaluateTicketDeadline";
  requireObject(ticket, where, "ticket", ["ticket"]);
  requireObject(rule, where, "rule", ["rule"]);
  requireObject(rule.calendar, where, "rule.calendar", ["rule", "calendar"]);
  requireObject(options, where, "options", ["options"]);
  const event = options.event ?? "response";
  const field = event === "response" ? "respondedAt" : "resolvedAt";
  if (event !== "response" && event !== "resolution") {
    throw new KpiError("invalid_argument", `${where}: event is "response" or "resolution"`, { path: ["options", "event"] });
  }
  const asOfMs = instantOf(asOf, where, ["asOf"]);
  if (typeof ticket.openedAt !== "number" || !Number.isFinite(ticket.openedAt)) {
    throw new KpiError("non_finite", `${where}: openedAt must be a finite instant`, { path: ["ticket", "openedAt"] });
  }
  const at = ticket[field];
  if (at !== undefined && (typeof at !== "number" || !Number.isFinite(at))) {
    throw new KpiError("non_finite", `${where}: ${field} must be a finite instant`, { path: ["ticket", field] });
  }
  if (at !== undefined && at < ticket.openedAt) {
    throw new KpiError("invalid_interval", `${where}: ${field} is before openedAt`, { path: ["ticket", field] });
  }
  const byDays = rule.deadlineBusinessDays !== undefined;
  if (byDays === (rule.deadlineBusinessHours !== undefined)) {
    throw new KpiError("invalid_argument", `${where}: give exactly one of deadlineBusinessHours and deadlineBusinessDays`, {
      path: ["rule", "deadlineBusinessHours"],
    });
  }
  const amount = byDays ? rule.deadlineBusinessDays : rule.deadlineBusinessHours;
  const ruleField = byDays ? "deadlineBusinessDays" : "deadlineBusinessHours";
  if (typeof amount !== "number" || !Number.isFinite(amount) || amount <= 0) {
    throw new KpiError("invalid_argument", `${where}: ${ruleField} must be a positive number`, { path: ["rule", ruleField] });
  }
  try {
    const deadline = byDays ? addBusinessDays(ticket.openedAt, amount, rule.calendar) : addBusinessTime(ticket.openedAt, amount * 3_600_000, rule.calendar);
    const known = at !== undefined && at <= asOfMs ? at : undefined;
    const status = known !== undefined ? (known <= deadline ? "met" : "breached") : asOfMs > deadline ? "breached" : "pending";
    const until = known ?? Math.max(asOfMs, ticket.openedAt);
    return { ticketId: ticket.id, deadline, status, businessMs: businessTimeBetween(ticket.openedAt, until, rule.calendar) };
  } catch (error) {
    return rethrowWithPath(error, where, (path) => ["rule", "calendar", ...path]);
  }
}
