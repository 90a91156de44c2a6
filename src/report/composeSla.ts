import type { SlaObjective, SlaTerms } from "../model/slaTerms.js";
import { evaluateSla, type SlaObjectiveResult } from "../sla/evaluateSla.js";
import type { Interval } from "../sla/interval.js";
import type { Outage } from "../sla/outage.js";
import { resolveSloWindow } from "../sla/resolveSloWindow.js";
import type { Ticket } from "../sla/ticket.js";
import { eachPeriod } from "../time/eachPeriod.js";
import { periodOf } from "../time/periodOf.js";
import { budgetBurnDownSpec } from "./charts/budgetBurnDownSpec.js";
import { formatNumber } from "./_lib/formatNumber.js";
import { formatValue } from "./formatValue.js";
import { percent } from "./_lib/composeRows.js";
import type { ReportContext } from "./_lib/reportContext.js";
import type { ReportChart, ReportSlaObjective } from "./reportModel.js";
import { REPORT_NOUNS } from "./reportLabels.js";

/**
 * An outage (`start`, `end` in epoch ms, optional `id`), optionally of one service: without `serviceId` it counts
 * for every service's SLA terms in the report.
 *
 * @category Report
 */
export type ReportOutage = Outage & { readonly serviceId?: string | undefined };

/** A judged objective with what the public statements need. */
export interface ComposedObjective {
  readonly view: ReportSlaObjective;
  readonly objective: SlaObjective;
  readonly result: SlaObjectiveResult;
}

/**
 * Judges every objective of the SLA terms of services in the subtree over its own window (the one holding the end
 * of the report's period, or `asOf` if earlier) with evaluateSla, with a burn-down of the budget day by day.
 *
 * @param ctx - The report context.
 * @param outages - Outages.
 * @param tickets - Tickets.
 * @param withBurnDown - Whether to draw burn-downs.
 * @returns The objectives, terms by terms in workspace order.
  * @example
 * ```ts
 * composeSla(ctx, outages, [], false)[0]?.view.status.text;
 * //=> "met"
 * ```
 */
export function composeSla(
  ctx: ReportContext,
  outages: readonly ReportOutage[],
  tickets: readonly Ticket[],
  withBurnDown: boolean,
): ComposedObjective[] {
  const out: ComposedObjective[] = [];
  const at = Math.min(ctx.asOf, ctx.period.end) - 1;
  for (const terms of ctx.workspace.slaTerms) {
    if (!ctx.inSubtree.has(terms.serviceId)) continue;
    const calendar = ctx.workspace.calendars.find((c) => c.id === terms.calendarId) ?? ctx.calendar;
    const inputs = {
      outages: outages.filter((o) => o.serviceId === undefined || o.serviceId === terms.serviceId),
      tickets: tickets.filter((t) => t.serviceId === undefined || t.serviceId === terms.serviceId),
      serviceHours: calendar,
      timeZone: calendar.timeZone,
    };
    terms.objectives.forEach((objective) => {
      const window = resolveSloWindow(objective.window, at, calendar);
      const single: SlaTerms = { ...terms, objectives: [objective] };
      const result = evaluateSla(single, inputs, window, { asOf: ctx.asOf }).objectives[0] as SlaObjectiveResult;
      const label =
        objective.window.kind === "calendar"
          ? periodOf(window.start, objective.window.grain, { timeZone: calendar.timeZone, fiscalYearStartMonth: 1 }).label
          : ctx.text("rolling_window", {
              days: formatValue(objective.window.days, { unit: "days", precision: 0 }, ctx.locale),
              end: ctx.localDate(window.end - 1),
            });
      // No budget when nothing was eligible: shown as no value, like every other null.
      const amount = (v: number | null) => (v === null ? formatValue(null, { unit: "%", precision: 1 }, ctx.locale) : formatAmount(ctx, result.unit, v, objective));
      const status = result.met === null ? "no_data" : result.met ? "green" : "red";
      const view: ReportSlaObjective = {
        termsId: terms.id,
        termsName: terms.name[ctx.locale],
        objectiveId: objective.id,
        objectiveName: objective.name[ctx.locale],
        serviceId: terms.serviceId,
        serviceName: ctx.nodeName(terms.serviceId),
        window: { label, start: ctx.iso(window.start), end: ctx.iso(window.end) },
        sloText: formatValue(Number(objective.slo), { unit: "%", precision: decimalsOf(objective.slo) }, ctx.locale),
        attainment: result.attainment,
        attainmentText: percentPrecise(ctx, result.attainment, decimalsOf(objective.slo) + 1),
        status: {
          ...ctx.status(status),
          text: ctx.text(result.met === null ? "sla_not_judged" : result.met ? "sla_met" : "sla_breached"),
        },
        met: result.met,
        budgetText: amount(result.budget),
        remainingText: amount(result.remaining),
        consumedText: percent(ctx, result.consumedFraction),
        partialWindow: ctx.asOf < window.end,
        topSpenders: result.spentBy.slice(0, 5).map((s) => ({ id: s.id, spentText: amount(s.spent) })),
        burnDown: withBurnDown ? burnDown(ctx, single, inputs, window, result, objective) : null,
      };
      out.push({ view, objective, result });
    });
  }
  return out;
}

