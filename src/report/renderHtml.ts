import { assertNever } from "../internal/assertNever.js";
import { renderChartSvg } from "./charts/renderChartSvg.js";
import { REPORT_PALETTE } from "./charts/reportPalette.js";
import { reportLabel } from "./reportLabel.js";
import type { ReportLabelKey } from "./reportLabels.js";
import type { Report, ReportAnnotation, ReportChart, ReportFlags, ReportSection, ReportStatus, ReportTable } from "./reportModel.js";
import { provenanceRows } from "./provenanceRows.js";

type T = (key: ReportLabelKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * Renders a report as one self-contained, accessible HTML page: inline CSS and inline SVG charts, with no network
 * reference at all, so it works opened from disk.
 *
 * @remarks
 * Charts are rendered with {@link renderChartSvg} (needs `vega` and `vega-lite`), one after another so the output is
 * deterministic. Every chart is a `<figure>` followed by a `<table>` of its data with a `<caption>`. Statuses are
 * shown by words, a shape symbol (● ▲ ■ ○) and colour; text is dark on light backgrounds (contrast above 12:1); the
 * page's `lang` is the report's locale; headings go `h1` › `h2` › `h3`. Scorecard rows carry sparklines; bullet
 * charts are drawn for the scope node's own rows.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The HTML document.
 * @throws {@link KpiError} as {@link renderChartSvg} when `vega` or `vega-lite` is missing.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({
 *   name: { lv: "Piemērs", en: "Example" },
 *   calendars: [{ timeZone: "UTC" }],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
 * });
 * const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "lv" });
 * (await renderHtml(report)).slice(0, 32);
 * //=> '<!doctype html>\n<html lang="lv">'
 * ```
 *
 * @category Report
 */
export async function renderHtml(report: Report): Promise<string> {
  const p = report.provenance;
  const t: T = (key, values = {}) => reportLabel(key, p.locale, values);
  const body: string[] = [];
  for (const section of report.sections) body.push(await renderSection(section, t));
  const provenance = table(
    {
      caption: t("heading_provenance"),
      columns: [t("col_fact"), t("col_value")],
      rows: provenanceRows(p),
    },
    "provenance",
  );
  return [
    "<!doctype html>",
    `<html lang="${p.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(report.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${esc(report.title)}</h1>`,
    `<p class="summary">${esc(report.summary)}</p>`,
    ...body,
    `<section><h2>${esc(t("heading_provenance"))}</h2>${provenance}</section>`,
    `<footer><p>${esc(t("footer", { version: p.library.version }))}</p></footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const S = REPORT_PALETTE.status;
const CSS = [
  `body{margin:0;background:#fff;color:${REPORT_PALETTE.text};font-family:${REPORT_PALETTE.font};line-height:1.45}`,
  "main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}",
  "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d9d9d9}h3{font-size:1.1rem}",
  "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}",
  "caption{text-align:left;font-weight:bold;padding:.25rem 0}",
  `th,td{border:1px solid #bfbfbf;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}`,
  "td.num{text-align:right;white-space:nowrap}",
  "figure{margin:.5rem 0}figure svg{max-width:100%;height:auto}",
  ".summary{font-size:1.05rem}",
  ".status{display:inline-block;padding:0 .35rem;border-radius:.25rem;white-space:nowrap}",
  ...(["green", "amber", "red", "no_data"] as const).map(
    (s) => `.status-${s}{background:${S[s].tint}}.status-${s} .symbol{color:${S[s].strong}}`,
  ),
  `.flags{font-style:italic;color:${REPORT_PALETTE.mutedText}}`,
  ".provenance td{font-family:monospace;word-break:break-all}",
  "details{margin:.25rem 0}",
].join("\n");

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function status(s: ReportStatus): string {
  return `<span class="status status-${s.status}"><span class="symbol" aria-hidden="true">${s.symbol}</span> ${esc(s.text)}</span>`;
}

function flags(f: ReportFlags): string {
  return f.notes.length === 0 ? "" : `<span class="flags">${esc(f.notes.join(", "))}</span>`;
}

