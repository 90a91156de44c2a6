import { KpiError } from "../errors.js";
import { grainOfLabel } from "../time/grainOfLabel.js";
import { labelOfOrdinal, periodOrdinal } from "./_lib/periodOrdinal.js";

/**
 * Returns the label of the period `index` periods after `firstPeriod`: the inverse of the index of
 * {@link indexPeriodSeries}, for any index (also past the last observed period, as forecasts are).
 *
 * @remarks
 * The grain is read from the label. Periods are counted by label, whatever the time zone
 * (docs/conventions.md#trends-and-control-charts); a negative index counts back.
 *
 * @param firstPeriod - The label of index 0 (`firstPeriod` of {@link indexPeriodSeries}).
 * @param index - An integer period index.
 * @returns The label of that period.
 * @throws {@link KpiError} `invalid_period` (path `["firstPeriod"]`) for a label that is not a period;
 *   `invalid_argument` (path `["index"]`) for an index that is not an integer.
 *
 * @example
 * ```ts
 * toPeriodLabel("2026-11", 3);
 * //=> "2027-02"
 * toPeriodLabel("2026-W52", 1);
 * //=> "2026-W53"
 * ```
 *
 * @category Trend
 */
export function toPeriodLabel(firstPeriod: string, index: number): string {
  const grain = typeof firstPeriod === "string" ? grainOfLabel(firstPeriod) : null;
  if (grain === null) {
    throw new KpiError("invalid_period", `toPeriodLabel: ${JSON.stringify(String(firstPeriod).slice(0, 40))} is not a period label`, {
      path: ["firstPeriod"],
    });
  }
  if (typeof index !== "number" || !Number.isInteger(index)) {
    throw new KpiError("invalid_argument", "toPeriodLabel: index must be an integer", { path: ["index"] });
  }
  return labelOfOrdinal(periodOrdinal(firstPeriod, grain, "toPeriodLabel", ["firstPeriod"]) + index, grain);
}
