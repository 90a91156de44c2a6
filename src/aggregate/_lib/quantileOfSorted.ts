/**
 * Returns the Hyndman–Fan type 7 quantile of values already sorted ascending, or `null` for an empty list.
 *
 * @remarks
 * `h = (n − 1)·p`, `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])`. Trusts its input (sorted, finite, `0 ≤ p ≤ 1`).
 * Internal to kpi-kit's aggregate functions; the public entry point is `quantile`.
 *
 * @param sorted - Finite numbers in ascending order.
 * @param p - The probability, 0–1.
 * @returns The quantile, or `null` when `sorted` is empty.
 *
 * @example
 * ```ts
 * quantileOfSorted([1, 2, 3, 4], 0.5);
 * //=> 2.5
 * ```
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  const b = sorted[lo + 1] as number;
  const frac = h - lo;
  return frac === 0 ? a : a + frac * (b - a);
}