function table(tbl: ReportTable, className = "", cells?: readonly (readonly string[])[]): string {
  const head = `<thead><tr>${tbl.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead>`;
  const rows = (cells ?? tbl.rows.map((r) => r.map(esc))).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  const caption = tbl.caption === "" ? "" : `<caption>${esc(tbl.caption)}</caption>`;
  return `<table${className === "" ? "" : ` class="${className}"`}>${caption}${head}<tbody>${rows}</tbody></table>`;
}

async function chart(c: ReportChart, level: "h3" | "h4" = "h3"): Promise<string> {
  const svg = await renderChartSvg(c.spec);
  return `<${level}>${esc(c.title)}</${level}><figure>${svg}</figure>${table(c.table)}`;
}

function annotations(items: readonly { a: ReportAnnotation; about: string }[], t: T): string {
  if (items.length === 0) return "";
  const li = items.map(({ a, about }) => {
    const when = a.until === null ? a.at.slice(0, 10) : `${a.at.slice(0, 10)} – ${a.until.slice(0, 10)}`;
    return `<li>${about === "" ? "" : `<strong>${esc(about)}:</strong> `}${esc(a.text)} (${esc(a.kindText)}, ${when})</li>`;
  });
  return `<h3>${esc(t("heading_annotations"))}</h3><ul>${li.join("")}</ul>`;
}

