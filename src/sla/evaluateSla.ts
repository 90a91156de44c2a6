import type { ErrorBudget } from "./errorBudget.js";
import type { Calendar } from "../model/calendar.js";
import type { SlaObjective, SlaTerms } from "../model/slaTerms.js";
import { KpiError } from "../errors.js";
import { attributeDowntime } from "./_lib/attributeDowntime.js";
import { checkInterval } from "./_lib/checkInterval.js";
import { checkIntervals } from "./_lib/checkIntervals.js";
import { countTimeslices } from "./_lib/countTimeslices.js";
import { eligibleTime } from "./_lib/eligibleTime.js";
import { evaluateTicketDeadline } from "./evaluateTicketDeadline.js";
import type { Interval } from "./interval.js";
import { measureOccurrences } from "./measureOccurrences.js";
import { measureRatioTimeslices } from "./measureRatioTimeslices.js";
import type { Outage } from "./outage.js";
import { rethrowWithPath } from "./_lib/rethrowWithPath.js";
import type { SliEvent } from "./sliEvent.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import type { Ticket } from "./ticket.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { InstantInput } from "../time/instantInput.js";
import { instantOf } from "../internal/instantOf.js";
import { requireObject } from "../internal/requireObject.js";
import { totalLength } from "./_lib/totalLength.js";

/**
 * The observations that {@link evaluateSla} judges SLA terms against.
 *
 * @category Sla
 */
export interface SlaInputs {
  /** Outages of the service, for availability objectives counted in time or timeslices. */
  readonly outages?: readonly Outage[] | undefined;
  /** Tickets of the service, for response- and resolution-time objectives. */
  readonly tickets?: readonly Ticket[] | undefined;
  /** Good/total events per objective id, for threshold SLIs, request-based availability and ratio timeslices. */
  readonly events?: Readonly<Record<string, readonly SliEvent[]>> | undefined;
  /** The terms' service-hours calendar (the one `terms.calendarId` names); needed for tickets and service hours. */
  readonly serviceHours?: Calendar | undefined;
  /** The zone of weekly maintenance windows. @defaultValue `serviceHours.timeZone` */
  readonly timeZone?: string | undefined;
}

/** Options for {@link evaluateSla}. @category Sla */
export interface EvaluateSlaOptions {
  /**
   * The instant of evaluation: only what was known then counts. It decides whether an unanswered ticket is breached
   * or pending; an outage counts up to it, and outages starting at or after it and events after it are left out.
   * @defaultValue `period.end`
   */
  readonly asOf?: InstantInput | undefined;
}

/**
 * What spent part of an objective's error budget.
 *
 * @category Sla
 */
export interface BudgetSpender {
  /** The outage's or ticket's id (`#<index>` for an outage without one). */
  readonly id: string;
  /** What it spent, in the objective's `unit`. */
  readonly spent: number;
}

/**
 * One objective judged over a period.
 *
 * @category Sla
 */
export interface SlaObjectiveResult extends ErrorBudget {
  /** The objective's id. */
  readonly objectiveId: string;
  /** What it measures. */
  readonly indicator: SlaObjective["indicator"];
  /** The outages or tickets that spent the budget, largest first (empty for event-based objectives). */
  readonly spentBy: readonly BudgetSpender[];
}

/**
 * SLA terms judged over a period.
 *
 * @category Sla
 */
export interface SlaEvaluation {
  /** The terms' id. */
  readonly termsId: string;
  /** `false` when any objective is breached; `null` when none is breached but some cannot be judged; else `true`. */
  readonly met: boolean | null;
  /** One result per objective, in the terms' order. */
  readonly objectives: readonly SlaObjectiveResult[];
}

const WHERE = "evaluateSla";

