import { labelOf } from "../../model/labels.js";
import { buildScorecard } from "../../score/buildScorecard.js";
import { nextPeriod } from "../../time/nextPeriod.js";
import { linearForecast } from "../../trend/linearForecast.js";
import { xmrChart } from "../../trend/xmrChart.js";
import { controlChartSpec } from "../charts/controlChartSpec.js";
import { seriesChartSpec } from "../charts/seriesChartSpec.js";
import { type ComposedRow } from "./composeRows.js";
import { forecastInRange } from "./forecastInRange.js";
import { formatValue, unitName } from "../formatValue.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportChart, ReportKpiDetailSection, ReportQualityWarning, ReportSignal } from "../reportModel.js";
import { phaseStartsFromAnnotations } from "../../trend/phaseStartsFromAnnotations.js";

/** The per-KPI detail sections of the technical report. Internal: a section builder of `buildReport`, tested through it. */
export function details(ctx: ReportContext, rows: readonly ComposedRow[], warnings: readonly ReportQualityWarning[]): ReportKpiDetailSection[] {
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
    // A straight line leaves the KPI's valid range (a share above 100 %, a count below 0): the forecast and its
    // interval are cut to the range, and the text says so.
    const shown = forecast.result === null ? null : forecastInRange(forecast.result, kpi.validRange);
    const forecastText =
      shown === null
        ? null
        : ctx.text(shown.cut ? "forecast_clipped" : "forecast_text", { period: next.label, value: f(shown.value), lower: f(shown.lower), upper: f(shown.upper) });
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