async function renderSection(section: ReportSection, t: T): Promise<string> {
  const h2 = `<h2>${esc(section.heading)}</h2>`;
  const none = (key: ReportLabelKey = "nothing_to_report") => `<section>${h2}<p>${esc(t(key))}</p></section>`;
  switch (section.kind) {
    case "scorecard": {
      if (section.rows.length === 0) return none();
      const parts = [h2];
      if (section.heatMap !== null) parts.push(await chart(section.heatMap));
      const columns = [t("col_scope"), t("col_kpi"), t("col_period"), t("col_value"), t("col_target"), t("col_attainment"), t("col_status"), t("col_trend"), t("col_flags")];
      const cells: string[][] = [];
      for (const r of section.rows) {
        const spark = r.sparkline === null ? "" : `<figure>${await renderChartSvg(r.sparkline.spec)}</figure>`;
        cells.push([
          `${"&nbsp;&nbsp;".repeat(r.depth)}${esc(r.scopeName)}`,
          esc(r.kpiName),
          esc(r.period),
          `${esc(r.valueText)}${spark}`,
          esc(r.targetText),
          esc(r.attainmentText),
          status(r.status),
          esc(r.trendText),
          flags(r.flags),
        ]);
      }
      parts.push(table({ caption: section.heading, columns, rows: [] }, "scorecard", cells));
      for (const r of section.rows) {
        if (r.sparkline !== null) parts.push(`<details><summary>${esc(r.sparkline.title)} — ${esc(r.scopeName)}</summary>${table(r.sparkline.table)}</details>`);
      }
      for (const r of section.rows.filter((x) => x.depth === 0 && x.bullet !== null)) parts.push(await chart(r.bullet as ReportChart));
      parts.push(annotations(section.rows.flatMap((r) => r.annotations.map((a) => ({ a, about: `${r.kpiName} — ${r.scopeName}` }))), t));
      return `<section>${parts.join("\n")}</section>`;
    }
    case "composite": {
      const rows = section.items.map((i) => [esc(i.kpiName), esc(i.scoreText), String(i.weight), esc(i.shareText), esc(i.contributionText), esc(i.excludedText)]);
      return `<section>${h2}<p><strong>${esc(section.cappedText)}</strong> ${status(section.status)}</p><p>${esc(section.explanation)}</p>${table(
        { caption: section.heading, columns: [t("col_kpi"), t("col_score"), t("col_weight"), t("col_share"), t("col_contribution"), t("col_excluded")], rows: [] },
        "",
        rows,
      )}</section>`;
    }
    case "sla": {
      if (section.objectives.length === 0) return none();
      const rows = section.objectives.map((o) => [
        esc(o.serviceName),
        esc(o.objectiveName),
        `${esc(o.window.label)}${o.partialWindow ? ` <span class="flags">${esc(t("sla_partial_window"))}</span>` : ""}`,
        esc(o.sloText),
        esc(o.attainmentText),
        status(o.status),
        esc(o.budgetText),
        esc(o.remainingText),
        esc(o.consumedText),
      ]);
      const parts = [
        h2,
        table(
          { caption: section.heading, columns: [t("col_service"), t("col_objective"), t("col_window"), t("col_slo"), t("col_delivered"), t("col_status"), t("col_budget"), t("col_remaining"), t("col_consumed")], rows: [] },
          "",
          rows,
        ),
      ];
      for (const o of section.objectives) {
        if (o.topSpenders.length > 0) {
          parts.push(table({ caption: `${o.objectiveName}: ${t("heading_top_spenders")}`, columns: [t("col_spender"), t("col_spent")], rows: o.topSpenders.map((s) => [s.id, s.spentText]) }));
        }
        if (o.burnDown !== null) parts.push(await chart(o.burnDown));
      }
      return `<section>${parts.join("\n")}</section>`;
    }
    case "movers":
      if (section.items.length === 0) return none();
      return `<section>${h2}${table(
        { caption: section.heading, columns: [t("col_scope"), t("col_kpi"), t("col_previous"), t("col_value"), t("col_change"), t("col_movement"), t("col_flags")], rows: [] },
        "",
        section.items.map((m) => [esc(m.scopeName), esc(m.kpiName), esc(m.previousText), esc(m.valueText), esc(m.changeText), esc(m.movementText), flags(m.flags)]),
      )}</section>`;
    case "driver_risks":
      if (section.items.length === 0) return none();
      return `<section>${h2}<ul>${section.items.map((i) => `<li>${esc(i.text)}</li>`).join("")}</ul></section>`;
    case "data_quality":
      if (section.warnings.length === 0) return none("quality_none");
      return `<section>${h2}<ul>${section.warnings.map((w) => `<li>${esc(w.text)}</li>`).join("")}</ul></section>`;
    case "kpi_detail": {
      const r = section.row;
      const parts = [
        h2,
        `<p>${esc(section.description)}</p>`,
        table({ caption: "", columns: [t("col_fact"), t("col_value")], rows: section.facts.map(([k, v]) => [k, v]) }),
        `<p>${esc(t("col_value"))}: <strong>${esc(r.valueText)}</strong> (${esc(r.period)}) · ${esc(t("col_target"))}: ${esc(r.targetText)} · ${status(r.status)} · ${esc(t("col_trend"))}: ${esc(r.trendText)} ${flags(r.flags)}</p>`,
        annotations(r.annotations.map((a) => ({ a, about: "" })), t),
        await chart(section.series),
        `<h3>${esc(t("heading_signals"))}</h3>`,
      ];
      if (section.controlChart === null) parts.push(`<p>${esc(t("no_control_chart"))}</p>`);
      else {
        parts.push(section.signals.length === 0 ? `<p>${esc(t("none"))}</p>` : `<ul>${section.signals.map((s) => `<li><span aria-hidden="true">◆</span> ${esc(s.text)}</li>`).join("")}</ul>`);
        parts.push(await chart(section.controlChart, "h4"));
      }
      parts.push(`<h3>${esc(t("heading_forecast"))}</h3><p>${esc(section.forecastText ?? t("no_forecast"))}</p>`);
      parts.push(
        `<h3>${esc(t("heading_procedure"))}</h3><ol>${section.procedure.steps.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>`,
        `<p>${esc(t("fact_data_source"))}: ${esc(section.procedure.dataSource ?? "—")} · ${esc(t("fact_collection"))}: ${esc(section.procedure.collectionText)}</p>`,
      );
      if (section.quality.length > 0) parts.push(`<ul>${section.quality.map((w) => `<li>${esc(w.text)}</li>`).join("")}</ul>`);
      return `<section>${parts.join("\n")}</section>`;
    }
    case "public_statements": {
      if (section.statements.length === 0) return none();
      const li = section.statements.map((s) => {
        const notes = s.annotations.length === 0 ? "" : `<ul>${s.annotations.map((a) => `<li>${esc(t("heading_annotations"))}: ${esc(a.text)}</li>`).join("")}</ul>`;
        return `<li>${status(s.status)} ${esc(s.text)} ${flags(s.flags)}${notes}</li>`;
      });
      return `<section>${h2}<ul class="statements">${li.join("")}</ul></section>`;
    }
    default:
      return assertNever(section, "renderHtml");
  }
}