function decimalsOf(slo: string): number {
  const dot = slo.indexOf(".");
  return dot < 0 ? 0 : slo.length - dot - 1;
}

function percentPrecise(ctx: ReportContext, ratio: number | null, decimals: number): string {
  return formatValue(ratio === null ? null : ratio * 100, { unit: "%", precision: Math.min(6, Math.max(1, decimals)) }, ctx.locale);
}

/** Minutes for time-based units, counts for events and tickets. */
function toDisplay(unit: SlaObjectiveResult["unit"], value: number, objective: SlaObjective): number {
  switch (unit) {
    case "ms":
      return value / 60_000;
    case "slices":
      return objective.budgeting.method === "occurrences" ? value : value * objective.budgeting.sliceMinutes;
    default:
      return value;
  }
}

/**
 * The decimals a count budget has, up to 6: (1 − SLO) × a whole count is an exact decimal (3.85 tickets for 5 % of
 * 77), shown as it is so that a reader's own division agrees with the consumed share; a whole number stays whole.
 */
function decimalsOfAmount(value: number): number {
  const text = String(Number(value.toFixed(6)));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function formatAmount(ctx: ReportContext, unit: SlaObjectiveResult["unit"], value: number, objective: SlaObjective): string {
  const shown = toDisplay(unit, value, objective);
  switch (unit) {
    case "ms":
    case "slices":
      return ctx.text("unit_minutes", { value: formatNumber(shown, ctx.locale, 1) });
    // Budgets of tickets and events with the decimals they have ("3.85 tickets"), the noun in the plural form of
    // that number.
    case "tickets":
    case "events":
      return formatValue(shown, { unit: REPORT_NOUNS[unit], precision: decimalsOfAmount(shown) }, ctx.locale);
  }
}

function burnDown(
  ctx: ReportContext,
  terms: SlaTerms,
  inputs: Parameters<typeof evaluateSla>[1],
  window: Interval,
  result: SlaObjectiveResult,
  objective: SlaObjective,
): ReportChart | null {
  const until = Math.min(ctx.asOf, window.end);
  if (until <= window.start || result.budget === null) return null;
  const total = result.budget;
  // Tickets and events with the decimals of the budget, as in the objective's row (see formatAmount); minutes with 1.
  const counted = result.unit === "tickets" || result.unit === "events";
  const calendar = ctx.workspace.calendars.find((c) => c.id === terms.calendarId) ?? ctx.calendar;
  const days = eachPeriod(window.start, until, "day", calendar);
  // Only what can spend this window's budget: outages that reach into it, tickets opened in it.
  const within: Parameters<typeof evaluateSla>[1] = {
    ...inputs,
    outages: (inputs.outages ?? []).filter((o) => o.end > window.start && o.start < until),
    tickets: (inputs.tickets ?? []).filter((t) => t.openedAt >= window.start && t.openedAt < until),
  };
  const points = days.map((day) => {
    const end = Math.min(day.end, until);
    const spent = evaluateSla(terms, within, { start: window.start, end }, { asOf: Math.min(ctx.asOf, end) }).objectives[0]!.spent;
    return { label: day.label, remaining: toDisplay(result.unit, total - spent, objective) };
  });
  const budget = toDisplay(result.unit, total, objective);
  const unit = result.unit === "ms" || result.unit === "slices" ? "min" : ctx.text(result.unit === "tickets" ? "unit_tickets_name" : "unit_events_name");
  const title = ctx.text("chart_title_burn_down", { objective: objective.name[ctx.locale] });
  return {
    kind: "burn_down",
    title,
    spec: budgetBurnDownSpec({ points, budget, unit }, { locale: ctx.locale }),
    table: {
      caption: ctx.text("chart_table_caption", { title }),
      columns: [ctx.text("chart_day"), `${ctx.text("col_remaining")} (${unit})`],
      rows: points.map((p) => [p.label, formatNumber(p.remaining, ctx.locale, counted ? decimalsOfAmount(budget) : 1)]),
    },
  };
}
