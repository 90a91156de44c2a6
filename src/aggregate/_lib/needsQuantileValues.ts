import type { KpiDefinition } from "../../model/kpiDefinition.js";

/**
 * Tells whether a KPI's aggregation over time needs the raw values of a group (median or quantile).
 *
 * @remarks
 * Internal to kpi-kit's aggregate functions: only these KPIs collect `values` (or a sketch) in their partials.
 *
 * @param kpi - The KPI (only `aggregation` and `measure.kind` are read).
 * @returns `true` for a value, count or duration measure aggregated by `median` or `quantile`.
 *
 * @example
 * ```ts
 * needsQuantileValues({ aggregation: "median", measure: { kind: "duration" } });
 * //=> true
 * ```
 */
export function needsQuantileValues(kpi: {
  readonly aggregation: KpiDefinition["aggregation"];
  readonly measure: { readonly kind: KpiDefinition["measure"]["kind"] };
}): boolean {
  const kind = kpi.measure.kind;
  if (kind !== "value" && kind !== "count" && kind !== "duration") return false;
  return kpi.aggregation === "median" || kpi.aggregation === "quantile";
}
