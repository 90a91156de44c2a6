import { idStoreOf } from "../model/_lib/batchIds.js";
import type { Measurement } from "../model/measurement.js";
import type { Workspace } from "../model/workspace.js";
import { labelOf } from "../model/labels.js";
import { KpiError } from "../errors.js";
import { effectiveRows } from "../quality/_lib/effectiveRows.js";
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { isMeasurementBatch } from "../model/_lib/isMeasurementBatch.js";
import { checkBatch } from "../model/_lib/checkBatch.js";
import { createBatchColumns } from "../model/_lib/createBatchColumns.js";
import { sortById } from "../internal/sortById.js";
import { batchSeriesSource } from "./_lib/batchSeriesSource.js";
import { checkMeasurementBatch } from "../model/_lib/checkMeasurementBatch.js";
import { periodCoverage } from "../time/periodCoverage.js";
import { collectKpiSeries, type KpiSeries, type SeriesSource } from "./_lib/collectKpiSeries.js";
import { composeRows } from "./_lib/composeRows.js";
import { composeSla } from "./composeSla.js";
import { LIBRARY_VERSION } from "./_lib/libraryVersion.js";
import { createReportContext } from "./_lib/reportContext.js";
import { resolveReportOptions } from "./_lib/resolveReportOptions.js";
import { qualityOfAggregates } from "./_lib/qualityOfAggregates.js";
import { checkReportAggregates, isReportAggregates } from "./_lib/checkReportAggregates.js";
import type { ReportAggregates } from "./reportAggregates.js";
import type { ReportSeriesQuality } from "./_lib/qualityOfAggregates.js";
import type { Report, ReportSection } from "./reportModel.js";
import { digestSha256 } from "./digestSha256.js";
import type { BuildReportOptions } from "./buildReportOptions.js";
import { digestInOrder } from "./_lib/digestInOrder.js";
import { toCanonicalJson } from "./toCanonicalJson.js";
import { notScoredCount, statusCounts } from "./_lib/reportRows.js";
import { noDataText } from "./_lib/summaryTexts.js";
import { summary } from "./_lib/composeSummary.js";
import { heatMap } from "./_lib/composeHeatMap.js";
import { composite } from "./_lib/composeComposite.js";
import { movers } from "./_lib/composeMovers.js";
import { driverRisks } from "./_lib/composeDriverRisks.js";
import { batchQuality, quality, qualityStart } from "./_lib/composeQuality.js";
import { details } from "./_lib/composeDetails.js";
import { statements } from "./_lib/composeStatements.js";

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
 * @param measurements - Parsed measurements (any order; all of them are digested), or a `MeasurementBatch` of them
 *   (`createMeasurementBatchBuilder`): the same report either way, in far less memory for millions of records. Or
 *   `ReportAggregates` computed elsewhere (`planReport` says what; `compileReportQueries` in `kpi-kit/sql` computes
 *   them in a database engine): the same report again, with `provenance.engine` naming the aggregator and the
 *   measurements digest it gives (docs/at-scale.md#reports-from-an-engine).
 * @param options - See `BuildReportOptions`.
 * @returns The report.
 * @throws {@link KpiError} `invalid_argument` (path `["options", "audience" | "locale" | "seriesPeriods"]`)
 * for a bad option; `non_finite` or `invalid_input` (path `["options", "asOf"]`) for an `asOf` that is no instant; `unknown_reference` (path `["options", "scope"]`) for
 * a scope id not in the workspace; `invalid_period` (path `["options", "period"]`) for a bad period label; every error
 * of `parseMeasurements`' checks against the workspace, with path `["measurements", i, field]` (unknown KPI or
 * subject, a record that does not fit its KPI's measure, a survey answer off the scale, duplicate ids, unsound
 * corrections); `invalid_argument` (path `["measurements", …]`) for measurements that are neither an array nor a whole
 * batch (columns of the wrong length, codes outside their lists); for report aggregates, `invalid_argument` (path
 * `["measurements", field, …]`) for a field of the wrong type and `unknown_reference` (path
 * `["measurements", list, i, "kpiId" | "subjectId"]`) for a KPI or subject not in the workspace; and the errors of the
 * composed functions.
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
export function buildReport(
  workspace: Workspace,
  measurements: readonly Measurement[] | MeasurementBatch | ReportAggregates,
  options: BuildReportOptions,
): Report {
  const where = "buildReport";
  const resolved = resolveReportOptions(workspace, options, where);
  const { audience, locale, asOf, seriesPeriods, scope, calendar, period, outages, tickets } = resolved;

  // What the figures are drawn from: the records (an array or a batch), or aggregates made elsewhere.
  let source: SeriesSource;
  let findings: (allSeries: readonly KpiSeries[]) => readonly ReportSeriesQuality[];
  let measurementCount: number;
  let effectiveCount: number;
  let digest: () => string | null;
  let engine: string | undefined;
  const ctx = createReportContext(workspace, scope, calendar, period, asOf, locale);
  if (isReportAggregates(measurements)) {
    checkReportAggregates(measurements, workspace, where);
    const aggregates = measurements;
    source = (ofGrain, _grain, _from, _to, known) => {
      const ids = new Set(ofGrain.map((k) => k.id as string));
      return { groups: aggregates.groups.filter((g) => ids.has(g.kpiId) && known.has(g.subjectId)) };
    };
    findings = (allSeries) =>
      qualityOfAggregates(aggregates.quality, aggregates.lastInstants, workspace.kpis, ctx.inSubtree, {
        start: qualityStart(ctx, allSeries),
        end: period.end,
        asOf,
        calendar,
      });
    measurementCount = aggregates.measurementCount;
    effectiveCount = aggregates.effectiveMeasurementCount;
    digest = () => aggregates.measurementsDigest;
    engine = aggregates.engine;
  } else {
    // The checks of parseMeasurements (one check path): a record that validates never fails here, and a record of an
    // unknown KPI or subject, or one that does not fit its KPI's measure, is never silently left out of a figure.
    // Records are then held as columns (a batch is already), so both inputs take one path to the figures.
    let batch: MeasurementBatch;
    let correctedBy: Int32Array;
    let sorted: Uint32Array | null = null;
    if (isMeasurementBatch(measurements)) {
      batch = measurements;
      // The ids sorted during the check (repeats and corrected records found in that order): the digest's order.
      ({ correctedBy, byId: sorted } = checkBatch(batch, workspace, where, ["measurements"], true));
    } else {
      if (!Array.isArray(measurements)) {
        throw new KpiError("invalid_argument", `${where}: measurements must be an array of records, a measurement batch or report aggregates`, {
          path: ["measurements"],
        });
      }
      ({ correctedBy } = checkMeasurementBatch(measurements, workspace, where, ["measurements"]));
      const columns = createBatchColumns();
      for (const m of measurements) columns.append(m);
      batch = columns.finish();
    }
    // The records by id: the digest's order, and the order in which records of one instant are taken.
    const byId = sorted ?? sortById(idStoreOf(batch) ?? batch.id);
    // effectiveMeasurements(measurements, { asKnownAt: asOf }).effective at or before asOf, from the corrections just
    // checked, as record indexes.
    const known = effectiveRows(batch, correctedBy, byId, asOf, asOf);
    source = batchSeriesSource(batch, known);
    findings = (allSeries) => batchQuality(ctx, batch, known, allSeries);
    measurementCount = batch.length;
    effectiveCount = known.length;
    const records = isMeasurementBatch(measurements) ? null : measurements;
    digest = () => (options.digest === false ? null : digestInOrder(batch, records, byId));
  }
  const allSeries = collectKpiSeries(source, workspace.kpis, workspace.scopes, period, seriesPeriods, calendar);
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
    no_data: noDataText(counts.no_data, notScoredCount(rows), ctx.text),
    breached: objectives.filter((o) => o.result.met === false).length,
    objectives: objectives.length,
  });
  switch (audience) {
    case "management": {
      // The answer first (a one-screen summary), then the details it is drawn from.
      const warnings = quality(ctx, findings(allSeries));
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
      const warnings = quality(ctx, findings(allSeries));
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
      measurementsDigest: digest(),
      measurementCount,
      effectiveMeasurementCount: effectiveCount,
      eventsDigest: outages.length + tickets.length === 0 ? null : digestSha256(toCanonicalJson({ outages, tickets })),
      ...(engine === undefined ? {} : { engine }),
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
