import type { Locale } from "../model/localizedText.js";
import type { Measurement } from "../model/measurement.js";
import type { Workspace } from "../model/workspace.js";
import { labelOf } from "../model/labels.js";
import { toEpochMs } from "../model/toEpochMs.js";
import { KpiError, isKpiError } from "../errors.js";
import { changeOverPeriod } from "../aggregate/changeOverPeriod.js";
import { assessDataQuality } from "../quality/assessDataQuality.js";
import { effectiveMeasurements } from "../quality/effectiveMeasurements.js";
import { checkMeasurementBatch } from "../model/_lib/checkMeasurementBatch.js";
import { buildScorecard } from "../score/buildScorecard.js";
import { ragStatus } from "../score/ragStatus.js";
import { scoreComposite, type CompositeItem } from "../score/scoreComposite.js";
import type { Ticket } from "../sla/ticket.js";
import { nextPeriod } from "../time/nextPeriod.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { periodCoverage } from "../time/periodCoverage.js";
import type { Period } from "../time/period.js";
import { assessDriverLink } from "../trend/assessDriverLink.js";
import { linearForecast } from "../trend/linearForecast.js";
import { xmrChart } from "../trend/xmrChart.js";
import { controlChartSpec } from "./charts/controlChartSpec.js";
import { scopeHeatMapSpec } from "./charts/scopeHeatMapSpec.js";
import { seriesChartSpec } from "./charts/seriesChartSpec.js";
import { collectKpiSeries, type KpiSeries } from "./_lib/collectKpiSeries.js";
import { composeRows, percent, signedPercent, type ComposedRow } from "./_lib/composeRows.js";
import { composeSla, type ComposedObjective, type ReportOutage } from "./composeSla.js";
import { formatValue, unitName } from "./formatValue.js";
import { LIBRARY_VERSION } from "./_lib/libraryVersion.js";
import { createReportContext, type ReportContext } from "./_lib/reportContext.js";
import type {
  Report,
  ReportAudience,
  ReportChart,
  ReportCompositeSection,
  ReportDriverRisk,
  ReportKpiDetailSection,
  ReportMover,
  ReportQualityWarning,
  ReportSection,
  ReportSignal,
  ReportStatement,
  ReportStatusCount,
  ReportStatusValue,
  ReportSummarySection,
} from "./reportModel.js";
import { digestSha256 } from "./digestSha256.js";
import { toCanonicalJson } from "./toCanonicalJson.js";
import { phaseStartsFromAnnotations } from "../trend/phaseStartsFromAnnotations.js";

/** Options for {@link buildReport}. @category Report */
export interface BuildReportOptions {
  /** Who the report is for. */
  readonly audience: ReportAudience;
  /** The id of the scope node reported on (it and every node below it). */
  readonly scope: string;
  /** The period label, e.g. `2026-03`, `2026-Q1`, `2026` (see `parsePeriod`), in the workspace's default calendar. */
  readonly period: string;
  /** "Now": epoch ms or an ISO-8601 instant with `Z` or an offset. Records and corrections recorded later are left out. */
  readonly asOf: number | string;
  /** The report's language. */
  readonly locale: Locale;
  /**
   * Outages for availability objectives (epoch ms); one without `serviceId` counts for every service's SLA terms.
   * @defaultValue `[]`
   */
  readonly outages?: readonly ReportOutage[] | undefined;
  /**
   * Tickets for response- and resolution-time objectives (epoch ms).
   * @defaultValue `[]`
   */
  readonly tickets?: readonly Ticket[] | undefined;
  /**
   * How many periods the series (sparklines, trends, control charts) hold, ending with the report's period.
   * @defaultValue 12
   */
  readonly seriesPeriods?: number | undefined;
}

const AUDIENCES: readonly ReportAudience[] = ["management", "technical", "public"];
const MOVERS = 5;

