import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { QuantileSketch } from "./quantileSketch.js";

function addStores(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const key of Object.keys(b)) out[key] = (out[key] ?? 0) + (b[key] ?? 0);
  return out;
}

/**
 * Refuses a side of a merge that is not a sketch object with `positive` and `negative` stores, before they are read
 * (a merge of partials calls this in roll-up loops: only a failing call builds a message).
 */
function checkSketch(s: QuantileSketch, name: "a" | "b"): void {
  if (typeof s !== "object" || s === null) requireObject(s, "mergeSketches", name);
  if (typeof s.positive !== "object" || s.positive === null) requireObject(s.positive, "mergeSketches", `${name}.positive`, ["positive"]);
  if (typeof s.negative !== "object" || s.negative === null) requireObject(s.negative, "mergeSketches", `${name}.negative`, ["negative"]);
}

/**
 * Returns the sketch of the union of the values of two quantile sketches with the same relative accuracy.
 *
 * @remarks
 * Adds the bucket counts, so the merge is exact (the merged sketch equals the sketch of all values), associative and
 * commutative. The inputs are not mutated.
 *
 * @param a - A sketch.
 * @param b - Another sketch with the same `relativeAccuracy`.
 * @returns The merged, frozen sketch.
 * @throws {@link KpiError} `invalid_argument` (path `["relativeAccuracy"]`) when the accuracies differ, and for
 * missing or wrong-shaped arguments: `a` or `b` not an object (path `[]`), a `positive` or `negative` store that is
 * not an object (path `["positive"]` or `["negative"]`).
 *
 * @example
 * ```ts
 * const merged = mergeSketches(createQuantileSketch([1, 2]), createQuantileSketch([2, 0]));
 * [merged.count, merged.zeroCount];
 * //=> [4, 1]
 * ```
 *
 * @category Aggregate
 */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  checkSketch(a, "a");
  checkSketch(b, "b");
  if (a.relativeAccuracy !== b.relativeAccuracy) {
    throw new KpiError(
      "invalid_argument",
      `mergeSketches: sketches of relative accuracy ${a.relativeAccuracy} and ${b.relativeAccuracy} do not merge`,
      { path: ["relativeAccuracy"] },
    );
  }
  return Object.freeze({
    relativeAccuracy: a.relativeAccuracy,
    count: a.count + b.count,
    zeroCount: a.zeroCount + b.zeroCount,
    positive: Object.freeze(addStores(a.positive, b.positive)),
    negative: Object.freeze(addStores(a.negative, b.negative)),
  });
}
