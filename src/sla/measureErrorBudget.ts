import { KpiError } from "../errors.js";
import { summarizeBudget } from "./_lib/summarizeBudget.js";
import { toSloFraction } from "./_lib/toSloFraction.js";
import type { ErrorBudget } from "./errorBudget.js";

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
 * //=> { unit: "events", eligible: 100_000, good: 99_950, attainment: 0.9995, met: true, errorRatio: 0.0005, budget: 100, spent: 50, remaining: 50, consumedFraction: 0.5 }
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
  return summarizeBudget(good as number, total as number, fraction, byTime ? "ms" : "events");
}
