import { KpiError } from "../errors.js";
import type { QuantileSketch } from "./quantileSketch.js";

function sortedKeys(store: Readonly<Record<string, number>>, descending: boolean): number[] {
  const keys = Object.keys(store).map(Number);
  return keys.sort(descending ? (x, y) => y - x : (x, y) => x - y);
}

/**
 * Returns the estimate of the type 7 p-quantile that a {@link QuantileSketch} gives, or `null` when it is empty.
 *
 * @remarks
 * With `h = (n − 1)·p` and `k = ⌊h⌋`, the estimates `e_k`, `e_{k+1}` of the order statistics `x_k`, `x_{k+1}` are
 * the representatives of their buckets, each within relative α (`|e − x| ≤ α·|x|`), and the result is
 * `e_k + (h − k)(e_{k+1} − e_k)`, as for the exact type 7 quantile. **Guarantee**: the error is at most
 * `α·((1 − f)|x_k| + f|x_{k+1}|)` with `f = h − k`; when `x_k` and `x_{k+1}` have the same sign (always, for
 * positive data) that is a relative error of at most α of the exact quantile. Zeros are exact.
 *
 * @param sketch - A sketch from `createQuantileSketch` or `mergeSketches`.
 * @param p - The probability, from 0 to 1.
 * @returns The estimate, or `null` for an empty sketch.
 * @throws {@link KpiError} `invalid_argument` (path `["p"]`) when `p` is not in [0, 1]; (path `["sketch"]`) when
 * `sketch` is not a sketch (no `count`, `positive` or `negative`); (path `["sketch", "count"]`) when its buckets hold
 * fewer values than its `count`.
 *
 * @example
 * ```ts
 * const estimate = quantileOfSketch(createQuantileSketch([10, 20, 30]), 0.5) ?? 0;
 * Math.abs(estimate - 20) <= 0.01 * 20;
 * //=> true
 * ```
 *
 * @category Aggregate
 */
export function quantileOfSketch(sketch: QuantileSketch, p: number): number | null {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new KpiError("invalid_argument", `quantileOfSketch: p must be a number from 0 to 1, not ${String(p)}`, {
      path: ["p"],
    });
  }
  if (typeof sketch !== "object" || sketch === null || typeof sketch.count !== "number" || typeof sketch.positive !== "object" || sketch.positive === null
    || typeof sketch.negative !== "object" || sketch.negative === null) {
    throw new KpiError("invalid_argument", "quantileOfSketch: sketch must be a quantile sketch ({ count, zeroCount, positive, negative, relativeAccuracy })", { path: ["sketch"] });
  }
  const n = sketch.count;
  if (n === 0) return null;
  const alpha = sketch.relativeAccuracy;
  const gamma = (1 + alpha) / (1 - alpha);
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const f = h - k;
  const wanted = f > 0 && k + 1 < n ? 2 : 1;
  const found: number[] = [];
  let seen = 0;
  // Walk the buckets in ascending order of value: negatives (largest magnitude first), zeros, positives.
  const visit = (count: number, estimate: number): boolean => {
    const from = seen;
    seen += count;
    while (found.length < wanted && k + found.length >= from && k + found.length < seen) found.push(estimate);
    return found.length === wanted;
  };
  let done = false;
  for (const key of sortedKeys(sketch.negative, true)) {
    if ((done = visit(sketch.negative[String(key)] ?? 0, (-2 * gamma ** key) / (gamma + 1)))) break;
  }
  if (!done) done = visit(sketch.zeroCount, 0);
  if (!done) {
    for (const key of sortedKeys(sketch.positive, false)) {
      if (visit(sketch.positive[String(key)] ?? 0, (2 * gamma ** key) / (gamma + 1))) break;
    }
  }
  if (found.length < wanted) {
    // Its buckets hold fewer values than its count: a sketch not built by kpi-kit (it gave 0 here before).
    throw new KpiError("invalid_argument", `quantileOfSketch: the sketch's buckets hold fewer values than its count (${String(n)})`, { path: ["sketch", "count"] });
  }
  const lo = found[0]!;
  if (wanted === 1) return lo;
  return lo + f * (found[1]! - lo);
}
