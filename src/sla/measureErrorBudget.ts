import { KpiError } from "../errors.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";

/**
 * Good and total events, for {@link measureErrorBudget}.
 *
 * @category Sla
 */
export interface EventCounts {
  /** Good events. */
  readonly good: number;
  /** All eligible events. */
  readonly total: number;
}

/**
 * Good and eligible time in milliseconds, for {@link measureErrorBudget}.
 *
 * @category Sla
 */
export interface TimeAmounts {
  /** Eligible time that was up (ms). */
  readonly goodMs: number;
  /** Eligible time (ms): the period minus maintenance, within service hours when those apply. */
  readonly eligibleMs: number;
}

/** Options of {@link measureErrorBudget}. @category Sla */
export interface MeasureErrorBudgetOptions {
  /** The SLO in percent, as a decimal string (`"99.9"`) or number — an option, as in every SLA function. */
  readonly slo: string | number;
}

/**
 * An error budget: what the SLO allows to go wrong, what did, and what is left.
 *
 * @remarks
 * Amounts are in the unit of the input: events for {@link EventCounts}, milliseconds for {@link TimeAmounts}. The
 * same figures come with `measureOccurrences` and every objective of `evaluateSla`.
 *
 * @category Sla
 */
export interface ErrorBudget {
  /** `good / eligible` as a double in [0, 1], or `null` when nothing is eligible. */
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

/**
 * Returns the error budget of an SLO over good and total events, or over good and eligible time.
 *
 * @remarks
 * docs/conventions.md#sla-and-slo: budget = (1 − SLO) × eligible; spent = eligible − good; remaining = budget − spent (negative when
 * overspent); with nothing eligible (a month entirely under maintenance) there is no budget: `budget`, `remaining`,
 * `attainment`, `errorRatio`, `met` and `consumedFraction` are `null`. The verdict `met` and the sign of `remaining` are exact (docs/conventions.md#sla-and-slo): `good · 10^k · 100 ≥
 * sloDigits · total` on BigInt, so 999 good of 1000 meets 99.9 % although `999 / 1000 >= 99.9 / 100` is `false` in
 * floating point (`99.9 / 100` is `0.9990000000000001`). Budgets add up: the budget of two disjoint windows is the
 * sum of their budgets.
 *
 * @param amounts - `{ good, total }` events or `{ goodMs, eligibleMs }` time, finite and `0 ≤ good ≤ total`.
 * @param options - The SLO (`{ slo: "99.9" }`).
 * @returns The {@link ErrorBudget}.
 * @throws {@link KpiError} `invalid_slo` (path `["options", "slo"]`) for an SLO outside (0, 100); `non_finite` for a `NaN` or
 * infinite amount and `invalid_argument` for a negative amount or good above total (path `["amounts", field]`).
 *
 * @example
 * ```ts
 * measureErrorBudget({ good: 99_950, total: 100_000 }, { slo: "99.9" });
 * //=> { attainment: 0.9995, met: true, errorRatio: 0.0005, budget: 100, spent: 50, remaining: 50, consumedFraction: 0.5 }
 * ```
 *
 * @category Sla
 */
export function measureErrorBudget(amounts: EventCounts | TimeAmounts, options: MeasureErrorBudgetOptions): ErrorBudget {
  const where = "measureErrorBudget";
  const fraction = toSloFraction(options?.slo, where, ["options", "slo"]);
  const byTime = typeof amounts === "object" && amounts !== null && "eligibleMs" in amounts;
  const goodKey = byTime ? "goodMs" : "good";
  const totalKey = byTime ? "eligibleMs" : "total";
  const record = amounts as unknown as Record<string, unknown>;
  const good = record[goodKey];
  const total = record[totalKey];
  for (const [key, value] of [[goodKey, good], [totalKey, total]] as const) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new KpiError("non_finite", `${where}: ${key} must be a finite number`, { path: ["amounts", key] });
    }
    if (value < 0) throw new KpiError("invalid_argument", `${where}: ${key} must not be negative`, { path: ["amounts", key] });
  }
  if ((good as number) > (total as number)) {
    throw new KpiError("invalid_argument", `${where}: ${goodKey} exceeds ${totalKey}`, { path: ["amounts", goodKey] });
  }
  const s = summarizeBudget(good as number, total as number, fraction);
  return {
    attainment: s.attainment,
    met: s.met,
    errorRatio: s.errorRatio,
    budget: s.budget,
    spent: s.spent,
    remaining: s.remaining,
    consumedFraction: s.consumedFraction,
  };
}