/**
 * Builds an audience-tailored report for a scope node and period: a JSON-serialisable {@link Report} composed from
 * kpi-kit's aggregation, scoring, SLA, trend and data-quality functions.
 *
 * @remarks
 * The measurements in effect as known at `asOf` (`effectiveMeasurements` with `asKnownAt`, records after `asOf`
 * left out) are aggregated per KPI, node and period (`aggregateRows`, `rollUpScopes`); a KPI measured less often
 * than the report's grain is shown at its own grain. Each row is scored with `buildScorecard` (targets inherited from
 * ancestors, cumulative targets pro-rated in an incomplete period) and judged with `trendVerdict`.
 * - `management`: scope-tree heat map and scorecard, the composite of the scope node (`scoreComposite`), SLA
 *   objectives (`evaluateSla` over each objective's window), the biggest movers (`changeOverPeriod`), driver KPIs
 *   that hurt their outcomes (`assessDriverLink`), and data-quality warnings (`assessDataQuality`);
 * - `technical`: the scorecard, SLA objectives with budget burn-downs and the outages or tickets that spent them,
 *   and per KPI and node the series with its target line, the control chart of the current phase (`xmrChart`,
 *   phases split at `process_change` annotations) with its Nelson signals, a linear forecast (`linearForecast`),
 *   data-quality findings and the documented measurement procedure;
 * - `public`: plain-language statements on satisfaction, processing times and the service levels promised against
 *   those delivered.
 * Every chart is carried as a Vega-Lite specification with its data as a table. Partial periods and provisional or
 * estimated data are flagged on every number; annotations sit next to the rows they explain. No clock and no
 * randomness are read, and everything is sorted, so the same inputs give the same JSON, byte for byte.
 *
 * @param workspace - A parsed workspace.
 * @param measurements - Parsed measurements (any order; all of them are digested).
 * @param options - See {@link BuildReportOptions}.
 * @returns The report.
 * @throws {@link KpiError} `invalid_argument` (path `["options", "audience" | "locale" | "asOf" | "seriesPeriods"]`)
 * for a bad option; `non_finite` (path `["options", "asOf"]`); `unknown_reference` (path `["options", "scope"]`) for
 * a scope id not in the workspace; `invalid_period` (path `["options", "period"]`) for a bad period label; every error
 * of `parseMeasurements`' checks against the workspace, with path `["measurements", i, field]` (unknown KPI or
 * subject, a record that does not fit its KPI's measure, a survey answer off the scale, duplicate ids, unsound
 * corrections); and the errors of the composed functions.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({
 *   name: { lv: "Piemērs", en: "Example" },
 *   calendars: [{ timeZone: "UTC" }],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
 * });
 * const report = buildReport(workspace, [], {
 *   audience: "management", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "en",
 * });
 * [report.title, report.provenance.measurementCount];
 * //=> ["Latvia, March 2026 — report for management", 0]
 * ```
 *
 * @category Report
 */
