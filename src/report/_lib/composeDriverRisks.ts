import { assessDriverLink } from "../../trend/assessDriverLink.js";
import { type KpiSeries } from "./collectKpiSeries.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportDriverRisk } from "../reportModel.js";

/** The driver links whose leading KPI is hurting its outcome now. Internal: a section builder of `buildReport`, tested through it. */
export function driverRisks(ctx: ReportContext, allSeries: readonly KpiSeries[]): ReportDriverRisk[] {
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
