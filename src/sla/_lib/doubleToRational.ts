import type { Rational } from "./rational.js";

/**
 * Returns the exact value of a finite double as a rational with a power-of-two denominator.
 *
 * @remarks
 * Every finite double is a dyadic rational; doubling a non-integer double is exact, so the loop runs at most 1074
 * times (whole numbers, the usual case of milliseconds and counts, return at once). Internal to kpi-kit's SLA
 * functions; the caller has checked that the value is finite.
 *
 * @param value - A finite double.
 * @returns Its exact value.
 *
 * @example
 * ```ts
 * doubleToRational(0.375);
 * //=> { numerator: 3n, denominator: 8n }
 * ```
 */
export function doubleToRational(value: number): Rational {
  let scaled = value;
  let denominator = 1n;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    denominator *= 2n;
  }
  return { numerator: BigInt(scaled), denominator };
}
