import { type ComposedRow } from "./composeRows.js";
import { type ComposedObjective } from "../composeSla.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportStatement } from "../reportModel.js";

/** The public report's plain statements. Internal: a section builder of `buildReport`, tested through it. */
export function statements(ctx: ReportContext, rows: readonly ComposedRow[], objectives: readonly ComposedObjective[]): ReportStatement[] {
  const byKpi = new Map<string, ReportStatement[]>();
  const promises: ReportStatement[] = [];
  for (const s of statementList(ctx, rows, objectives)) {
    if (s.subject === ctx.text("public_promises")) promises.push(s);
    else byKpi.set(s.subject, [...(byKpi.get(s.subject) ?? []), s]);
  }
  // One KPI's statements together, in the order the KPIs first appear; the promises last.
  return [...[...byKpi.values()].flat(), ...promises];
}

/** The statements of scored rows and SLA objectives. Internal: a section builder of `buildReport`, tested through it. */
export function statementList(ctx: ReportContext, rows: readonly ComposedRow[], objectives: readonly ComposedObjective[]): ReportStatement[] {
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
