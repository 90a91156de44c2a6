import { assertNever } from "../internal/assertNever.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { renderChartSvg as renderFullSvg } from "./charts/renderChartSvg.js";
import type { VegaLiteSpec } from "./charts/vegaLiteSpec.js";
import { compactSvg } from "./_lib/compactSvg.js";
import { REPORT_PALETTE } from "./charts/reportPalette.js";
import { reportLabel } from "./reportLabel.js";
import type { ReportLabelKey } from "./reportLabels.js";
import type { Report, ReportAnnotation, ReportAudience, ReportChart, ReportFlags, ReportScorecardRow, ReportSection, ReportStatus, ReportTable } from "./reportModel.js";
import { provenanceRows } from "./_lib/provenanceRows.js";
import { groupScorecardRows } from "./_lib/groupScorecardRows.js";
import { changeText, leftOut, offTargetText, slaText, statusCountText, type T } from "./_lib/summaryTexts.js";

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
 * @throws {@link KpiError} as {@link renderChartSvg} when `vega` or `vega-lite` is missing;
 * `invalid_argument` for a missing or wrong-shaped report: `report` or `report.provenance`
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
 * const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "lv" });
 * (await renderHtml(report)).slice(0, 32);
 * //=> '<!doctype html>\n<html lang="lv">'
 * ```
 *
 * @category Report
 */
export async function renderHtml(report: Report): Promise<string> {
  requireObject(report, "renderHtml", "report");
  requireObject(report.provenance, "renderHtml", "report.provenance", ["provenance"]);
  requireArray(report.sections, "renderHtml", "report.sections", ["sections"]);
  report.sections.forEach((section, i) => requireObject(section, "renderHtml", `report.sections[${i}]`, ["sections", i]));
  const p = report.provenance;
  const t: T = (key, values = {}) => reportLabel(key, p.locale, values);
  const body: string[] = [];
  for (const section of report.sections) body.push(await renderSection(section, t, p.audience));
  const { defs, html: shared } = shareSymbols(body.join("\n"));
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
    // A report that opens with its summary section says the one-sentence summary there.
    ...(report.sections[0]?.kind === "summary" ? [] : [`<p class="summary">${esc(report.summary)}</p>`]),
    defs,
    shared,
    "</main>",
    `<footer><details><summary>${esc(t("provenance_summary"))}</summary>${provenance}</details><p>${esc(t("footer", { version: p.library.version }))}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The font, size and colour of most chart texts, set once by the page's CSS (see chartConfig). */
const SVG_TEXT = { font: REPORT_PALETTE.font, size: "11px", color: REPORT_PALETTE.text, anchor: "end", lineColor: REPORT_PALETTE.mutedText } as const;

/** A chart as a compact inline SVG (the page's CSS sets the font of its texts). */
async function renderChartSvg(spec: VegaLiteSpec): Promise<string> {
  return compactSvg(await renderFullSvg(spec), SVG_TEXT);
}

/** How many items a list of the management summary shows. */
const SUMMARY_ITEMS = 5;

const S = REPORT_PALETTE.status;
const CSS = [
  `body{margin:0;background:#fff;color:${REPORT_PALETTE.text};font-family:${REPORT_PALETTE.font};line-height:1.45}`,
  "main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}",
  "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d9d9d9}h3{font-size:1.1rem}",
  "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}",
  "caption{text-align:left;font-weight:bold;padding:.25rem 0;white-space:nowrap}",
  `th,td{border:1px solid #bfbfbf;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}`,
  "td.num{text-align:right;white-space:nowrap}",
  // The scored tables of every scope line up: one width, the same columns.
  "table.scored{width:100%;table-layout:fixed}",
  ...[25, 8, 12, 12, 8, 17, 10, 8].map((w, i) => `table.scored th:nth-child(${i + 1}){width:${w}%}`),
  "table.scored .status{white-space:normal}table.scored td{overflow-wrap:anywhere}",
  "figure{margin:.5rem 0}figure svg{max-width:100%;height:auto}",
  `svg text{font-family:${SVG_TEXT.font};font-size:${SVG_TEXT.size};fill:${SVG_TEXT.color};text-anchor:${SVG_TEXT.anchor}}svg line{stroke:${SVG_TEXT.lineColor}}`,
  ".summary{font-size:1.05rem}",
  ".status{display:inline-block;padding:0 .35rem;border-radius:.25rem;white-space:nowrap}",
  "footer{max-width:72rem;margin:0 auto;padding:0 1.25rem 2rem;border-top:2px solid #d9d9d9}",
  ".counts td{text-align:right}.counts td:first-child{text-align:left}",
  ...(["green", "amber", "red", "no_data", "no_target"] as const).map(
    (s) => `.status-${s}{background:${S[s].tint}}.status-${s} .symbol{color:${S[s].strong}}`,
  ),
  `.flags{font-style:italic;color:${REPORT_PALETTE.mutedText}}`,
  ".provenance td{font-family:monospace;word-break:break-all}",
  "details{margin:.25rem 0}summary{cursor:pointer}",
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
  ".answer ul{padding-left:1.2rem;margin:.25rem 0}.answer li{margin:.2rem 0}",
  ".answer{background:#f7f9fb;border:1px solid #d9d9d9;padding:0 1rem 1rem}",
  ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(26rem,1fr));gap:0 1.5rem}",
].join("\n");

