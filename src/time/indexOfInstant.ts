/**
 * Returns the position of the period that contains an instant, by binary search over period boundaries, or `-1`
 * when the instant lies outside them.
 *
 * @remarks
 * `starts` holds `n + 1` ascending boundaries: the start of each of the `n` periods and the end of the last, as in
 * `PeriodIndex.starts`. The answer is the `i` with `starts[i] <= ms < starts[i + 1]`. `NaN` gives `-1`. No
 * allocation, no time-zone look-up: this is the per-row step of bucketing.
 *
 * @param index - Anything with the boundaries, typically a `PeriodIndex`.
 * @param ms - An instant in epoch milliseconds.
 * @returns The period position `0 … n − 1`, or `-1`.
 *
 * @example
 * ```ts
 * indexOfInstant({ starts: Float64Array.of(0, 10, 25) }, 12);
 * //=> 1
 * ```
 *
 * @category Time
 */
export function indexOfInstant(index: { readonly starts: Float64Array }, ms: number): number {
  const starts = index.starts;
  let hi = starts.length - 1;
  if (!(ms >= starts[0]! && ms < starts[hi]!)) return -1;
  let lo = 0;
  // Invariant: starts[lo] <= ms < starts[hi].
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}
