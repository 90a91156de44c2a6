import type { Workspace } from "../../model/workspace.js";
import { createQualityGrids } from "../../quality/_lib/createQualityGrids.js";
import { grainOfFrequency } from "../../quality/_lib/grainOfFrequency.js";
import type { Grain } from "../../time/grain.js";
import type { ReportPlan, ReportRange } from "../reportPlan.js";
import { planSeries } from "./planSeries.js";
import { createReportContext } from "./reportContext.js";
import type { ResolvedReportOptions } from "./resolveReportOptions.js";

/**
 * The {@link ReportPlan} of resolved report options. Internal: `planReport` and `buildReport`.
 *
 * @param workspace - A parsed workspace.
 * @param resolved - From `resolveReportOptions`.
 * @param where - The public function's name, for messages.
 * @returns The plan.
 *
 * @example
 * ```ts
 * const resolved = resolveReportOptions(workspace, { audience: "public", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" }, "f");
 * planOf(workspace, resolved, "f").quality;
 * //=> []
 * ```
 */
export function planOf(workspace: Workspace, resolved: ResolvedReportOptions, where: string): ReportPlan {
  const { asOf, calendar, period, seriesPeriods, audience } = resolved;
  const until = asOf + 1;
  const cal = { timeZone: calendar.timeZone, fiscalYearStartMonth: calendar.fiscalYearStartMonth };
  const { grainOf, periodsOf } = planSeries(workspace.kpis, period, seriesPeriods, cal);
  const series: ReportRange[] = [];
  for (const [grain, periods] of periodsOf) {
    const start = periods[0]!.start;
    const end = Math.min(periods[periods.length - 1]!.end, until);
    const kpiIds = workspace.kpis.filter((k) => grainOf.get(k.id) === grain).map((k) => k.id as string);
    if (start < end) series.push({ grain, kpiIds, start, end });
  }
  const quality: ReportRange[] = [];
  const ctx = createReportContext(workspace, resolved.scope, calendar, period, asOf, resolved.locale);
  if (audience !== "public") {
    // As the data-quality section: from the first period of the series at the report's grain to the report's period.
    const start = periodsOf.get(period.grain)?.[0]?.start ?? period.start;
    const gridOf = createQualityGrids(start, period.end, asOf, 0, cal, where);
    const byGrain = new Map<Grain, string[]>();
    workspace.kpis.forEach((k, j) => {
      const grain = grainOfFrequency(k.frequency, ["kpis", j, "frequency"], where);
      const list = byGrain.get(grain) ?? [];
      list.push(k.id);
      byGrain.set(grain, list);
    });
    for (const [grain, kpiIds] of byGrain) {
      const { periods } = gridOf(grain).index;
      const first = periods[0];
      const last = periods[periods.length - 1];
      if (first === undefined || last === undefined) continue;
      const end = Math.min(last.end, until);
      if (first.start < end) quality.push({ grain, kpiIds, start: first.start, end });
    }
  }
  return {
    asOf,
    calendar: cal,
    series,
    quality,
    subjectIds: workspace.scopes.map((s) => s.id as string),
    qualitySubjectIds: ctx.subtree.map((s) => s.node.id as string),
  };
}
