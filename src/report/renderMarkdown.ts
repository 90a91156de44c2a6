import { assertNever } from "../internal/assertNever.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { reportLabel } from "./reportLabel.js";
import type { ReportLabelKey } from "./reportLabels.js";
import type {
  Report,
  ReportAnnotation,
  ReportAudience,
  ReportChart,
  ReportFlags,
  ReportScorecardRow,
  ReportSection,
  ReportTable,
} from "./reportModel.js";
import { REPORT_PALETTE } from "./charts/reportPalette.js";
import { groupScorecardRows } from "./_lib/groupScorecardRows.js";
import { changeText, leftOut, offTargetText, slaText, statusCountText, type T } from "./_lib/summaryTexts.js";
import { provenanceRows } from "./_lib/provenanceRows.js";

/**
 * Renders a report as Markdown (GitHub-flavoured): headings, the provenance, and every section as text and tables.
 *
 * @remarks
 * Charts appear as their data tables (Markdown has no charts). Statuses are written with their shape symbol and
 * words; flags (partial period, provisional data) and annotations stand next to the numbers they qualify. The output
 * depends on the report alone, so the same report gives the same Markdown.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The Markdown text, ending with a newline.
 * @throws {@link KpiError} `invalid_argument` for a missing or wrong-shaped report: `report` or `report.provenance`
 * not an object (path `[]`, `["provenance"]`), `report.sections` not an array (path `["sections"]`) or a section
 * not an object (path `["sections", i]`).
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({
 *   name: { lv: "Piemērs", en: "Example" },
 *   calendars: [{ timeZone: "UTC" }],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
 * });
 * const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "en" });
 * renderMarkdown(report).split("\n")[0];
 * //=> "# Latvia, March 2026 — report for the public"
 * ```
 *
 * @category Report
 */
export function renderMarkdown(report: Report): string {
  requireObject(report, "renderMarkdown", "report");
  requireObject(report.provenance, "renderMarkdown", "report.provenance", ["provenance"]);
  requireArray(report.sections, "renderMarkdown", "report.sections", ["sections"]);
  report.sections.forEach((section, i) => requireObject(section, "renderMarkdown", `report.sections[${i}]`, ["sections", i]));
  const locale = report.provenance.locale;
  const t = (key: ReportLabelKey, values: Readonly<Record<string, string | number>> = {}) => reportLabel(key, locale, values);
  // A report that opens with its summary section says the one-sentence summary there.
  const out: string[] = [`# ${inline(report.title)}`, ""];
  if (report.sections[0]?.kind !== "summary") out.push(inline(report.summary), "");
  const p = report.provenance;
  for (const section of report.sections) out.push(...renderSection(section, t, p.audience), "");
  out.push(`## ${t("heading_provenance")}`, "", `<details><summary>${t("provenance_summary")}</summary>`, "");
  out.push(
    ...table({
      caption: "",
      columns: [t("col_fact"), t("col_value")],
      rows: provenanceRows(p),
    }),
  );
  out.push("", "</details>", "", `_${t("footer", { version: p.library.version })}_`, "");
  return out.join("\n");
}



