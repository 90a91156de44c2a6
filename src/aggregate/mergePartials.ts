import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { mergedM2, mergedMean, mergedSketch, overflowedField, takesEnd } from "./_lib/mergeArithmetic.js";
import { mergeSurveyTallies } from "./_lib/mergeSurveyTallies.js";
import type { PartialAggregate, RatioTally } from "./partialAggregate.js";

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) { out[k++] = x; i++; } else { out[k++] = y; j++; }
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

function mergeRatios(a: RatioTally | null, b: RatioTally | null): RatioTally | null {
  if (a === null) return b;
  if (b === null) return a;
  return Object.freeze({ records: a.records + b.records, zeroDenominators: a.zeroDenominators + b.zeroDenominators, ratioSum: a.ratioSum + b.ratioSum });
}

/**
 * Throws for a side of a merge that is not a partial aggregate: not an object, `statuses` not an object, or
 * `sketch`, `survey` or `ratios` missing (each is an object or `null` in a partial). Called only when the entry test
 * of {@link mergePartials} fails, so that a valid call builds no message.
 */
function refusePartial(p: unknown, name: "a" | "b"): never {
  requireObject(p, "mergePartials", name);
  const { statuses, sketch, survey } = p as { statuses?: unknown; sketch?: unknown; survey?: unknown };
  requireObject(statuses, "mergePartials", `${name}.statuses`, ["statuses"]);
  const field = sketch === undefined ? "sketch" : survey === undefined ? "survey" : "ratios";
  throw new KpiError("invalid_argument", `mergePartials: ${name}.${field} must be an object or null, not undefined`, { path: [field] });
}

/**
 * Whether a value has the fields that {@link mergePartials} reads without a test of its own: a few tests, as a merge
 * runs in roll-up loops.
 */
function isPartialShaped(p: PartialAggregate): boolean {
  return typeof p === "object" && p !== null && typeof p.statuses === "object" && p.statuses !== null
    && p.sketch !== undefined && p.survey !== undefined && p.ratios !== undefined;
}

/**
 * Returns the partial aggregate of the records of two partial aggregates together.
 *
 * @remarks
 * Associative and commutative (docs/conventions.md#aggregation), so shards, subjects or periods merge in any order: counts and sums add;
 * min and max compare; the mean and `m2` combine with the parallel formula of Chan, Golub and LeVeque (1979):
 * with `δ = mean_b − mean_a`, `m2 = m2_a + m2_b + δ²·n_a·n_b/n`, which is numerically stable; first and last compare
 * instants (at equal instants the larger value wins); sorted value lists merge; sketches and survey tallies add.
 * Integer sums are exact; float sums may differ from another merge order in the last bits. A side that kept no
 * `values` (or sketch) although it has values makes the result keep none. The inputs are not mutated.
 *
 * @param a - A partial aggregate.
 * @param b - Another partial aggregate.
 * @returns The merged, frozen partial.
 * @throws {@link KpiError} `invalid_argument` (path `["relativeAccuracy"]`) when both hold sketches of different
 * accuracy; `overflow` (path: the field) when a merged sum leaves the range of a double, which partials built by
 * kpi-kit from records within the magnitude limit never do (docs/conventions.md#overflow); `invalid_argument` for a
 * side that is not a partial aggregate: not an object (path `[]`), `statuses` not an object (path `["statuses"]`), or
 * `sketch`, `survey` or `ratios` missing (path: the field).
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "value" }, aggregation: "mean" } as const;
 * const merged = mergePartials(accumulate([{ at: 0, value: 1 }], kpi), accumulate([{ at: 1, value: 3 }], kpi));
 * [merged.count, merged.mean, merged.m2];
 * //=> [2, 2, 2]
 * ```
 *
 * @category Aggregate
 */
export function mergePartials(a: PartialAggregate, b: PartialAggregate): PartialAggregate {
  if (!isPartialShaped(a)) refusePartial(a, "a");
  if (!isPartialShaped(b)) refusePartial(b, "b");
  if (b.records === 0 && b.count === 0 && b.values === null && b.sketch === null && b.survey === null && b.ratios === null) return a;
  if (a.records === 0 && a.count === 0 && a.values === null && a.sketch === null && a.survey === null && a.ratios === null) return b;
  const count = a.count + b.count;
  const mean = mergedMean(a.count, a.mean, b.count, b.mean);
  const m2 = mergedM2(a.count, a.mean, a.m2, b.count, b.mean, b.m2);
  let values: readonly number[] | null = null;
  const aValues = a.values ?? (a.count === 0 ? [] : null);
  const bValues = b.values ?? (b.count === 0 ? [] : null);
  if ((a.values !== null || b.values !== null) && aValues !== null && bValues !== null) {
    values = Object.freeze(mergeSorted(aValues, bValues));
  }
  const sketch = mergedSketch(a.sketch, a.count, b.sketch, b.count);
  const sum = a.sum + b.sum;
  const numeratorSum = a.numeratorSum + b.numeratorSum;
  const denominatorSum = a.denominatorSum + b.denominatorSum;
  const weightSum = a.weightSum + b.weightSum;
  const weightedSum = a.weightedSum + b.weightedSum;
  // Partials built from records within the magnitude limit never get here; partials from elsewhere (a database,
  // another process) may (docs/conventions.md#overflow).
  const field = overflowedField(sum, m2, mean, numeratorSum, denominatorSum, weightSum, weightedSum);
  if (field !== null) {
    throw new KpiError("overflow", `mergePartials: the merged ${field} leaves the range of a double (docs/conventions.md#overflow)`, { path: [field] });
  }
  const firstFromB = takesEnd(a.firstAt, a.firstValue, b.firstAt, b.firstValue, -1);
  const lastFromB = takesEnd(a.lastAt, a.lastValue, b.lastAt, b.lastValue, 1);
  return Object.freeze({
    records: a.records + b.records,
    count,
    sum,
    min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
    max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
    mean,
    m2,
    firstAt: firstFromB ? b.firstAt : a.firstAt,
    firstValue: firstFromB ? b.firstValue : a.firstValue,
    lastAt: lastFromB ? b.lastAt : a.lastAt,
    lastValue: lastFromB ? b.lastValue : a.lastValue,
    numeratorSum,
    denominatorSum,
    weightSum,
    weightedSum,
    values,
    sketch,
    survey: mergeSurveyTallies(a.survey, b.survey),
    ratios: mergeRatios(a.ratios, b.ratios),
    statuses: Object.freeze({
      provisional: a.statuses.provisional + b.statuses.provisional,
      estimated: a.statuses.estimated + b.statuses.estimated,
      revised: a.statuses.revised + b.statuses.revised,
    }),
  });
}