export function buildReport(workspace: Workspace, measurements: readonly Measurement[], options: BuildReportOptions): Report {
  const where = "buildReport";
  const { audience, locale } = options;
  if (!AUDIENCES.includes(audience)) {
    throw new KpiError("invalid_argument", `${where}: audience must be management, technical or public`, { path: ["options", "audience"] });
  }
  if (locale !== "lv" && locale !== "en") {
    throw new KpiError("invalid_argument", `${where}: locale must be "lv" or "en"`, { path: ["options", "locale"] });
  }
  const asOf = typeof options.asOf === "string" ? toEpochMs(options.asOf) : options.asOf;
  if (asOf === null) {
    throw new KpiError("invalid_argument", `${where}: asOf is not an ISO-8601 instant with Z or an offset`, { path: ["options", "asOf"] });
  }
  if (typeof asOf !== "number" || !Number.isFinite(asOf)) {
    throw new KpiError("non_finite", `${where}: asOf must be a finite instant`, { path: ["options", "asOf"] });
  }
  const seriesPeriods = options.seriesPeriods ?? 12;
  if (!Number.isInteger(seriesPeriods) || seriesPeriods < 1 || seriesPeriods > 120) {
    throw new KpiError("invalid_argument", `${where}: seriesPeriods must be a whole number from 1 to 120`, {
      path: ["options", "seriesPeriods"],
    });
  }
  const scope = workspace.scopes.find((s) => s.id === options.scope);
  if (scope === undefined) {
    throw new KpiError("unknown_reference", `${where}: scope "${options.scope}" is not a node of the workspace`, { path: ["options", "scope"] });
  }
  const calendar = workspace.calendars.find((c) => c.id === workspace.defaultCalendarId) ?? workspace.calendars[0];
  if (calendar === undefined) {
    throw new KpiError("invalid_argument", `${where}: the workspace has no calendar`, { path: ["workspace", "calendars"] });
  }
  let period: Period;
  try {
    period = parsePeriod(options.period, undefined, calendar);
  } catch (cause) {
    if (isKpiError(cause, "invalid_period")) {
      throw new KpiError("invalid_period", `${where}: ${cause.message}`, { path: ["options", "period"], cause });
    }
    throw cause;
  }
  const outages = options.outages ?? [];
  const tickets = options.tickets ?? [];

  // The checks of parseMeasurements (one check path): a record that validates never fails here, and a record of an
  // unknown KPI or subject, or one that does not fit its KPI's measure, is never silently left out of a figure.
  checkMeasurementBatch(measurements, workspace, where, ["measurements"]);
  const known = effectiveMeasurements(measurements, { asKnownAt: asOf }).effective.filter((m) => m.at <= asOf);
  const ctx = createReportContext(workspace, scope, calendar, period, asOf, locale);
  const allSeries = collectKpiSeries(known, workspace.kpis, workspace.scopes, period, seriesPeriods, calendar);
  const rows = composeRows(ctx, allSeries);
  const objectives = composeSla(ctx, outages, tickets, audience === "technical");

  const sections: ReportSection[] = [];
  const scorecard = (): ReportSection => ({
    kind: "scorecard",
    heading: ctx.text("heading_scorecard"),
    rows: rows.map((r) => r.view),
    heatMap: heatMap(ctx, rows),
  });
  const sla = (): ReportSection => ({ kind: "sla", heading: ctx.text("heading_sla"), objectives: objectives.map((o) => o.view) });
  const counts = statusCounts(rows.map((r) => r.view.status.status));
  const summaryText = ctx.text("report_summary", {
    period: ctx.periodName(period.label),
    ...counts,
    breached: objectives.filter((o) => o.result.met === false).length,
    objectives: objectives.length,
  });
  switch (audience) {
    case "management": {
      // The answer first (a one-screen summary), then the details it is drawn from.
      const warnings = quality(ctx, known, allSeries);
      const changes = movers(ctx, rows);
      sections.push(
        summary(ctx, rows, objectives, changes, warnings, summaryText),
        scorecard(),
        composite(ctx, rows),
        sla(),
        { kind: "driver_risks", heading: ctx.text("heading_driver_risks"), items: driverRisks(ctx, allSeries) },
        { kind: "data_quality", heading: ctx.text("heading_data_quality"), warnings },
      );
      break;
    }
    case "technical": {
      const warnings = quality(ctx, known, allSeries);
      sections.push(scorecard(), sla(), ...details(ctx, rows, warnings), {
        kind: "data_quality",
        heading: ctx.text("heading_data_quality"),
        warnings,
      });
      break;
    }
    case "public":
      sections.push({ kind: "public_statements", heading: ctx.text("heading_public"), statements: statements(ctx, rows, objectives) });
      break;
  }

  const coverage = periodCoverage(period, asOf);
  const sortedMeasurements = [...measurements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: "kpi-kit-report",
    formatVersion: 1,
    provenance: {
      library: { name: "kpi-kit", version: LIBRARY_VERSION },
      asOf: ctx.iso(asOf),
      period: { label: period.label, start: ctx.iso(period.start), end: ctx.iso(period.end), complete: coverage.complete },
      audience,
      scope: { id: scope.id, name: scope.name[locale] },
      calendar: { id: calendar.id, timeZone: calendar.timeZone },
      locale,
      definitionsDigest: digestSha256(toCanonicalJson(workspace)),
      measurementsDigest: digestSha256(toCanonicalJson(sortedMeasurements)),
      measurementCount: measurements.length,
      effectiveMeasurementCount: known.length,
      eventsDigest: outages.length + tickets.length === 0 ? null : digestSha256(toCanonicalJson({ outages, tickets })),
    },
    title: ctx.text("report_title", {
      scope: scope.name[locale],
      period: ctx.periodName(period.label),
      audience: labelOf("audience", audience, locale),
    }),
    summary: audience === "public" ? ctx.text("public_intro", { scope: scope.name[locale], period: ctx.periodName(period.label) }) : summaryText,
    sections,
  };
}

