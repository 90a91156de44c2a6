import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { addToSketchBins, type SketchBins } from "./_lib/addToSketchBins.js";
import { checkFiniteValues } from "./_lib/checkFiniteValues.js";
import type { QuantileSketch } from "./quantileSketch.js";

/** Options for {@link createQuantileSketch}. @category Aggregate */
export interface CreateQuantileSketchOptions {
  /**
   * The relative accuracy α of every quantile the sketch answers (0 < α < 1).
   * @defaultValue 0.01
   */
  readonly relativeAccuracy?: number | undefined;
}

/**
 * Returns a {@link QuantileSketch} of a list of numbers, for quantiles within a stated relative accuracy.
 *
 * @remarks
 * Costs one logarithm per value and memory that grows with the logarithm of the range of the data, not with the
 * count (about 350 buckets span 1 ms to 1 day at α = 1 %). Merge sketches with `mergeSketches`; read a quantile with
 * `quantileOfSketch`. Values are not kept, so `quantile` of the raw values is exact where a sketch is approximate.
 *
 * @param values - Finite numbers.
 * @param options - See {@link CreateQuantileSketchOptions}.
 * @returns A frozen, JSON-safe sketch.
 * @throws {@link KpiError} `non_finite` (path `[index]`) for a `NaN` or infinite value; `invalid_argument` (path
 * `["relativeAccuracy"]`) for an accuracy outside (0, 1), and (path `[]`) for `values` that is not an array or
 * `options` that is not an object.
 *
 * @example
 * ```ts
 * createQuantileSketch([0, 1, 1, -2]);
 * //=> { relativeAccuracy: 0.01, count: 4, zeroCount: 1, positive: { "0": 2 }, negative: { "35": 1 } }
 * ```
 *
 * @category Aggregate
 */
export function createQuantileSketch(
  values: readonly number[],
  options: CreateQuantileSketchOptions = {},
): QuantileSketch {
  requireArray(values, "createQuantileSketch", "values");
  requireObject(options, "createQuantileSketch", "options");
  const relativeAccuracy = options.relativeAccuracy ?? 0.01;
  if (typeof relativeAccuracy !== "number" || !(relativeAccuracy > 0 && relativeAccuracy < 1)) {
    throw new KpiError("invalid_argument", "createQuantileSketch: relativeAccuracy must be between 0 and 1", {
      path: ["relativeAccuracy"],
    });
  }
  checkFiniteValues(values, "createQuantileSketch");
  const bins: SketchBins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
  const inverseLogGamma = 1 / Math.log((1 + relativeAccuracy) / (1 - relativeAccuracy));
  for (const v of values) addToSketchBins(bins, v, inverseLogGamma, 1);
  return Object.freeze({
    relativeAccuracy,
    count: bins.count,
    zeroCount: bins.zeroCount,
    positive: Object.freeze(bins.positive),
    negative: Object.freeze(bins.negative),
  });
}
