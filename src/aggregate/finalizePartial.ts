import type { KpiDefinition } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { requireObject } from "../internal/requireObject.js";
import type { PartialAggregate } from "./partialAggregate.js";
import { quantileOfSketch } from "./quantileOfSketch.js";
import { quantileOfSorted } from "./_lib/quantileOfSorted.js";
import { surveyValueOfTally } from "./_lib/surveyValueOfTally.js";

/**
 * Returns a KPI's value from a partial aggregate, by its aggregation over time and its measure, or `null` for no data.
 *
 * @remarks
 * `sum`, `mean` (`sum / count`), `min`, `max`, `first`, `last` of the values; `median` and `quantile` (type 7 at
 * `kpi.quantile`) from the sorted values, or from the sketch (within its relative accuracy); `ratio_of_sums` =
 * `numeratorSum / denominatorSum × scale` (`scale` of a ratio measure, else 1) — a ratio of sums, never a mean of
 * ratios; `weighted_mean` = `weightedSum / weightSum`; `survey` = the survey statistic of the pooled answers.
 * docs/conventions.md#aggregation: `null` for an empty group, a zero denominator, a zero weight sum or no valid survey answer.
 *
 * @param partial - The partial aggregate of a group.
 * @param kpi - The KPI (`aggregation`, `measure` and `quantile` are read).
 * @returns The value, or `null`.
 * @throws {@link KpiError} `invalid_argument` when a quantile KPI's partial kept neither values nor a sketch (path
 * `["values"]`), or a `survey` aggregation has no survey measure (path `["measure"]`); also `invalid_argument` for
 * missing or wrong-shaped arguments: `partial` or `kpi` not an object (path `[]`), `kpi.measure` not an object (path
 * `["measure"]`), a survey KPI's `partial.survey` neither an object nor `null` (path `["survey"]`) or without its
 * `answers` (path `["survey", "answers"]`); as {@link quantileOfSketch} documents for a malformed sketch.
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
 * // 1/2 and 99/100 pool to 100/102, not the mean of 50 % and 99 %.
 * finalizePartial(accumulate([{ at: 0, numerator: 1, denominator: 2 }, { at: 0, numerator: 99, denominator: 100 }], kpi), kpi);
 * //=> 98.03921568627452
 * ```
 *
 * @category Aggregate
 */
export function finalizePartial(
  partial: PartialAggregate,
  kpi: Pick<KpiDefinition, "measure" | "aggregation"> & { readonly quantile?: number | undefined },
): number | null {
  // A few tests only, and only the failing call builds a message: finalizePartial runs in roll-up loops.
  if (typeof partial !== "object" || partial === null) requireObject(partial, "finalizePartial", "partial");
  if (typeof kpi !== "object" || kpi === null) requireObject(kpi, "finalizePartial", "kpi");
  if (typeof kpi.measure !== "object" || kpi.measure === null) requireObject(kpi.measure, "finalizePartial", "kpi.measure", ["measure"]);
  const empty = partial.count === 0;
  const aggregation = kpi.aggregation;
  switch (aggregation) {
    case "sum":
      return empty ? null : partial.sum;
    case "mean":
      return empty ? null : partial.sum / partial.count;
    case "min":
      return partial.min;
    case "max":
      return partial.max;
    case "first":
      return partial.firstValue;
    case "last":
      return partial.lastValue;
    case "median":
    case "quantile": {
      if (empty) return null;
      const p = aggregation === "median" ? 0.5 : kpi.quantile;
      if (p === undefined || !(p >= 0 && p <= 1)) {
        throw new KpiError("invalid_argument", "finalizePartial: a quantile KPI needs `quantile` from 0 to 1", { path: ["quantile"] });
      }
      // `!= null`: a partial without the field (from JavaScript) kept no values either.
      if (partial.values != null) return quantileOfSorted(partial.values, p);
      if (partial.sketch != null) return quantileOfSketch(partial.sketch, p);
      throw new KpiError("invalid_argument", "finalizePartial: the partial kept no values for a quantile (partials from a query compiled with quantileValues: false keep none: take the node values of median and quantile KPIs from compileQuantilesQuery)", { path: ["values"] });
    }
    case "ratio_of_sums": {
      if (partial.denominatorSum === 0) return null;
      const scale = kpi.measure.kind === "ratio" ? kpi.measure.scale : 1;
      return (partial.numeratorSum / partial.denominatorSum) * scale;
    }
    case "weighted_mean":
      return partial.weightSum === 0 ? null : partial.weightedSum / partial.weightSum;
    case "survey":
      if (kpi.measure.kind !== "survey") {
        throw new KpiError("invalid_argument", "finalizePartial: a survey aggregation needs a survey measure", { path: ["measure"] });
      }
      if (partial.survey === null) return null;
      if (typeof partial.survey !== "object") {
        throw new KpiError("invalid_argument", `finalizePartial: partial.survey must be an object or null, not ${typeof partial.survey}`, { path: ["survey"] });
      }
      if (typeof partial.survey.answers !== "object" || partial.survey.answers === null) {
        throw new KpiError("invalid_argument", "finalizePartial: partial.survey must be a survey tally ({ answers, valid, invalid })", { path: ["survey", "answers"] });
      }
      return surveyValueOfTally(partial.survey, kpi.measure);
    default:
      return assertNever(aggregation, "finalizePartial");
  }
}
