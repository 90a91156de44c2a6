import type { ReportLabelKey } from "../reportLabels.js";
import type { ReportCompositeItem, ReportMover, ReportScorecardRow, ReportSlaObjective, ReportStatusCount, ReportStatusValue } from "../reportModel.js";

// Internal: the sentences of a management summary, shared by the Markdown and HTML renderers.

/** A report text in the report's locale. */
export type T = (key: ReportLabelKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * The count of rows without data, with how many of them have a value but no score: "3 (of them not scored: 1)", or
 * "3" when none has.
 *
 * @param count - The rows whose status is `no_data`.
 * @param notScored - Those of them with a value but no score.
 * @param t - The report's texts.
 * @returns The text.
 * @example
 * ```ts
 * [noDataText(3, 1, t), noDataText(3, 0, t)];
 * //=> ["3 (of them not scored: 1)", "3"]
 * ```
 */
export function noDataText(count: number, notScored: number, t: T): string {
  return notScored === 0 ? String(count) : t("summary_not_scored", { count, notScored });
}

/**
 * A cell of the summary's table of statuses by scope: the count of a status, and for `no_data` with {@link noDataText}.
 *
 * @param count - The scope's counts.
 * @param status - The status.
 * @param t - The report's texts.
 * @returns The text.
 * @example
 * ```ts
 * const count = { scopeId: "lv", scopeName: "Latvia", counts: { green: 2, amber: 0, red: 0, no_data: 3, no_target: 0 }, notScored: 1 };
 * [statusCountText(count, "green", t), statusCountText(count, "no_data", t)];
 * //=> ["2", "3 (of them not scored: 1)"]
 * ```
 */
export function statusCountText(count: ReportStatusCount, status: ReportStatusValue, t: T): string {
  return status === "no_data" ? noDataText(count.counts.no_data, count.notScored, t) : String(count.counts[status]);
}

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

/**
 * The KPIs a composite leaves out, by reason, as paragraphs ("Left out — no target: A, B."), or `""`.
 *
 * @param items - The composite's items.
 * @param t - The report's texts.
 * @param format - `html` (escaped `<p>` paragraphs) or `markdown` (escaped lines, a blank line between).
 * @param escape - Escapes a text for the format.
 * @returns The paragraphs.
 * @example
 * ```ts
 * leftOut(items, t, "markdown", (s) => s);
 * //=> "Left out — no target: Digital take-up, Service availability."
 * ```
 */
export function leftOut(items: readonly ReportCompositeItem[], t: T, format: "html" | "markdown", escape: (text: string) => string): string {
  const reasons = [...new Set(items.filter((i) => i.excluded !== null).map((i) => i.excludedText))];
  const lines = reasons.map((reason) =>
    escape(t("composite_left_out", { reason, kpis: items.filter((i) => i.excludedText === reason && i.excluded !== null).map((i) => i.kpiName).join(", ") })),
  );
  return format === "html" ? lines.map((l) => `<p>${l}</p>`).join("") : lines.join("\n\n");
}
