import type { Workspace } from "../model/workspace.js";
import type { BuildReportOptions } from "./buildReportOptions.js";
import type { ReportPlan } from "./reportPlan.js";
import { planOf } from "./_lib/planOf.js";
import { resolveReportOptions } from "./_lib/resolveReportOptions.js";

/**
 * Says what a report needs from the measurements when they are aggregated elsewhere (a database engine, a worker, a
 * warehouse job): the ranges of the series and of the data-quality tallies that make a `ReportAggregates`.
 *
 * @remarks
 * Each KPI's series runs `seriesPeriods` periods back from the report's period at the report's grain, or at the
 * KPI's own grain when it is measured less often. The quality tallies are at each KPI's own grain, over the periods
 * from the first of the series at the report's grain to the report's period (none for the public audience). Ranges
 * end at `asOf + 1`; a range that would start after that is left out. `compileReportQueries` (`kpi-kit/sql`) turns a
 * plan into SQL.
 *
 * @param workspace - A parsed workspace.
 * @param options - The options of the report, as for `buildReport`.
 * @returns The plan.
 * @throws {@link KpiError} for bad options, as `buildReport` documents.
 *
 * @example
 * ```ts
 * // The bundled example municipality (run from the repository's root).
 * const workspace = parseWorkspace(readFileSync("examples/workspace.json", "utf8"));
 * const plan = planReport(workspace, { audience: "management", scope: "ezerkrasts", period: "2026-03",
 *   asOf: "2026-04-05T12:00:00+03:00", locale: "en" });
 * plan.series.map((r) => [r.grain, r.kpiIds.length, new Date(r.start).toISOString()]);
 * //=> [["month", 13, "2025-03-31T21:00:00.000Z"], ["quarter", 1, "2023-03-31T21:00:00.000Z"]]
 * ```
 *
 * @category Report
 */
export function planReport(workspace: Workspace, options: BuildReportOptions): ReportPlan {
  const resolved = resolveReportOptions(workspace, options, "planReport");
  return planOf(workspace, resolved, "planReport");
}
