import { KpiError } from "../errors.js";
import { describeValue } from "../internal/describeValue.js";
import { requireObject } from "../internal/requireObject.js";

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
 * @throws {@link KpiError} `invalid_argument` when `index` is not an object (path `[]`) or has no `starts` object
 * (path `["starts"]`).
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
  // The per-row step: one typeof test (a primitive or missing index has no `starts` either).
  const starts = index?.starts;
  if (typeof starts !== "object" || starts === null) refuseIndex(index);
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

/** Throws the error for an index without `starts` (kept out of {@link indexOfInstant}, which runs per row). */
function refuseIndex(index: unknown): never {
  requireObject(index, "indexOfInstant", "index");
  const starts = (index as { starts?: unknown }).starts;
  throw new KpiError(
    "invalid_argument",
    `indexOfInstant: index.starts must be a Float64Array of period boundaries, not ${describeValue(starts)}`,
    { path: ["starts"] },
  );
}
