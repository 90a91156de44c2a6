/**
 * The largest magnitude of a number the library sums or squares: measurement values, numerators, denominators and
 * weights, and the values given to the statistics functions (docs/conventions.md#overflow). Within it, every sum,
 * weighted sum and second moment the engine keeps stays far inside the range of a double (about 1.8e308) for any
 * number of records that fits in memory, so no result is `Infinity` or `NaN`. Internal, not exported.
 */
export const MAGNITUDE_LIMIT = 1e100;

/** The end of every `overflow` message, after the field's name: the one wording of the rule. */
export const TOO_LARGE = "is larger in magnitude than 1e100, the largest number kpi-kit sums (docs/conventions.md#overflow)";

/**
 * Whether a finite number is within {@link MAGNITUDE_LIMIT}.
 *
 * @example
 * ```ts
 * withinMagnitudeLimit(1e100);
 * //=> true
 * ```
 */
export function withinMagnitudeLimit(x: number): boolean {
  return x <= MAGNITUDE_LIMIT && x >= -MAGNITUDE_LIMIT;
}