function renderSection(section: ReportSection, t: T, audience: ReportAudience): string[] {
  const out: string[] = [];
  switch (section.kind) {
    case "scorecard": {
      out.push(`## ${inline(section.heading)}`, "");
      if (section.rows.length === 0) return [...out, t("nothing_to_report")];
      if (section.heatMap !== null) out.push(...chart(section.heatMap, t), "");
      const { scopes, noTarget } = groupScorecardRows(section.rows);
      const columns = [t("col_kpi"), t("col_period"), t("col_value"), t("col_target"), t("col_attainment"), t("col_status"), t("col_trend"), t("col_flags")];
      const cells = (r: ReportScorecardRow) => [
        r.kpiName,
        r.period,
        r.valueText,
        r.targetText,
        r.attainmentText,
        `${r.status.symbol} ${r.status.text}`,
        r.trendText,
        flagsText(r.flags),
      ];
      for (const g of scopes) {
        out.push(`### ${inline(g.scopeName)}`, "", ...table({ caption: "", columns, rows: g.rows.map(cells) }), "");
      }
      if (noTarget.length > 0) {
        out.push(`### ${t("heading_no_target")}`, "", t("no_target_note"), "");
        out.push(...table({ caption: "", columns: [t("col_scope"), t("col_kpi"), t("col_period"), t("col_value"), t("col_trend"), t("col_flags")], rows: noTarget.map((r) => [r.scopeName, r.kpiName, r.period, r.valueText, r.trendText, flagsText(r.flags)]) }));
      }
      out.push(...annotationsList(section.rows.flatMap((r) => r.annotations.map((a) => ({ a, about: `${r.kpiName} — ${r.scopeName}` }))), t));
      return out;
    }
    case "summary": {
      out.push(`## ${inline(section.heading)}`, "", inline(section.text), "");
      const statuses = ["green", "amber", "red", "no_data", "no_target"] as const;
      out.push(`### ${t("summary_status_counts")}`, "");
      out.push(
        ...table({
          caption: "",
          columns: [t("col_scope"), ...statuses.map((st) => `${REPORT_PALETTE.status[st].symbol} ${t(`status_short_${st}`)}`)],
          rows: section.statusCounts.map((c, i) => [
            `${i === 0 ? "" : "· "}${c.scopeName}`,
            ...statuses.map((st) => statusCountText(c, st, t)),
          ]),
        }),
        "",
      );
      out.push(`### ${t("summary_off_target")}`, "");
      out.push(...(section.offTarget.length === 0 ? [t("summary_off_target_none")] : section.offTarget.map((r) => `- ${r.status.symbol} ${inline(offTargetText(r, t))}`)), "");
      out.push(`### ${t("summary_sla")}`, "");
      out.push(...(section.slaAtRisk.length === 0 ? [t(section.slaObjectiveCount === 0 ? "summary_sla_no_objectives" : "summary_sla_none")] : section.slaAtRisk.map((o) => `- ${o.status.symbol} ${inline(slaText(o, t))}`)), "");
      out.push(`### ${t("summary_changes")}`, "");
      out.push(...(section.changes.length === 0 ? [t("nothing_to_report")] : section.changes.map((m) => `- ${inline(changeText(m, t))}${m.flags.notes.length > 0 ? ` _(${inline(flagsText(m.flags))})_` : ""}`)), "");
      out.push(`### ${t("summary_quality")}`, "");
      // One screen: the first five, and how many more the data-quality section lists.
      out.push(...(section.quality.length === 0 ? [t("quality_none")] : section.quality.slice(0, 5).map((w) => `- ${inline(w.text)}`)));
      if (section.quality.length > 5) out.push(`- ${inline(t("summary_more", { n: section.quality.length - 5 }))}`);
      return out;
    }
    case "composite": {
      out.push(`## ${inline(section.heading)}`, "", `**${section.status.symbol} ${inline(section.cappedText)}** — ${inline(section.status.text)}`, "", inline(section.explanation), "");
      // The KPIs that count, in a table; those left out, named in one sentence with the reason.
      if (section.items.some((i) => i.excluded === null)) {
        out.push(
          ...table({
            caption: "",
            columns: [t("col_kpi"), t("col_score"), t("col_weight"), t("col_share"), t("col_contribution")],
            rows: section.items.filter((i) => i.excluded === null).map((i) => [i.kpiName, i.scoreText, String(i.weight), i.shareText, i.contributionText]),
          }),
        );
      }
      const left = leftOut(section.items, t, "markdown", inline);
      if (left !== "") out.push("", left);
      return out;
    }
    case "sla":
      out.push(`## ${inline(section.heading)}`, "");
      if (section.objectives.length === 0) return [...out, t("nothing_to_report")];
      out.push(
        ...table({
          caption: "",
          columns: [t("col_service"), t("col_objective"), t("col_window"), t("col_slo"), t("col_delivered"), t("col_status"), t("col_budget"), t("col_remaining"), t("col_consumed")],
          rows: section.objectives.map((o) => [
            o.serviceName,
            o.objectiveName,
            `${o.window.label}${o.partialWindow ? ` (${t("sla_partial_window")})` : ""}`,
            o.sloText,
            o.attainmentText,
            `${o.status.symbol} ${o.status.text}`,
            o.budgetText,
            o.remainingText,
            o.consumedText,
          ]),
        }),
      );
      for (const o of section.objectives) {
        // Outage and ticket ids are for the technical teams, not for a manager or the public.
        if (o.topSpenders.length > 0 && audience === "technical") {
          out.push("", `### ${inline(o.objectiveName)}: ${t("heading_top_spenders")}`, "");
          out.push(...table({ caption: "", columns: [t("col_spender"), t("col_spent")], rows: o.topSpenders.map((s) => [s.id, s.spentText]) }));
        }
        if (o.burnDown !== null) out.push("", ...chart(o.burnDown, t));
      }
      return out;
    case "driver_risks":
      out.push(`## ${inline(section.heading)}`, "");
      if (section.items.length === 0) return [...out, t("nothing_to_report")];
      out.push(...section.items.map((i) => `- ${inline(i.text)}`));
      return out;
    case "data_quality":
      out.push(`## ${inline(section.heading)}`, "");
      if (section.warnings.length === 0) return [...out, t("quality_none")];
      out.push(...section.warnings.map((w) => `- ${inline(w.text)}`));
      return out;
    case "kpi_detail": {
      const r = section.row;
      out.push(`## ${inline(section.heading)}`, "");
      if (section.kpiDescribedAbove) out.push(t("kpi_described_above"), "");
      else {
        out.push(inline(section.description), "");
        out.push(...table({ caption: "", columns: [t("col_fact"), t("col_value")], rows: section.facts.map(([k, v]) => [k, v]) }), "");
      }
      out.push(
        `**${t("col_value")}:** ${inline(r.valueText)} (${r.period}) · **${t("col_target")}:** ${inline(r.targetText)} · **${t("col_status")}:** ${r.status.symbol} ${inline(r.status.text)} · **${t("col_trend")}:** ${inline(r.trendText)}${r.flags.notes.length > 0 ? ` · **${t("col_flags")}:** ${inline(flagsText(r.flags))}` : ""}`,
      );
      out.push(...annotationsList(r.annotations.map((a) => ({ a, about: "" })), t));
      if (section.sameSeriesAs !== null) out.push("", inline(t("same_series_note", { scope: section.sameSeriesAs.scopeName })));
      else {
        out.push("", ...chart(section.series, t));
        out.push("", `### ${t("heading_signals")}`, "");
        if (section.controlChart === null) out.push(t("no_control_chart"));
        else {
          out.push(...(section.signals.length === 0 ? [t("none")] : section.signals.map((s) => `- ◆ ${inline(s.text)}`)), "");
          out.push(...chart(section.controlChart, t));
        }
        out.push("", `### ${t("heading_forecast")}`, "", inline(section.forecastText ?? t("no_forecast")));
      }
      if (!section.kpiDescribedAbove) {
        out.push("", `### ${t("heading_procedure")}`, "");
        out.push(...section.procedure.steps.map((s, i) => `${i + 1}. ${inline(s)}`), "");
        out.push(`${t("fact_data_source")}: ${inline(section.procedure.dataSource ?? "—")} · ${t("fact_collection")}: ${inline(section.procedure.collectionText)}`);
      }
      if (section.quality.length > 0) out.push("", ...section.quality.map((w) => `- ${inline(w.text)}`));
      return out;
    }
    case "public_statements":
      out.push(`## ${inline(section.heading)}`, "");
      if (section.statements.length === 0) return [...out, t("nothing_to_report")];
      for (const [i, s] of section.statements.entries()) {
        if (i === 0 || section.statements[i - 1]?.subject !== s.subject) out.push(...(i === 0 ? [] : [""]), `### ${inline(s.subject)}`, "");
        const flags = s.flags.notes.length > 0 ? ` _(${inline(flagsText(s.flags))})_` : "";
        out.push(`- ${s.status.symbol} ${inline(s.text)}${flags}`);
        for (const a of s.annotations) out.push(`  - ${t("heading_annotations")}: ${inline(a.text)}`);
      }
      return out;
    default:
      return assertNever(section, "renderMarkdown");
  }
}

