import type { KpiDefinition } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";
import { emptyPartial } from "./emptyPartial.js";
import { finalizePartial } from "./finalizePartial.js";
import { mergePartials } from "./mergePartials.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { PeriodPartial } from "./periodPartial.js";

/** One window of {@link runningWindow}: the merged partial of the last N periods ending at `period`. @category Aggregate */
export interface WindowValue {
  /** The label of the last period in the window. */
  readonly period: string;
  /** How many periods the window holds (fewer than `size` at the start of the series). */
  readonly periods: number;
  /** `true` when the window holds `size` periods. */
  readonly complete: boolean;
  /** The merged partial of the window. */
  readonly partial: PartialAggregate;
  /** The KPI's value over the window, `null` with no data. */
  readonly value: number | null;
}

/**
 * Returns, for each period, the KPI's value over the last `size` periods (a rolling 3- or 12-month value), merging
 * partials so that ratios, means and quantiles are those of the pooled records.
 *
 * @remarks
 * The series is taken as one entry per period, contiguous and in time order (put `emptyPartial()` in periods without
 * data). Windows at the start hold fewer periods and say so with `complete: false`.
 *
 * @param series - Partials per period, in time order.
 * @param size - The window length in periods (whole, ≥ 1).
 * @param kpi - The KPI, to read each window's value.
 * @returns One {@link WindowValue} per entry.
 * @throws {@link KpiError} `invalid_argument` (path `["size"]`) for a size that is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "value" }, aggregation: "mean" } as const;
 * const month = (period: string, value: number) => ({ period, partial: accumulate([{ at: 0, value }], kpi) });
 * runningWindow([month("2026-01", 1), month("2026-02", 2), month("2026-03", 6)], 2, kpi).map((w) => w.value);
 * //=> [1, 1.5, 4]
 * ```
 *
 * @category Aggregate
 */
export function runningWindow(
  series: readonly PeriodPartial[],
  size: number,
  kpi: Pick<KpiDefinition, "measure" | "aggregation"> & { readonly quantile?: number | undefined },
): WindowValue[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new KpiError("invalid_argument", "runningWindow: size must be a whole number ≥ 1", { path: ["size"] });
  }
  return series.map((item, i) => {
    const from = Math.max(0, i - size + 1);
    let partial = emptyPartial();
    for (let j = from; j <= i; j++) partial = mergePartials(partial, series[j]!.partial);
    const periods = i - from + 1;
    return { period: item.period, periods, complete: periods === size, partial, value: finalizePartial(partial, kpi) };
  });
}
