/**
 * An exact rational number `numerator / denominator` with a positive denominator, used for the exact SLO and
 * burn-rate comparisons of docs/conventions.md#sla-and-slo.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions; reported numbers are ordinary doubles.
 */
export interface Rational {
  /** The numerator, any sign. */
  readonly numerator: bigint;
  /** The denominator, always positive. */
  readonly denominator: bigint;
}