function spenders(ids: readonly string[], spent: ArrayLike<number>): BudgetSpender[] {
  const out: BudgetSpender[] = [];
  for (let i = 0; i < ids.length; i++) if ((spent[i] as number) > 0) out.push({ id: ids[i] as string, spent: spent[i] as number });
  return out.sort((a, b) => b.spent - a.spent || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The smallest double greater than `x` (finite `x`): `[start, justAfter(x))` holds exactly the instants ≤ `x`. */
function justAfter(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] = (bits[0] as bigint) + (x > 0 ? 1n : -1n);
  return new Float64Array(bits.buffer)[0] as number;
}

/** The one mapper from an objective's error budget to its result. */
function toResult(
  base: Pick<SlaObjectiveResult, "objectiveId" | "indicator">,
  budget: ErrorBudget,
  spentBy: readonly BudgetSpender[],
): SlaObjectiveResult {
  return { ...base, ...budget, spentBy };
}

/**
 * Judges every objective of SLA terms over a period: attainment, exact verdict, remaining budget and what spent it.
 *
 * @remarks
 * Each objective is evaluated over `period` (use {@link resolveSloWindow} for an objective's own window):
 * - `availability` with `occurrences`: time-based from `inputs.outages` ({@link measureAvailability}, unit ms), or
 *   request-based from `inputs.events[objective.id]` when present ({@link measureOccurrences}, unit events);
 * - any indicator with `timeslices`: bad slices from `inputs.outages` ({@link measureTimeslices});
 * - any indicator with `ratio_timeslices`: from `inputs.events[objective.id]` ({@link measureRatioTimeslices});
 * - `threshold`: occurrences of `inputs.events[objective.id]`;
 * - `response_time` / `resolution_time`: the tickets opened in the period, judged with
 *   {@link evaluateTicketDeadline} against `deadlineBusinessHours` of `inputs.serviceHours`; pending tickets are
 *   not counted, each breached ticket spends 1.
 * Maintenance (`terms.maintenance`) is removed first and `serviceHoursOnly` restricts eligible time to
 * `inputs.serviceHours`. Verdicts are exact (docs/conventions.md#sla-and-slo). Downtime is charged to outages without double counting
 * (an overlap goes to the outage that started first), and a bad slice to the first outage in it.
 * Only what was known at `options.asOf` counts (docs/conventions.md#sla-and-slo): an outage still ongoing then counts
 * up to `asOf`, an outage starting at or after `asOf` and an event whose instant is after `asOf` are left out, and a
 * ticket's response or resolution after `asOf` is not known yet (tickets opened after it are pending, so not
 * counted). Eligible time is still the whole period, so the budget is the period's.
 *
 * @param terms - Parsed SLA terms.
 * @param inputs - Outages, tickets, events and the service-hours calendar.
 * @param period - The period `[start, end)` to judge.
 * @param options - See {@link EvaluateSlaOptions}.
 * @returns The {@link SlaEvaluation}.
 * @throws {@link KpiError} `invalid_slo` (path `["terms", "objectives", i, "slo"]`) for a hand-built SLO outside
 * (0, 100); `invalid_argument` (path `["inputs", "serviceHours"]`) when tickets or service hours need a calendar
 * that is missing; `invalid_time_zone` (path `["inputs", "timeZone"]`) when weekly maintenance windows have no zone
 * (neither `inputs.timeZone` nor `inputs.serviceHours`); `invalid_argument` (path `["terms"]`, `["inputs"]` or
 * `["options"]`) for an argument that is not an object; `non_finite` or `invalid_input` (path
 * `["options", "asOf"]`) for an `asOf` that is no instant; the errors of the measuring functions, with paths into
 * `inputs` (e.g. `["inputs", "outages", 3, "end"]`) or `terms` (e.g. `["terms", "maintenance", 0, "to"]`).
 *
 * @example
 * ```ts
 * const terms = parseSlaTerms({
 *   id: "sla-portal", serviceId: "svc-portal", name: { lv: "Portāla PLV", en: "Portal SLA" },
 *   objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
 *     slo: "99.9", window: { kind: "calendar", grain: "month" } }],
 * });
 * const april = { start: Date.parse("2026-04-01T00:00:00Z"), end: Date.parse("2026-05-01T00:00:00Z") };
 * const outages = [
 *   { id: "INC-7", start: Date.parse("2026-04-09T10:00:00Z"), end: Date.parse("2026-04-09T10:20:00Z") },
 *   { id: "INC-9", start: Date.parse("2026-04-20T08:00:00Z"), end: Date.parse("2026-04-20T08:05:00Z") },
 * ];
 * const [avail] = evaluateSla(terms, { outages }, april).objectives;
 * // Budget 0.1 % × 720 h = 43.2 min; 25 min spent, 18.2 min left.
 * [avail?.met, avail?.remaining, avail?.spentBy.map((s) => s.id)];
 * //=> [true, 1_092_000, ["INC-7", "INC-9"]]
 * ```
 *
 * @category Sla
 */
export function evaluateSla(
  terms: SlaTerms,
  inputs: SlaInputs,
  period: Interval,
  options: EvaluateSlaOptions = {},
): SlaEvaluation {
  requireObject(terms, WHERE, "terms", ["terms"]);
  requireObject(inputs, WHERE, "inputs", ["inputs"]);
  checkInterval(period, WHERE, ["period"]);
  requireObject(options, WHERE, "options", ["options"]);
  const asOf = options.asOf === undefined ? period.end : instantOf(options.asOf, WHERE, ["options", "asOf"]);
  const allOutages = inputs.outages ?? [];
  checkIntervals(allOutages, WHERE, ["inputs", "outages"]);
  const outageIds = allOutages.map((o, i) => (typeof o.id === "string" ? o.id : `#${i}`));
  // Only what was known at asOf: an outage counts up to asOf (still ongoing then), one starting at or after it not
  // at all (empty, so that indices still match outageIds).
  const outages: Interval[] = allOutages.map((o) => ({ start: o.start, end: Math.max(o.start, Math.min(o.end, asOf)) }));
  // Events whose instant is after asOf are left out by ending the period for events just after asOf (slices stay
  // aligned to period.start); every event is still validated.
  const eventPeriod: Interval = { start: period.start, end: Math.max(period.start, Math.min(period.end, justAfter(asOf))) };
  const maintenance = terms.maintenance ?? [];
  const timeZone = inputs.timeZone ?? inputs.serviceHours?.timeZone;
  const mapInner = (path: readonly PropertyKey[]): readonly PropertyKey[] => {
    if (path[0] === "options" && path[1] === "maintenance") return ["terms", "maintenance", ...path.slice(2)];
    if (path[0] === "options" && path[1] === "serviceHours") return ["inputs", "serviceHours", ...path.slice(2)];
    if (path[0] === "options" && path[1] === "timeZone") return ["inputs", "timeZone"];
    if (path[0] === "events") return ["inputs", "events", ...path];
    return path;
  };

  const results = terms.objectives.map((objective, i): SlaObjectiveResult => {
    const slo = toSloFraction(objective.slo, WHERE, ["terms", "objectives", i, "slo"]);
    const serviceHours = objective.serviceHoursOnly ? inputs.serviceHours : undefined;
    if (objective.serviceHoursOnly && serviceHours === undefined) {
      throw new KpiError("invalid_argument", `${WHERE}: objective "${objective.id}" counts service hours only; pass inputs.serviceHours`, {
        path: ["inputs", "serviceHours"],
      });
    }
    const events = inputs.events?.[objective.id];
    const budgeting = objective.budgeting ?? { method: "occurrences" };
    const base = { objectiveId: objective.id, indicator: objective.indicator };
    const eventOptions = { slo: objective.slo, maintenance, timeZone, serviceHours };
    try {
      if (objective.indicator === "response_time" || objective.indicator === "resolution_time") {
        const calendar = inputs.serviceHours;
        if (calendar === undefined) {
          throw new KpiError("invalid_argument", `${WHERE}: ticket deadlines need inputs.serviceHours`, { path: ["inputs", "serviceHours"] });
        }
        const rule = objective.deadlineBusinessDays !== undefined
          ? { deadlineBusinessDays: objective.deadlineBusinessDays, calendar }
          : { deadlineBusinessHours: objective.deadlineBusinessHours ?? Number.NaN, calendar };
        const event = objective.indicator === "response_time" ? "response" : "resolution";
        let met = 0;
        let breached = 0;
        const spent: BudgetSpender[] = [];
        (inputs.tickets ?? []).forEach((ticket, k) => {
          if (!(ticket.openedAt >= period.start && ticket.openedAt < period.end)) return;
          let r;
          try {
            r = evaluateTicketDeadline(ticket, rule, asOf, { event });
          } catch (error) {
            rethrowWithPath(error, WHERE, (path) =>
              path[0] === "ticket" ? ["inputs", "tickets", k, ...path.slice(1)] : path[0] === "rule" && path[1] === "calendar" ? ["inputs", "serviceHours", ...path.slice(2)] : ["terms", "objectives", i, objective.deadlineBusinessDays !== undefined ? "deadlineBusinessDays" : "deadlineBusinessHours"],
            );
          }
          if (r.status === "met") met++;
          else if (r.status === "breached") {
            breached++;
            spent.push({ id: ticket.id, spent: 1 });
          }
        });
        return toResult(base, summarizeBudget(met, met + breached, slo, "tickets"), spent.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      }
      if (timeZone === undefined && maintenance.some((w) => w.kind === "weekly")) {
        throw new KpiError(
          "invalid_time_zone",
          `${WHERE}: terms.maintenance has weekly windows, which need a time zone: pass inputs.timeZone or inputs.serviceHours (its timeZone is used)`,
          { path: ["inputs", "timeZone"] },
        );
      }
      if (budgeting.method === "ratio_timeslices") {
        const { slices: _all, ...budget } = measureRatioTimeslices(events ?? [], eventPeriod, budgeting, eventOptions);
        return toResult(base, budget, []);
      }
      const eligible =
        budgeting.method === "timeslices" || (objective.indicator === "availability" && events === undefined)
          ? eligibleTime(period, { maintenance, timeZone, serviceHours, maintenancePath: ["terms", "maintenance"],
              serviceHoursPath: ["inputs", "serviceHours"], timeZonePath: ["inputs", "timeZone"] }, WHERE)
          : null;
      if (budgeting.method === "timeslices" && eligible !== null) {
        const c = countTimeslices(outages, period, budgeting.sliceMinutes * 60_000, eligible);
        return toResult(base, summarizeBudget(c.eligibleSlices - c.badSlices, c.eligibleSlices, slo, "slices"), spenders(outageIds, c.spentSlices));
      }
      if (eligible !== null) {
        const eligibleMs = totalLength(eligible);
        const d = attributeDowntime(outages, eligible);
        return toResult(base, summarizeBudget(eligibleMs - d.downtimeMs, eligibleMs, slo, "ms"), spenders(outageIds, d.spentMs));
      }
      return toResult(base, measureOccurrences(events ?? [], eventPeriod, eventOptions), []);
    } catch (error) {
      if (error instanceof KpiError && error.message.startsWith(WHERE)) throw error;
      return rethrowWithPath(error, WHERE, (path) => {
        const mapped = mapInner(path);
        return path[0] === "events" ? ["inputs", "events", objective.id, ...path.slice(1)] : mapped;
      });
    }
  });
  const verdicts = results.map((r) => r.met);
  const met = verdicts.includes(false) ? false : verdicts.includes(null) ? null : true;
  return { termsId: terms.id, met, objectives: results };
}
