import { changeOverPeriod } from "../../aggregate/changeOverPeriod.js";
import { signedPercent, type ComposedRow } from "./composeRows.js";
import { formatValue } from "../formatValue.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportMover } from "../reportModel.js";
import { REPORT_NOUNS } from "../reportLabels.js";
import type { KpiUnit } from "../../model/kpiDefinition.js";

/** Whether a KPI's unit is the percent sign (its values are percentages, and move in points). */
const isPercent = (unit: KpiUnit): boolean => typeof unit === "string" && unit.trim() === "%";

/** How many movers the management report lists. */
export const MOVERS = 5;

/** The biggest movers since the previous period. Internal: a section builder of `buildReport`, tested through it. */
export function movers(ctx: ReportContext, rows: readonly ComposedRow[]): ReportMover[] {
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
      // A percentage moves in points: 68.4 % to 84.4 % is "+16.0 percentage points", not "+23.4 %".
      changeText:
        isPercent(r.series.kpi.unit) && last.absoluteChange !== null
          ? `${last.absoluteChange > 0 ? "+" : "−"}${formatValue(Math.abs(last.absoluteChange), { unit: REPORT_NOUNS.percentagePoints, precision: 1 }, ctx.locale)}`
          : signedPercent(ctx, last.relativeChange),
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
