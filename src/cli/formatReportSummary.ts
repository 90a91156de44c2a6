import type { Locale } from "../model/localizedText.js";
import { REPORT_PALETTE, reportLabel, type Report } from "../report/index.js";

/** The statuses a terminal summary's scorecard shows, in the order its legend names them. */
const SHOWN = ["green", "amber", "red", "no_data"] as const;

/** Renders a report's title, summary and scorecard as plain text for a terminal. */
export function formatReportSummary(report: Report, locale: Locale): string {
  const lines = [report.title, "=".repeat(Math.min(report.title.length, 100)), "", report.summary, ""];
  for (const section of report.sections) {
    if (section.kind !== "scorecard") continue;
    // The scope node's own KPIs, and the scored KPIs of the nodes right below it; a KPI without a target is not a
    // finding for a terminal summary (the reports list those).
    const rows = section.rows.filter(
      (r) => r.status.status !== "no_target" && (r.depth === 0 || (r.depth === 1 && r.status.status !== "no_data")),
    );
    const width = Math.min(48, Math.max(...rows.map((r) => r.kpiName.length), 10));
    lines.push(locale === "en" ? "Scorecard (the node itself, and scored KPIs one level below)" : "Rezultātu karte (pats mērogs un novērtētie rādītāji līmeni zemāk)");
    // The symbols' meaning: the status does not rest on colour, which a terminal may not show.
    lines.push(`  ${SHOWN.map((st) => `${REPORT_PALETTE.status[st].symbol} ${reportLabel(`status_short_${st}`, locale)}`).join("   ")}`);
    for (const r of rows) {
      const name = r.kpiName.length > width ? `${r.kpiName.slice(0, width - 1)}…` : r.kpiName.padEnd(width);
      const flags = [r.flags.partialPeriod ? "partial" : "", r.flags.provisional ? "provisional" : ""].filter((f) => f !== "").join(", ");
      lines.push(
        `  ${r.status.symbol} ${name}  ${r.valueText.padStart(12)}  ${r.targetText.padEnd(22)} ${r.scopeName}${flags === "" ? "" : `  (${flags})`}`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
