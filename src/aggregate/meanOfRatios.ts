import type { KpiDefinition } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { PartialAggregate } from "./partialAggregate.js";

/**
 * Returns the mean of the per-record ratios of a ratio group — each record's own `numerator / denominator`, averaged
 * with equal weight, times the measure's `scale` — to show beside the KPI's value, the ratio of sums.
 *
 * @remarks
 * A ratio KPI's value is always the ratio of sums (docs/conventions.md#aggregation): a record of 1 000 cases weighs
 * 1 000 times one of a single case. The mean of the records' own ratios weighs every record (office, day) alike;
 * where the two differ, small and large records perform differently, and a report can say so. Records with a zero
 * denominator add to the sums but have no ratio of their own: they are left out here and counted in
 * `partial.ratios.zeroDenominators`. `null` when no record has a denominator above 0.
 *
 * @param partial - A partial aggregate of a ratio KPI (`partial.ratios` holds the per-record tally).
 * @param kpi - The KPI (for the ratio measure's `scale`; 1 for other measures).
 * @returns The mean of the per-record ratios, or `null`.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `partial` or `kpi` not an object
 * (path `[]`), `partial.ratios` neither an object nor `null` (path `["ratios"]`), `kpi.measure` not an object (path
 * `["measure"]`).
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
 * // A large office: 90 of 100 on time; a small one: 1 of 2; a third reported no cases (0 of 0).
 * const p = accumulate([{ at: 0, numerator: 90, denominator: 100 }, { at: 0, numerator: 1, denominator: 2 }, { at: 0, numerator: 0, denominator: 0 }], kpi);
 * [finalizePartial(p, kpi), meanOfRatios(p, kpi), p.ratios?.zeroDenominators];
 * //=> [89.2156862745098, 70, 1]
 * ```
 *
 * @category Aggregate
 */
export function meanOfRatios(partial: Pick<PartialAggregate, "ratios">, kpi: Pick<KpiDefinition, "measure">): number | null {
  requireObject(partial, "meanOfRatios", "partial");
  requireObject(kpi, "meanOfRatios", "kpi");
  requireObject(kpi.measure, "meanOfRatios", "kpi.measure", ["measure"]);
  const tally = partial.ratios;
  if (tally === null) return null;
  if (typeof tally !== "object") {
    throw new KpiError("invalid_argument", `meanOfRatios: partial.ratios must be an object or null, not ${typeof tally}`, { path: ["ratios"] });
  }
  const withRatio = tally.records - tally.zeroDenominators;
  if (withRatio <= 0) return null;
  const scale = kpi.measure.kind === "ratio" ? kpi.measure.scale : 1;
  return (tally.ratioSum / withRatio) * scale;
}
