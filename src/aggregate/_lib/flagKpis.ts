import type { AggregationKpi } from "../aggregationKpi.js";
import { FLAG_FIRST_LAST, FLAG_RATIO, FLAG_SURVEY, FLAG_VALUES } from "./engineColumns.js";
import { needsQuantileValues } from "./needsQuantileValues.js";
import type { GroupShape } from "./partialOfColumns.js";

/** What the engine keeps per KPI: its flags (`FLAG_*`), its groups' shape, and whether any KPI needs each column. */
export interface KpiFlags {
  readonly flags: Uint8Array;
  readonly shapes: readonly GroupShape[];
  readonly anyFirstLast: boolean;
  readonly anySurvey: boolean;
  readonly anyValues: boolean;
}

/**
 * The engine's flags of each KPI; `keepValues` is false when quantiles are sketched.
 *
 * @example
 * ```ts
 * const kpis = [
 *   { id: "p", measure: { kind: "value" }, aggregation: "median" },
 *   { id: "r", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
 * ] as const;
 * const { flags, shapes } = flagKpis(kpis, true);
 * [Array.from(flags), shapes.map((s) => s.keepsValues)];
 * //=> [[4, 1], [true, false]]
 * ```
 */
export function flagKpis(kpis: readonly AggregationKpi[], keepValues: boolean): KpiFlags {
  const flags = new Uint8Array(kpis.length);
  const shapes: GroupShape[] = [];
  let anyFirstLast = false, anySurvey = false, anyValues = false;
  for (let i = 0; i < kpis.length; i++) {
    const k = kpis[i]!;
    const flag =
      (k.measure.kind === "ratio" ? FLAG_RATIO : 0) |
      (k.measure.kind === "survey" ? FLAG_SURVEY : 0) |
      (needsQuantileValues(k) ? FLAG_VALUES : 0) |
      (k.aggregation === "first" || k.aggregation === "last" ? FLAG_FIRST_LAST : 0);
    flags[i] = flag;
    anyFirstLast ||= (flag & FLAG_FIRST_LAST) !== 0;
    anySurvey ||= (flag & FLAG_SURVEY) !== 0;
    anyValues ||= (flag & FLAG_VALUES) !== 0;
    shapes.push({ keepsValues: keepValues && (flag & FLAG_VALUES) !== 0, keepsFirstLast: (flag & FLAG_FIRST_LAST) !== 0 });
  }
  return { flags, shapes, anyFirstLast, anySurvey, anyValues };
}
