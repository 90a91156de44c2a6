import type { ReportLabelKey } from "./reportLabels.js";
import type { ReportMover, ReportScorecardRow, ReportSlaObjective } from "./reportModel.js";

// Internal: the sentences of a management summary, shared by the Markdown and HTML renderers.

/** A report text in the report's locale. */
export type T = (key: ReportLabelKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * "Scope: KPI — value, target … (attainment …)."
 *
 * @param r - A scorecard row.
 * @param t - The report's texts.
 * @returns The sentence.
 * @example
 * ```ts
 * offTargetText(row, t);
 * //=> "Service: FCR — 70.0%, target at least 80.0% (attainment 87.5%)."
 * ```
 */
export function offTargetText(r: ReportScorecardRow, t: T): string {
  return t("summary_off_target_item", { scope: r.scopeName, kpi: r.kpiName, value: r.valueText, target: r.targetText, attainment: r.attainmentText });
}

/**
 * "Service: objective — delivered …, promised …; … spent. Verdict"
 *
 * @param o - An SLA objective.
 * @param t - The report's texts.
 * @returns The sentence.
 * @example
 * ```ts
 * slaText(objective, t);
 * //=> "Portal: Availability — delivered 99.1%, promised 99.5%; 180.0% of the error budget spent. Breached."
 * ```
 */
export function slaText(o: ReportSlaObjective, t: T): string {
  return t("summary_sla_item", {
    service: o.serviceName,
    objective: o.objectiveName,
    delivered: o.attainmentText,
    slo: o.sloText,
    consumed: o.consumedText,
    verdict: t(o.met === false ? "sla_breached_verdict" : "sla_at_risk"),
  });
}

/**
 * "Scope: KPI improved — was …, now … (+…)."
 *
 * @param m - A mover.
 * @param t - The report's texts.
 * @returns The sentence.
 * @example
 * ```ts
 * changeText(mover, t);
 * //=> "Service: FCR improved — was 80.0%, now 81.8% (+2.3%)."
 * ```
 */
export function changeText(m: ReportMover, t: T): string {
  return t("summary_change_item", { scope: m.scopeName, kpi: m.kpiName, movement: m.movementText, previous: m.previousText, value: m.valueText, change: m.changeText });
}

