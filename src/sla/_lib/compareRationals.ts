import type { Rational } from "./rational.js";

/**
 * Compares two exact rationals: `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 *
 * @remarks
 * Cross-multiplication on BigInt (both denominators are positive). Internal to kpi-kit's SLA functions.
 *
 * @param a - The left rational.
 * @param b - The right rational.
 * @returns The sign of `a − b`.
 *
 * @example
 * ```ts
 * compareRationals({ numerator: 999n, denominator: 1000n }, { numerator: 999n, denominator: 1000n });
 * //=> 0
 * ```
 */
export function compareRationals(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}
