/**
 * Returns the first index whose value is at least `x` in an ascending array (its length when there is none).
 *
 * @remarks
 * Binary search, O(log n). Internal to kpi-kit (SLA windows, the columnar roll-up).
 *
 * @param sorted - Ascending values.
 * @param x - The value sought.
 * @returns An index in `[0, sorted.length]`.
 *
 * @example
 * ```ts
 * lowerBound(new Float64Array([0, 10, 10, 20]), 10);
 * //=> 1
 * ```
 */
export function lowerBound(sorted: Float64Array | readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