function compositeOf(rows: readonly ComposedRow[]) {
  const items: CompositeItem[] = rows.map((r) => ({
    kpiId: r.view.kpiId,
    score: r.scorecard.attainment,
    weight: 1,
    missing: r.scorecard.gap === "no_target" || r.scorecard.gap === "no_data" ? r.scorecard.gap : undefined,
  }));
  return scoreComposite(items);
}

/** The rows of a node, or, when it has none, the rows of every node below it. */
function rowsFor(ctx: ReportContext, rows: readonly ComposedRow[], nodeId: string): ComposedRow[] {
  const own = rows.filter((r) => r.view.scopeId === nodeId);
  if (own.length > 0) return own;
  const below = new Set<string>();
  for (const s of ctx.workspace.scopes) {
    let p: string | null = s.parentId;
    while (p !== null) {
      if (p === nodeId) {
        below.add(s.id);
        break;
      }
      p = ctx.nodeById.get(p)?.parentId ?? null;
    }
  }
  return rows.filter((r) => below.has(r.view.scopeId));
}

function statusCounts(statuses: readonly ReportStatusValue[]): Record<ReportStatusValue, number> {
  const counts: Record<ReportStatusValue, number> = { green: 0, amber: 0, red: 0, no_data: 0, no_target: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

/** The ids of a node and every node below it. */
function subtreeOf(ctx: ReportContext, nodeId: string): Set<string> {
  const ids = new Set<string>([nodeId]);
  for (const { node } of ctx.subtree) if (node.parentId !== null && ids.has(node.parentId)) ids.add(node.id);
  return ids;
}

function summary(
  ctx: ReportContext,
  rows: readonly ComposedRow[],
  objectives: readonly ComposedObjective[],
  changes: readonly ReportMover[],
  warnings: readonly ReportQualityWarning[],
  text: string,
): ReportSummarySection {
  const top = ctx.subtree.filter((s) => s.depth <= 1);
  const statusCountsOf = top.map(({ node }): ReportStatusCount => {
    const ids = subtreeOf(ctx, node.id);
    return {
      scopeId: node.id,
      scopeName: ctx.nodeName(node.id),
      counts: statusCounts(rows.filter((r) => ids.has(r.view.scopeId)).map((r) => r.view.status.status)),
    };
  });
  // Off target: red before amber, then the lowest attainment; ties in scorecard order.
  const rank = { red: 0, amber: 1 } as const;
  const offTarget = rows
    .map((r) => r.view)
    .filter((v) => v.status.status === "red" || v.status.status === "amber")
    .map((v, i) => ({ v, i }))
    .sort(
      (a, b) =>
        rank[a.v.status.status as "red" | "amber"] - rank[b.v.status.status as "red" | "amber"] ||
        (a.v.attainment ?? 0) - (b.v.attainment ?? 0) ||
        a.i - b.i,
    )
    .slice(0, 5)
    .map(({ v }) => v);
  const shown = new Set(rows.filter((r) => r.view.value !== null).map((r) => `${r.view.kpiId}|${r.view.scopeId}`));
  return {
    kind: "summary",
    heading: ctx.text("heading_summary"),
    text,
    statusCounts: statusCountsOf,
    changes,
    slaObjectiveCount: objectives.length,
    slaAtRisk: objectives.filter((o) => o.result.met === false || (o.result.consumedFraction ?? 0) >= 0.75).map((o) => o.view),
    offTarget,
    // What makes this period's figures less certain; missing earlier periods (incomplete) weaken only the trends.
    quality: warnings.filter((w) => w.issue !== "incomplete" && shown.has(`${w.kpiId}|${w.subjectId}`)),
  };
}

function heatMap(ctx: ReportContext, rows: readonly ComposedRow[]): ReportChart | null {
  if (ctx.subtree.length < 2) return null;
  const nodes = ctx.subtree.map(({ node, depth }) => {
    const own = rowsFor(ctx, rows, node.id);
    // A node whose rows all lack a target has nothing to score: "no target", not "no data".
    const status: ReportStatusValue =
      own.length === 0
        ? "no_data"
        : own.every((r) => r.scorecard.gap === "no_target")
          ? "no_target"
          : ragStatus(compositeOf(own).capped);
    return { label: ctx.nodeName(node.id), status, depth };
  });
  const title = ctx.text("chart_title_heat_map");
  return {
    kind: "heat_map",
    title,
    spec: scopeHeatMapSpec(nodes, { locale: ctx.locale }),
    table: {
      caption: ctx.text("chart_table_caption", { title }),
      columns: [ctx.text("col_scope"), ctx.text("chart_level"), ctx.text("col_status")],
      rows: nodes.map((n) => [n.label, String(n.depth), `${ctx.status(n.status).symbol} ${ctx.status(n.status).text}`]),
    },
  };
}

function composite(ctx: ReportContext, rows: readonly ComposedRow[]): ReportCompositeSection {
  const used = rowsFor(ctx, rows, ctx.scope.id);
  const result = compositeOf(used);
  const excluded = result.items.filter((i) => i.excluded !== null).length;
  return {
    kind: "composite",
    heading: ctx.text("heading_composite"),
    raw: result.raw,
    capped: result.capped,
    cappedText: percent(ctx, result.capped),
    rawText: percent(ctx, result.raw),
    status: ctx.status(ragStatus(result.capped)),
    explanation: ctx.text("composite_explanation", {
      n: result.items.length - excluded,
      excluded,
      raw: percent(ctx, result.raw),
    }),
    items: result.items.map((i, k) => ({
      kpiId: i.kpiId,
      kpiName:
        used[k] !== undefined && used[k].view.scopeId !== ctx.scope.id
          ? `${ctx.kpiName(i.kpiId)} — ${used[k].view.scopeName}`
          : ctx.kpiName(i.kpiId),
      scoreText: percent(ctx, i.score),
      weight: i.weight,
      shareText: percent(ctx, i.normalisedWeight),
      contributionText: percent(ctx, i.cappedContribution),
      excluded: i.excluded,
      excludedText: i.excluded === null ? "" : ctx.text(`excluded_${i.excluded}`),
    })),
  };
}

function movers(ctx: ReportContext, rows: readonly ComposedRow[]): ReportMover[] {
  const found: ReportMover[] = [];
  for (const r of rows) {
    const direction = r.series.kpi.direction;
    if (direction === "target_band") continue;
    const changes = changeOverPeriod(r.series.periods.map((p, i) => ({ period: p.label, value: r.values[i] ?? null })));
    const last = changes[changes.length - 1];
    if (last === undefined || last.relativeChange === null || last.relativeChange === 0) continue;
    const better = direction === "higher_is_better" ? last.relativeChange > 0 : last.relativeChange < 0;
    const movement = better ? "improved" : "worsened";
    found.push({
      kpiId: r.view.kpiId,
      kpiName: r.view.kpiName,
      scopeId: r.view.scopeId,
      scopeName: r.view.scopeName,
      previousText: formatValue(last.previous, r.series.kpi, ctx.locale),
      valueText: r.view.valueText,
      relativeChange: last.relativeChange,
      changeText: signedPercent(ctx, last.relativeChange),
      movement,
      movementText: ctx.text(`movement_${movement}`),
      flags: r.view.flags,
    });
  }
  return found
    .sort(
      (a, b) =>
        Math.abs(b.relativeChange) - Math.abs(a.relativeChange) ||
        (a.kpiId < b.kpiId ? -1 : a.kpiId > b.kpiId ? 1 : 0) ||
        (a.scopeId < b.scopeId ? -1 : a.scopeId > b.scopeId ? 1 : 0),
    )
    .slice(0, MOVERS);
}

function driverRisks(ctx: ReportContext, allSeries: readonly KpiSeries[]): ReportDriverRisk[] {
  const byId = new Map(allSeries.map((s) => [s.kpi.id as string, s]));
  const risks: ReportDriverRisk[] = [];
  for (const lead of allSeries) {
    for (const link of lead.kpi.drivers) {
      const lag = byId.get(link.laggingKpiId);
      if (lag === undefined || lag.grain !== lead.grain) continue;
      for (const { node } of ctx.subtree) {
        const a = lead.values.get(node.id) ?? [];
        const b = lag.values.get(node.id) ?? [];
        if (!a.some((v) => v !== null) || !b.some((v) => v !== null)) continue;
        const assessment = assessDriverLink(
          a.map((value, index) => ({ index, value })),
          b.map((value, index) => ({ index, value })),
          { sign: link.sign, lagPeriods: link.lagPeriods, laggingDirection: lag.kpi.direction },
        );
        if (assessment.movement !== "hurts") continue;
        risks.push({
          leadingKpiId: lead.kpi.id,
          laggingKpiId: lag.kpi.id,
          scopeId: node.id,
          r: assessment.r,
          supported: assessment.supported,
          text: ctx.text("driver_risk", {
            leading: ctx.kpiName(lead.kpi.id),
            lagging: ctx.kpiName(lag.kpi.id),
            scope: ctx.nodeName(node.id),
            lag: link.lagPeriods === 0 ? "" : ctx.text("driver_lag", { periods: ctx.count(link.lagPeriods, "periods") }),
            supported: ctx.text(
              assessment.supported === null ? "driver_unknown" : assessment.supported ? "driver_supported" : "driver_not_supported",
            ),
          }),
        });
      }
    }
  }
  return risks;
}

function quality(ctx: ReportContext, known: readonly Measurement[], allSeries: readonly KpiSeries[]): ReportQualityWarning[] {
  const from = allSeries.find((s) => s.grain === ctx.period.grain)?.periods[0]?.start ?? ctx.period.start;
  const records = known.filter((m) => ctx.inSubtree.has(m.subjectId));
  const kpis = ctx.workspace.kpis;
  const found = assessDataQuality(records, kpis, { from, to: ctx.period.end - 1, asOf: ctx.asOf, calendar: ctx.calendar });
  const warnings: ReportQualityWarning[] = [];
  for (const q of found) {
    const base = { kpi: ctx.kpiName(q.kpiId), subject: ctx.nodeName(q.subjectId) };
    const push = (issue: ReportQualityWarning["issue"], text: string) =>
      warnings.push({ kpiId: q.kpiId, subjectId: q.subjectId, issue, text });
    if (q.stale) push("stale", ctx.text("quality_stale", { ...base, last: q.lastAt === null ? ctx.text("no_value") : ctx.localDate(q.lastAt) }));
    if (q.completenessPercent !== null && q.completenessPercent < 100) {
      push("incomplete", ctx.text("quality_incomplete", { ...base, percent: percent(ctx, q.completenessPercent / 100) }));
    }
    if (q.status.provisional > 0) push("provisional", ctx.text("quality_provisional", { ...base, count: q.status.provisional }));
    if (q.status.estimated > 0) push("estimated", ctx.text("quality_estimated", { ...base, count: q.status.estimated }));
    // Several records of one survey at one instant are the answers, not duplicates.
    if (q.duplicates > 0 && ctx.kpiById.get(q.kpiId)?.measure.kind !== "survey") push("duplicates", ctx.text("quality_duplicates", { ...base, count: q.duplicates }));
    if (q.outOfRange > 0) push("out_of_range", ctx.text("quality_out_of_range", { ...base, count: q.outOfRange }));
  }
  const order = new Map(kpis.map((k, i) => [k.id as string, i]));
  const nodeOrder = new Map(ctx.subtree.map((s, i) => [s.node.id as string, i]));
  return warnings.sort(
    (a, b) =>
      (order.get(a.kpiId) ?? 0) - (order.get(b.kpiId) ?? 0) ||
      (nodeOrder.get(a.subjectId) ?? 0) - (nodeOrder.get(b.subjectId) ?? 0) ||
      (a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0),
  );
}

function details(ctx: ReportContext, rows: readonly ComposedRow[], warnings: readonly ReportQualityWarning[]): ReportKpiDetailSection[] {
  const out: ReportKpiDetailSection[] = [];
  // A node whose one measured child gives all its data has the same series: its charts are shown once.
  const seriesSeen = new Map<string, { scopeId: string; scopeName: string }>();
  const procedureSeen = new Set<string>();
  for (const r of rows) {
    if (!r.values.some((v) => v !== null)) continue;
    const kpi = r.series.kpi;
    const periods = r.series.periods;
    const points = r.values.map((value, index) => ({ index, value }));
    const seriesKey = `${kpi.id}|${JSON.stringify(r.values)}`;
    const sameSeriesAs = seriesSeen.get(seriesKey) ?? null;
    if (sameSeriesAs === null) seriesSeen.set(seriesKey, { scopeId: r.view.scopeId, scopeName: r.view.scopeName });
    const kpiDescribedAbove = procedureSeen.has(kpi.id);
    procedureSeen.add(kpi.id);
    const labelAt = (i: number) => periods[i]?.label ?? String(i);
    const f = (v: number | null) => formatValue(v, kpi, ctx.locale);
    // The target line: the value scored against in each period, as buildScorecard resolves it.
    const targets = periods.map((p, i) =>
      i === periods.length - 1
        ? r.scorecard.scoredAgainst
        : (buildScorecard(
            { [kpi.id]: r.values[i] ?? null },
            { scopeId: r.view.scopeId, period: p, kpis: [kpi], targets: ctx.workspace.targets },
            { scopeNodes: ctx.workspace.scopes, calendar: ctx.calendar, asOf: ctx.asOf },
          ).rows[0]?.scoredAgainst ?? null),
    );
    const seriesPoints = periods.map((p, i) => ({ period: p.label, value: r.values[i] ?? null, target: targets[i] ?? null }));
    const seriesTitle = ctx.text("chart_title_series", { kpi: ctx.kpiName(kpi.id) });
    const phaseStarts = phaseStartsFromAnnotations(ctx.workspace.annotations, periods, { kpiId: kpi.id, scopeId: r.view.scopeId });
    const chart = xmrChart(points, { phaseStarts });
    let controlChart: ReportChart | null = null;
    let signals: ReportSignal[] = [];
    if (chart.result !== null) {
      const phases = chart.result.phases;
      const phaseIndex = phases.length - 1;
      const phase = phases[phaseIndex];
      if (phase !== undefined && phase.limits !== null) {
        const limits = phase.limits;
        const rulesAt = new Map<number, number[]>();
        for (const s of chart.result.signals) {
          if (s.phase !== phaseIndex) continue;
          const list = rulesAt.get(s.index) ?? [];
          if (!list.includes(s.rule)) list.push(s.rule);
          rulesAt.set(s.index, list);
        }
        signals = [...rulesAt.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([index, rules]) => {
            const sorted = [...rules].sort((a, b) => a - b);
            return {
              period: labelAt(index),
              rules: sorted,
              text: ctx.text("signal_text", {
                period: labelAt(index),
                rules: sorted.join(", "),
                meaning: sorted.map((n) => ctx.text(`nelson_${n}` as `nelson_1`)).join("; "),
              }),
            };
          });
        const title = ctx.text("chart_title_control", { kpi: ctx.kpiName(kpi.id) });
        const phasePoints = phase.points.map((p) => ({ period: labelAt(p.index), value: p.value }));
        controlChart = {
          kind: "control",
          title,
          spec: controlChartSpec(
            {
              points: phasePoints,
              cl: limits.centerLine,
              ucl: limits.upperLimit,
              lcl: limits.lowerLimit,
              signals: signals.flatMap((s) => s.rules.map((rule) => ({ period: s.period, rule }))),
            },
            { locale: ctx.locale, yTitle: unitName(kpi.unit, ctx.locale) },
          ),
          table: {
            caption: ctx.text("chart_table_caption", { title }),
            columns: [ctx.text("col_period"), ctx.text("col_value"), ctx.text("chart_signal")],
            // The points themselves are in the series table of the same section: here the signals and the limits.
            rows: [
              ...signals.map((s) => [s.period, f(phasePoints.find((p) => p.period === s.period)?.value ?? null), s.rules.join(", ")]),
              [ctx.text("chart_center_line"), f(limits.centerLine), ""],
              [ctx.text("chart_upper_limit"), f(limits.upperLimit), ""],
              [ctx.text("chart_lower_limit"), f(limits.lowerLimit), ""],
            ],
          },
        };
      }
    }
    const forecast = linearForecast(points, periods.length);
    const next = nextPeriod(periods[periods.length - 1]!, ctx.calendar);
    const forecastText =
      forecast.result === null
        ? null
        : ctx.text("forecast_text", {
            period: next.label,
            value: f(forecast.result.value),
            lower: f(forecast.result.lower),
            upper: f(forecast.result.upper),
          });
    out.push({
      kind: "kpi_detail",
      heading: ctx.text("heading_kpi_detail", { kpi: r.view.kpiName, scope: r.view.scopeName }),
      kpiId: kpi.id,
      scopeId: r.view.scopeId,
      description: kpi.description[ctx.locale],
      facts: [
        [ctx.text("fact_indicator"), labelOf("indicator", kpi.indicator, ctx.locale)],
        [ctx.text("fact_category"), labelOf("category", kpi.category, ctx.locale)],
        [ctx.text("fact_direction"), labelOf("direction", kpi.direction, ctx.locale)],
        [ctx.text("fact_unit"), unitName(kpi.unit, ctx.locale)],
        [ctx.text("fact_aggregation"), labelOf("timeAggregation", kpi.aggregation, ctx.locale)],
        [ctx.text("fact_roll_up"), labelOf("rollUp", kpi.rollUp, ctx.locale)],
        [ctx.text("fact_frequency"), labelOf("frequency", kpi.frequency, ctx.locale)],
      ],
      row: r.view,
      series: {
        kind: "series",
        title: seriesTitle,
        spec: seriesChartSpec(seriesPoints, { locale: ctx.locale, yTitle: unitName(kpi.unit, ctx.locale) }),
        table: {
          caption: ctx.text("chart_table_caption", { title: seriesTitle }),
          columns: [ctx.text("col_period"), ctx.text("col_value"), ctx.text("col_target")],
          rows: seriesPoints.map((p) => [p.period, f(p.value), f(p.target)]),
        },
      },
      controlChart,
      signals,
      forecastText,
      procedure: {
        steps: kpi.procedure.steps.map((s) => s[ctx.locale]),
        dataSource:
          kpi.procedure.dataSource === undefined ? null : typeof kpi.procedure.dataSource === "string" ? kpi.procedure.dataSource : kpi.procedure.dataSource[ctx.locale],
        collectionText: labelOf("collection", kpi.procedure.collection, ctx.locale),
      },
      quality: warnings.filter((w) => w.kpiId === kpi.id && w.subjectId === r.view.scopeId),
      sameSeriesAs,
      kpiDescribedAbove,
    });
  }
  return out;
}

function statements(ctx: ReportContext, rows: readonly ComposedRow[], objectives: readonly ComposedObjective[]): ReportStatement[] {
  const byKpi = new Map<string, ReportStatement[]>();
  const promises: ReportStatement[] = [];
  for (const s of statementList(ctx, rows, objectives)) {
    if (s.subject === ctx.text("public_promises")) promises.push(s);
    else byKpi.set(s.subject, [...(byKpi.get(s.subject) ?? []), s]);
  }
  // One KPI's statements together, in the order the KPIs first appear; the promises last.
  return [...[...byKpi.values()].flat(), ...promises];
}

function statementList(ctx: ReportContext, rows: readonly ComposedRow[], objectives: readonly ComposedObjective[]): ReportStatement[] {
  const out: ReportStatement[] = [];
  for (const r of rows) {
    const kpi = r.series.kpi;
    const topic = kpi.category === "satisfaction" ? "satisfaction" : kpi.measure.kind === "duration" ? "processing_time" : null;
    if (topic === null || r.view.value === null || r.scorecard.target === null) continue;
    const status = r.view.status.status;
    out.push({
      topic,
      subject: r.view.kpiName,
      text: ctx.text("public_kpi", {
        scope: r.view.scopeName,
        // The page is about one period: a KPI measured over another (a quarter) names its own.
        period: r.view.period === ctx.period.label ? "" : ctx.text("public_kpi_period", { period: ctx.periodName(r.view.period) }),
        value: r.view.valueText,
        target: r.view.targetText,
        verdict: ctx.text(status === "no_target" ? "public_no_data" : `public_${status}`),
      }),
      status: r.view.status,
      flags: r.view.flags,
      annotations: ctx.annotations(kpi.id, r.view.scopeId, ctx.period.start, ctx.period.end),
    });
  }
  for (const o of objectives) {
    const v = o.view;
    out.push({
      topic: o.objective.indicator === "availability" ? "availability" : "service_level",
      subject: ctx.text("public_promises"),
      text: ctx.text(v.attainment === null ? "public_promise_no_data" : "public_promise", {
        service: v.serviceName,
        objective: v.objectiveName,
        slo: v.sloText,
        delivered: v.attainmentText,
        window: ctx.periodName(v.window.label),
        verdict: ctx.text(v.met === null ? "public_not_judged" : v.met ? "public_kept" : "public_not_kept"),
      }),
      status: v.status,
      flags: ctx.flags(v.partialWindow, false, false),
      annotations: ctx.annotations(null, v.serviceId, Date.parse(v.window.start), Date.parse(v.window.end)),
    });
  }
  return out;
}
