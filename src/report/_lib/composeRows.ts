import type { KpiDefinition } from "../../model/kpiDefinition.js";
import type { Target } from "../../model/target.js";
import { buildScorecard, type ScorecardRow } from "../../score/buildScorecard.js";
import { periodCoverage } from "../../time/periodCoverage.js";
import { trendVerdict } from "../../trend/trendVerdict.js";
import { bulletChartSpec, type StatusBand } from "../charts/bulletChartSpec.js";
import { sparklineSpec } from "../charts/sparklineSpec.js";
import type { KpiSeries } from "./collectKpiSeries.js";
import { formatValue, unitName } from "../formatValue.js";
import type { ReportContext } from "./reportContext.js";
import type { ReportChart, ReportScorecardRow } from "../reportModel.js";

/** A scorecard row with what later sections need. */
export interface ComposedRow {
  readonly view: ReportScorecardRow;
  readonly series: KpiSeries;
  readonly values: readonly (number | null)[];
  readonly scorecard: ScorecardRow<Target>;
}

/**
 * Builds the scorecard rows: every KPI applicable at every node of the subtree that has a value or a target,
 * scored with buildScorecard and judged with trendVerdict.
 *
 * @param ctx - The report context.
 * @param allSeries - The KPI series.
 * @returns The rows, node by node (depth-first), KPI by KPI.
  * @example
 * ```ts
 * composeRows(ctx, series).map((r) => r.view.status.symbol);
 * //=> ["●", "▲"]
 * ```
 */
export function composeRows(ctx: ReportContext, allSeries: readonly KpiSeries[]): ComposedRow[] {
  const rows: ComposedRow[] = [];
  const scopeNodes = ctx.workspace.scopes;
  for (const { node, depth } of ctx.subtree) {
    for (const series of allSeries) {
      const kpi = series.kpi;
      if (!kpi.scopeKinds.includes(node.kind)) continue;
      const values = series.values.get(node.id) ?? [];
      const statuses = series.statuses.get(node.id) ?? [];
      const last = series.periods.length - 1;
      const period = series.periods[last]!;
      const value = values[last] ?? null;
      const card = buildScorecard(
        { [kpi.id]: value },
        { scopeId: node.id, period, kpis: [kpi], targets: ctx.workspace.targets },
        { scopeNodes, calendar: ctx.calendar, asOf: ctx.asOf },
      );
      const scored = card.rows[0]!;
      if (value === null && scored.target === null) continue;
      // A node that never measured the KPI in the series window, and only inherits a target for it, is not a finding:
      // the target was set above for the nodes that deliver the KPI. A target set on the node itself stays as
      // "no data" — there the missing data is the finding.
      if (value === null && scored.targetSource === "inherited" && values.every((v) => v === null)) continue;
      const points = values.map((v, i) => ({ index: i, value: v }));
      const verdict = trendVerdict(points, kpi.direction);
      const trend = verdict.result === null ? null : verdict.result.verdict;
      const status = statuses[last] ?? { provisional: 0, estimated: 0 };
      const partialPeriod = !periodCoverage(period, ctx.asOf).complete;
      const from = series.periods[0]!.start;
      const view: ReportScorecardRow = {
        kpiId: kpi.id,
        kpiName: ctx.kpiName(kpi.id),
        scopeId: node.id,
        scopeName: ctx.nodeName(node.id),
        depth,
        period: period.label,
        unit: unitName(kpi.unit, ctx.locale),
        value,
        valueText: formatValue(value, kpi, ctx.locale),
        target: scored.scoredAgainst,
        targetText: targetText(ctx, kpi, scored),
        attainment: scored.attainment,
        attainmentText: percent(ctx, scored.attainment),
        // A value whose score is undefined (conventions rule 9: a lower-is-better actual of 0, an at-least target of
        // 0) is "no data" as a status, and says why, so that a row showing "0 incidents" does not read "no data".
        status:
          scored.gap === "undefined_score"
            ? { ...ctx.status("no_data"), text: ctx.text("status_not_scored") }
            : ctx.status(scored.gap === "no_target" ? "no_target" : scored.status),
        trend,
        trendText: ctx.text(trend === null ? "trend_unknown" : `trend_${trend}`),
        flags: ctx.flags(partialPeriod, status.provisional > 0, status.estimated > 0),
        annotations: ctx.annotations(kpi.id, node.id, from, period.end),
        sparkline: sparkline(ctx, series, values),
        bullet: bullet(ctx, kpi, scored),
      };
      rows.push({ view, series, values, scorecard: scored });
    }
  }
  return rows;
}

/**
 * Formats a ratio as a percentage with one decimal.
 *
 * @param ctx - The context.
 * @param ratio - The ratio (1 = 100 %), or `null`.
 * @returns The text.
  * @example
 * ```ts
 * percent({ locale: "en" }, 1.0227);
 * //=> "102.3%"
 * ```
 */
export function percent(ctx: Pick<ReportContext, "locale">, ratio: number | null): string {
  return formatValue(ratio === null ? null : ratio * 100, { unit: "%", precision: 1 }, ctx.locale);
}