/**
 * Draws the point symbols that many charts repeat (the same path at many places) once, in a hidden SVG at the top of
 * the page, and places them with `<use>`: the page shares its chart shapes instead of repeating them.
 */
function shareSymbols(html: string): { defs: string; html: string } {
  const symbol = /<path transform="(translate\([^)]*\))" d="([^"]+)"([^>]*)\/>/g;
  const counts = new Map<string, number>();
  for (const m of html.matchAll(symbol)) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const [d, n] of counts) if (n >= 3) ids.set(d, `m${ids.size}`);
  if (ids.size === 0) return { defs: "", html };
  const defs = `<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false"><defs>${[...ids]
    .map(([d, id]) => `<path id="${id}" d="${d}"/>`)
    .join("")}</defs></svg>`;
  return {
    defs,
    html: html.replace(symbol, (whole, transform: string, d: string, rest: string) => {
      const id = ids.get(d);
      return id === undefined ? whole : `<use href="#${id}" transform="${transform}"${rest}/>`;
    }),
  };
}

/** The id of a KPI detail section, for links between sections (ids may hold any character but spaces). */
function detailId(kpiId: string, scopeId: string): string {
  return esc(`detail-${kpiId}-${scopeId}`.replace(/\s/g, "_"));
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function status(s: ReportStatus): string {
  return `<span class="status status-${s.status}"><span class="symbol" aria-hidden="true">${s.symbol}</span> ${esc(s.text)}</span>`;
}

/** A status as its symbol on its tint, with the words for screen readers only (in lists that name it again). */
function statusMark(s: ReportStatus): string {
  return `<span class="status status-${s.status}"><span class="symbol" aria-hidden="true">${s.symbol}</span><span class="sr"> ${esc(s.text)}</span></span>`;
}

function flags(f: ReportFlags): string {
  return f.notes.length === 0 ? "" : `<span class="flags">${esc(f.notes.join(", "))}</span>`;
}

function table(tbl: ReportTable, className = "", cells?: readonly (readonly string[])[]): string {
  const head = `<thead><tr>${tbl.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("")}</tr></thead>`;
  const rows = (cells ?? tbl.rows.map((r) => r.map(esc))).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  // A table under a heading that names it keeps its caption for screen readers only.
  const captionClass = className.includes("scored") ? ' class="sr"' : "";
  const caption = tbl.caption === "" ? "" : `<caption${captionClass}>${esc(tbl.caption)}</caption>`;
  return `<table${className === "" ? "" : ` class="${className}"`}>${caption}${head}<tbody>${rows}</tbody></table>`;
}

/** The chart's data table, folded away under its caption. */
function chartTable(c: ReportChart): string {
  return `<details><summary>${esc(c.table.caption)}</summary>${table({ ...c.table, caption: "" })}</details>`;
}

async function chart(c: ReportChart, level: "h3" | "h4" = "h3"): Promise<string> {
  const svg = await renderChartSvg(c.spec);
  return `<${level}>${esc(c.title)}</${level}><figure>${svg}</figure>${chartTable(c)}`;
}

function annotations(items: readonly { a: ReportAnnotation; about: string }[], t: T): string {
  if (items.length === 0) return "";
  const li = items.map(({ a, about }) => {
    return `<li>${about === "" ? "" : `<strong>${esc(about)}:</strong> `}${esc(a.text)} (${esc(a.kindText)}, ${esc(a.whenText)})</li>`;
  });
  return `<h3>${esc(t("heading_annotations"))}</h3><ul>${li.join("")}</ul>`;
}

async function renderSection(section: ReportSection, t: T, audience: ReportAudience): Promise<string> {
  const h2 = `<h2>${esc(section.heading)}</h2>`;
  const none = (key: ReportLabelKey = "nothing_to_report") => `<section>${h2}<p>${esc(t(key))}</p></section>`;
  switch (section.kind) {
    case "scorecard": {
      if (section.rows.length === 0) return none();
      const parts = [h2];
      if (section.heatMap !== null) parts.push(await chart(section.heatMap));
      const { scopes, noTarget } = groupScorecardRows(section.rows);
      // The technical report draws each row's full series in its detail section: no sparklines there.
      const spark = async (r: ReportScorecardRow) =>
        r.sparkline === null || audience === "technical"
          ? ""
          : `<figure>${await renderChartSvg(r.sparkline.spec)}</figure><details><summary>${esc(t("sparkline_data"))}</summary>${table({ ...r.sparkline.table, caption: "" })}</details>`;
      const columns = [t("col_kpi"), t("col_period"), t("col_value"), t("col_target"), t("col_attainment"), t("col_status"), t("col_trend"), t("col_flags")];
      for (const g of scopes) {
        const cells: string[][] = [];
        for (const r of g.rows) {
          cells.push([esc(r.kpiName), esc(r.period), `${esc(r.valueText)}${await spark(r)}`, esc(r.targetText), esc(r.attainmentText), status(r.status), esc(r.trendText), flags(r.flags)]);
        }
        parts.push(`<h3>${esc(g.scopeName)}</h3>`, table({ caption: `${section.heading}: ${g.scopeName}`, columns, rows: [] }, "scorecard scored", cells));
      }
      if (noTarget.length > 0) {
        const cells: string[][] = [];
        // For information only: compact rows (the trend in words, no sparkline).
        for (const r of noTarget) cells.push([esc(r.scopeName), esc(r.kpiName), esc(r.period), esc(r.valueText), esc(r.trendText), flags(r.flags)]);
        parts.push(
          `<h3>${esc(t("heading_no_target"))}</h3><p>${esc(t("no_target_note"))}</p>`,
          table({ caption: t("heading_no_target"), columns: [t("col_scope"), t("col_kpi"), t("col_period"), t("col_value"), t("col_trend"), t("col_flags")], rows: [] }, "scorecard", cells),
        );
      }
      for (const r of section.rows.filter((x) => x.depth === 0 && x.bullet !== null)) parts.push(await chart(r.bullet as ReportChart));
      parts.push(annotations(section.rows.flatMap((r) => r.annotations.map((a) => ({ a, about: `${r.kpiName} — ${r.scopeName}` }))), t));
      return `<section>${parts.join("\n")}</section>`;
    }
    case "summary": {
      const statuses = ["green", "amber", "red", "no_data", "no_target"] as const;
      const counts = table(
        {
          caption: t("summary_status_counts"),
          columns: [t("col_scope"), ...statuses.map((st) => `${REPORT_PALETTE.status[st].symbol} ${t(`status_short_${st}`)}`)],
          rows: [],
        },
        "counts",
        section.statusCounts.map((c, i) => [
          `${i === 0 ? "" : "&nbsp;&nbsp;"}${esc(c.scopeName)}`,
          ...statuses.map((st) => esc(statusCountText(c, st, t))),
        ]),
      );
      const list = (items: readonly string[], empty: string) => (items.length === 0 ? `<p>${esc(empty)}</p>` : `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`);
      return `<section class="answer">${h2}<p class="summary">${esc(section.text)}</p>${counts}<div class="grid"><div><h3>${esc(t("summary_off_target"))}</h3>${list(
        section.offTarget.map((r) => `${statusMark(r.status)} ${esc(offTargetText(r, t))}`),
        t("summary_off_target_none"),
      )}</div><div><h3>${esc(t("summary_sla"))}</h3>${list(
        section.slaAtRisk.map((o) => `${statusMark(o.status)} ${esc(slaText(o, t))}`),
        t(section.slaObjectiveCount === 0 ? "summary_sla_no_objectives" : "summary_sla_none"),
      )}</div><div><h3>${esc(t("summary_changes"))}</h3>${list(
        section.changes.map((m) => `${esc(changeText(m, t))} ${flags(m.flags)}`),
        t("nothing_to_report"),
      )}</div><div><h3>${esc(t("summary_quality"))}</h3>${list(
        // One screen: the first five, and how many more the data-quality section lists.
        [
          ...section.quality.slice(0, SUMMARY_ITEMS).map((w) => esc(w.text)),
          ...(section.quality.length > SUMMARY_ITEMS ? [esc(t("summary_more", { n: section.quality.length - SUMMARY_ITEMS }))] : []),
        ],
        t("quality_none"),
      )}</div></div></section>`;
    }
    case "composite": {
      // The KPIs that count, in a table; those left out, named in one sentence with the reason.
      const counted = section.items.filter((i) => i.excluded === null);
      const rows = counted.map((i) => [esc(i.kpiName), esc(i.scoreText), String(i.weight), esc(i.shareText), esc(i.contributionText)]);
      return `<section>${h2}<p><strong>${esc(section.cappedText)}</strong> ${status(section.status)}</p><p>${esc(section.explanation)}</p>${
        counted.length === 0
          ? ""
          : table({ caption: section.heading, columns: [t("col_kpi"), t("col_score"), t("col_weight"), t("col_share"), t("col_contribution")], rows: [] }, "", rows)
      }${leftOut(section.items, t, "html", esc)}</section>`;
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
        // Outage and ticket ids are for the technical teams, not for a manager or the public.
        if (o.topSpenders.length > 0 && audience === "technical") {
          parts.push(table({ caption: `${o.objectiveName}: ${t("heading_top_spenders")}`, columns: [t("col_spender"), t("col_spent")], rows: o.topSpenders.map((s) => [s.id, s.spentText]) }));
        }
        if (o.burnDown !== null) parts.push(await chart(o.burnDown));
      }
      return `<section>${parts.join("\n")}</section>`;
    }
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
        section.kpiDescribedAbove
          ? `<p>${esc(t("kpi_described_above"))}</p>`
          : `<p>${esc(section.description)}</p>${table({ caption: "", columns: [t("col_fact"), t("col_value")], rows: section.facts.map(([k, v]) => [k, v]) })}`,
        `<p>${esc(t("col_value"))}: <strong>${esc(r.valueText)}</strong> (${esc(r.period)}) · ${esc(t("col_target"))}: ${esc(r.targetText)} · ${status(r.status)} · ${esc(t("col_trend"))}: ${esc(r.trendText)} ${flags(r.flags)}</p>`,
        annotations(r.annotations.map((a) => ({ a, about: "" })), t),
      ];
      const same = section.sameSeriesAs;
      if (same !== null) {
        parts.push(`<p><a href="#${detailId(section.kpiId, same.scopeId)}">${esc(t("same_series_note", { scope: same.scopeName }))}</a></p>`);
      } else {
        parts.push(await chart(section.series), `<h3>${esc(t("heading_signals"))}</h3>`);
        if (section.controlChart === null) parts.push(`<p>${esc(t("no_control_chart"))}</p>`);
        else {
          parts.push(section.signals.length === 0 ? `<p>${esc(t("none"))}</p>` : `<ul>${section.signals.map((s) => `<li><span aria-hidden="true">◆</span> ${esc(s.text)}</li>`).join("")}</ul>`);
          parts.push(await chart(section.controlChart, "h4"));
        }
        parts.push(`<h3>${esc(t("heading_forecast"))}</h3><p>${esc(section.forecastText ?? t("no_forecast"))}</p>`);
      }
      if (!section.kpiDescribedAbove) {
        parts.push(
          `<h3>${esc(t("heading_procedure"))}</h3>`,
          `<ol>${section.procedure.steps.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>`,
          `<p>${esc(t("fact_data_source"))}: ${esc(section.procedure.dataSource ?? "—")} · ${esc(t("fact_collection"))}: ${esc(section.procedure.collectionText)}</p>`,
        );
      }
      if (section.quality.length > 0) parts.push(`<ul>${section.quality.map((w) => `<li>${esc(w.text)}</li>`).join("")}</ul>`);
      return `<section id="${detailId(section.kpiId, section.scopeId)}">${parts.join("\n")}</section>`;
    }
    case "public_statements": {
      if (section.statements.length === 0) return none();
      // Grouped under what they are about; the verdict is in the words, so the status is its symbol on its tint.
      const parts = [h2];
      let subject = "";
      let items: string[] = [];
      const flush = () => {
        if (items.length > 0) parts.push(`<h3>${esc(subject)}</h3><ul class="statements">${items.join("")}</ul>`);
        items = [];
      };
      for (const s of section.statements) {
        if (s.subject !== subject) {
          flush();
          subject = s.subject;
        }
        const notes = s.annotations.length === 0 ? "" : `<ul>${s.annotations.map((a) => `<li>${esc(t("heading_annotations"))}: ${esc(a.text)}</li>`).join("")}</ul>`;
        items.push(`<li>${statusMark(s.status)} ${esc(s.text)} ${flags(s.flags)}${notes}</li>`);
      }
      flush();
      return `<section>${parts.join("")}</section>`;
    }
    default:
      return assertNever(section, "renderHtml");
  }
}
