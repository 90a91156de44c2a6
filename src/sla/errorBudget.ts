/**
 * The unit of an {@link ErrorBudget}'s amounts: events, milliseconds, time slices or tickets.
 *
 * @category Sla
 */
export type BudgetUnit = "events" | "ms" | "slices" | "tickets";

/**
 * An error budget: what the SLO allows to go wrong, what did, and what is left.
 *
 * @remarks
 * The one result shape of every SLA measure (docs/conventions.md#sla-and-slo): `measureErrorBudget`,
 * `measureOccurrences`, `measureAvailability`, `measureTimeslices`, `measureRatioTimeslices` and every objective of
 * `evaluateSla` return these fields, and add only what is their own (`slices`, `period`, `objectiveId`, …). Amounts
 * are in `unit`: events, milliseconds of eligible time, time slices or decided tickets.
 *
 * @category Sla
 */
export interface ErrorBudget {
  /** The unit of `eligible`, `good`, `budget`, `spent` and `remaining`. */
  readonly unit: BudgetUnit;
  /** The eligible amount: all events, eligible time (the period minus maintenance, within service hours), eligible slices or decided tickets. */
  readonly eligible: number;
  /** The good part of `eligible`: good events, time up, good slices or tickets that met their deadline. */
  readonly good: number;
  /** `good / eligible` as a double (availability, for time) in [0, 1], or `null` when nothing is eligible. */
  readonly attainment: number | null;
  /** `true` when `good / eligible ≥ SLO`, compared exactly; `null` without an SLO or when nothing is eligible. */
  readonly met: boolean | null;
  /** `(eligible − good) / eligible`, the share that went wrong, or `null` when nothing is eligible. */
  readonly errorRatio: number | null;
  /** `(1 − SLO) × eligible`, or `null` without an SLO or when nothing is eligible (no budget to spend or remain). */
  readonly budget: number | null;
  /** `eligible − good`: what the bad events, downtime or late tickets used. */
  readonly spent: number;
  /** `budget − spent`; negative when overspent, exactly `0` when spent equals the budget; `null` as `budget`. */
  readonly remaining: number | null;
  /** `spent / budget`, above 1 when overspent; `null` without a budget or when it is 0. */
  readonly consumedFraction: number | null;
}