function targetText(ctx: ReportContext, kpi: KpiDefinition, row: ScorecardRow<Target>): string {
  const t = row.target;
  if (t === null) return ctx.text("target_none");
  if (t.kind === "between") {
    return ctx.text("target_between", { lo: formatValue(t.lo, kpi, ctx.locale), hi: formatValue(t.hi, kpi, ctx.locale) });
  }
  const value = formatValue(row.scoredAgainst, kpi, ctx.locale);
  return ctx.text(t.kind === "at_least" ? "target_at_least" : "target_at_most", { value });
}

function sparkline(ctx: ReportContext, series: KpiSeries, values: readonly (number | null)[]): ReportChart | null {
  if (values.filter((v) => v !== null).length < 2) return null;
  const points = series.periods.map((p, i) => ({ period: p.label, value: values[i] ?? null }));
  const title = ctx.text("chart_title_sparkline", { kpi: ctx.kpiName(series.kpi.id) });
  return {
    kind: "sparkline",
    title,
    spec: sparklineSpec(points, { locale: ctx.locale }),
    table: {
      caption: ctx.text("chart_table_caption", { title }),
      columns: [ctx.text("col_period"), ctx.text("col_value")],
      rows: points.map((p) => [p.period, formatValue(p.value, series.kpi, ctx.locale)]),
    },
  };
}

/**
 * The value ranges that earn each status, by inverting the scoring of scoreAttainment at the target's thresholds
 * (presentation only: the statuses themselves come from buildScorecard).
 */
function bands(row: ScorecardRow<Target>, lo: number, hi: number): StatusBand[] | null {
  const t = row.target;
  if (t === null) return null;
  const rag = t.rag ?? { green: 1, amber: 0.9 };
  const out: StatusBand[] = [];
  const push = (status: StatusBand["status"], from: number, to: number) => {
    const a = Math.max(lo, from);
    const b = Math.min(hi, to);
    if (b > a) out.push({ status, from: a, to: b });
  };
  if (t.kind === "between") {
    const greenReach = Math.max(0, (1 - rag.green) * t.tolerance);
    const amberReach = Math.max(greenReach, (1 - rag.amber) * t.tolerance);
    push("red", lo, t.lo - amberReach);
    push("amber", t.lo - amberReach, t.lo - greenReach);
    push("green", t.lo - greenReach, t.hi + greenReach);
    push("amber", t.hi + greenReach, t.hi + amberReach);
    push("red", t.hi + amberReach, hi);
    return out;
  }
  const p = row.scoredAgainst;
  if (p === null || !(p > 0) || !(rag.green > 0)) return null;
  if (t.kind === "at_least") {
    push("red", lo, rag.amber * p);
    push("amber", rag.amber * p, rag.green * p);
    push("green", rag.green * p, hi);
  } else {
    push("green", lo, p / rag.green);
    if (rag.amber > 0) {
      push("amber", p / rag.green, p / rag.amber);
      push("red", p / rag.amber, hi);
    } else push("amber", p / rag.green, hi);
  }
  return out;
}

function bullet(ctx: ReportContext, kpi: KpiDefinition, row: ScorecardRow<Target>): ReportChart | null {
  const t = row.target;
  if (t === null) return null;
  const marks = [row.value, row.scoredAgainst, t.kind === "between" ? t.lo : null, t.kind === "between" ? t.hi : null].filter(
    (v): v is number => v !== null,
  );
  if (marks.length === 0) return null;
  const rag = t.rag ?? { green: 1, amber: 0.9 };
  const reach = t.kind === "between" ? (1 - rag.amber) * t.tolerance * 2 : 0;
  const lo = Math.min(0, ...marks) - reach;
  const top = Math.max(...marks);
  const bottomOfAtMost = t.kind === "at_most" && row.scoredAgainst !== null && rag.amber > 0 ? row.scoredAgainst / rag.amber : top;
  const hi = Math.max(top, bottomOfAtMost) * 1.15 + reach || 1;
  const found = bands(row, lo, hi);
  if (found === null) return null;
  const title = ctx.text("chart_title_bullet", { kpi: ctx.kpiName(kpi.id) });
  const target = t.kind === "between" ? null : row.scoredAgainst;
  const f = (v: number | null) => formatValue(v, kpi, ctx.locale);
  return {
    kind: "bullet",
    title,
    spec: bulletChartSpec({ actual: row.value, target, bands: found, unit: unitName(kpi.unit, ctx.locale) }, { locale: ctx.locale }),
    table: {
      caption: ctx.text("chart_table_caption", { title }),
      columns: [ctx.text("col_status"), ctx.text("chart_from"), ctx.text("chart_to")],
      rows: [
        ...found.map((b) => [ctx.status(b.status).text, f(b.from), f(b.to)]),
        [ctx.text("chart_actual"), f(row.value), ""],
        [ctx.text("chart_target"), t.kind === "between" ? f(t.lo) : f(target), t.kind === "between" ? f(t.hi) : ""],
      ],
    },
  };
}

/**
 * Formats a signed relative change as a percentage.
 *
 * @param ctx - The context.
 * @param change - The relative change.
 * @returns The text, with a sign.
  * @example
 * ```ts
 * signedPercent({ locale: "en" }, -0.0227);
 * //=> "−2.3%"
 * ```
 */
export function signedPercent(ctx: Pick<ReportContext, "locale">, change: number): string {
  const text = percent(ctx, Math.abs(change));
  return `${change > 0 ? "+" : change < 0 ? "−" : ""}${text}`;
}