function flagsText(flags: ReportFlags): string {
  return flags.notes.join(", ");
}

function annotationsList(items: readonly { a: ReportAnnotation; about: string }[], t: T): string[] {
  if (items.length === 0) return [];
  const out = ["", `**${t("heading_annotations")}:**`, ""];
  for (const { a, about } of items) {
    out.push(`- ${about === "" ? "" : `${inline(about)}: `}${inline(a.text)} (${inline(a.kindText)}, ${inline(a.whenText)})`);
  }
  return out;
}

function chart(c: ReportChart, t: T): string[] {
  // The data table folds away (GitHub renders <details>), so the text reads on without it.
  return [
    `**${inline(c.title)}** — ${inline(c.spec.description)} ${t("md_chart_note")}`,
    "",
    `<details><summary>${inline(c.table.caption)}</summary>`,
    "",
    ...table({ ...c.table, caption: "" }),
    "",
    "</details>",
  ];
}

function table(tbl: ReportTable): string[] {
  const out: string[] = [];
  if (tbl.caption !== "") out.push(`_${inline(tbl.caption)}_`, "");
  out.push(`| ${tbl.columns.map(cell).join(" | ")} |`, `|${tbl.columns.map(() => " --- ").join("|")}|`);
  for (const row of tbl.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
  return out;
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

function inline(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([\\`*_<>[\]])/g, "\\$1");
}
