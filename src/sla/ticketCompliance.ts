import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { instantOf } from "../internal/instantOf.js";
import { requireObject } from "../internal/requireObject.js";
import type { InstantInput } from "../time/instantInput.js";
import type { Grain } from "../time/grain.js";
import { periodOf } from "../time/periodOf.js";
import { evaluateTicketDeadline, type TicketDeadlineRule } from "./evaluateTicketDeadline.js";
import { rethrowWithPath } from "./_lib/rethrowWithPath.js";
import type { Ticket } from "./ticket.js";

/** Options for {@link ticketCompliance}. @category Sla */
export interface TicketComplianceOptions {
  /**
   * Which event must meet the deadline.
   * @defaultValue `"response"`
   */
  readonly event?: "response" | "resolution" | undefined;
  /**
   * The grain of the reporting periods (by the ticket's opening instant).
   * @defaultValue `"month"`
   */
  readonly grain?: Grain | undefined;
  /**
   * The calendar whose zone and fiscal year define the periods.
   * @defaultValue `rule.calendar`
   */
  readonly periodCalendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> | undefined;
}

/**
 * Deadline compliance of the tickets of one service in one period.
 *
 * @category Sla
 */
export interface TicketComplianceRow {
  /** The period label of the tickets' opening, e.g. `"2026-11"`. */
  readonly period: string;
  /** The service, or `null` for tickets without one. */
  readonly serviceId: string | null;
  /** Tickets that met the deadline. */
  readonly met: number;
  /** Tickets that breached it. */
  readonly breached: number;
  /** Tickets still within their deadline (not counted in `compliance`). */
  readonly pending: number;
  /** `met / (met + breached)` in [0, 1]; `null` when no ticket is decided. */
  readonly compliance: number | null;
  /** Ids of the breached tickets. */
  readonly breachedIds: readonly string[];
}

/**
 * Returns deadline compliance per period and service: the share of decided tickets that met their deadline.
 *
 * @remarks
 * Each ticket is judged with {@link evaluateTicketDeadline} and counted in the period (of `grain`) that holds its
 * opening instant. Only tickets known at `asOf` count: a ticket opened after `asOf` is left out (it is still
 * validated), and a response or resolution after `asOf` is not known yet. Compliance = met / (met + breached);
 * pending tickets are excluded, and a group with nothing decided has `null` compliance (docs/conventions.md#aggregation). Rows are sorted by period, then service (`null` last).
 *
 * @param tickets - The tickets.
 * @param rule - The deadline in business hours and the service-hours calendar.
 * @param asOf - The instant of evaluation: epoch ms, an ISO-8601 string with `Z` or an offset, or a `Date`.
 * @param options - See {@link TicketComplianceOptions}.
 * @returns One row per period and service that has tickets.
 * @throws {@link KpiError} the errors of {@link evaluateTicketDeadline}, with path `["tickets", i, field]` for a
 * ticket's field; `non_finite`, `invalid_input` or `invalid_argument` (path `["asOf"]`) for an `asOf` that is no
 * instant; `invalid_argument` (path `["tickets", i, "id"]`) for a ticket without a string id, or for missing
 * or wrong-shaped arguments: `tickets` not an array (path `["tickets"]`), `rule` (path `["rule"]`) or its
 * `calendar` (path `["rule", "calendar"]`) not an object, `options` given but not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const utc = { timeZone: "UTC", businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "17:00" })),
 *   holidays: [], extraWorkingDays: [], publicHolidays: "none", extraWorkingDayHoursOf: 1, fiscalYearStartMonth: 1,
 * } as unknown as Calendar;
 * const open = Date.parse("2026-04-07T09:00:00Z"); // a Tuesday; 4 business hours → deadline 13:00
 * const tickets = [
 *   { id: "a", openedAt: open, respondedAt: Date.parse("2026-04-07T10:00:00Z") }, // met
 *   { id: "b", openedAt: open, respondedAt: Date.parse("2026-04-07T14:00:00Z") }, // breached
 *   { id: "c", openedAt: open },                                                  // none by 15:00: breached
 *   { id: "d", openedAt: Date.parse("2026-04-07T14:00:00Z") },                    // due Wed 10:00: pending
 * ];
 * ticketCompliance(tickets, { deadlineBusinessHours: 4, calendar: utc }, Date.parse("2026-04-07T15:00:00Z"));
 * //=> [{ period: "2026-04", serviceId: null, met: 1, breached: 2, pending: 1, compliance: 1 / 3, breachedIds: ["b", "c"] }]
 * ```
 *
 * @category Sla
 */
export function ticketCompliance(
  tickets: readonly Ticket[],
  rule: TicketDeadlineRule,
  asOf: InstantInput,
  options: TicketComplianceOptions = {},
): TicketComplianceRow[] {
  const where = "ticketCompliance";
  if (!Array.isArray(tickets)) throw new KpiError("invalid_argument", `${where}: tickets must be an array`, { path: ["tickets"] });
  requireObject(rule, where, "rule", ["rule"]);
  requireObject(rule.calendar, where, "rule.calendar", ["rule", "calendar"]);
  requireObject(options, where, "options", ["options"]);
  const asOfMs = instantOf(asOf, where, ["asOf"]);
  const grain = options.grain ?? "month";
  const periodCalendar = options.periodCalendar ?? rule.calendar;
  const groups = new Map<string, { period: string; serviceId: string | null; met: number; breached: number; pending: number; breachedIds: string[] }>();
  tickets.forEach((ticket, i) => {
    if (typeof ticket?.id !== "string") {
      throw new KpiError("invalid_argument", `${where}: every ticket needs a string id`, { path: ["tickets", i, "id"] });
    }
    let result;
    let period: string;
    try {
      result = evaluateTicketDeadline(ticket, rule, asOfMs, { event: options.event });
      if (ticket.openedAt > asOfMs) return; // not known yet at asOf
      period = periodOf(ticket.openedAt, grain, periodCalendar).label;
    } catch (error) {
      rethrowWithPath(error, where, (path) => (path[0] === "ticket" ? ["tickets", i, ...path.slice(1)] : path));
    }
    const serviceId = ticket.serviceId ?? null;
    const key = JSON.stringify([period, serviceId]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { period, serviceId, met: 0, breached: 0, pending: 0, breachedIds: [] };
      groups.set(key, group);
    }
    group[result.status]++;
    if (result.status === "breached") group.breachedIds.push(ticket.id);
  });
  return [...groups.values()]
    .sort(
      (a, b) =>
        (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
        (a.serviceId === b.serviceId ? 0 : a.serviceId === null ? 1 : b.serviceId === null ? -1 : a.serviceId < b.serviceId ? -1 : 1),
    )
    .map((g) => ({ ...g, compliance: g.met + g.breached > 0 ? g.met / (g.met + g.breached) : null }));
}
