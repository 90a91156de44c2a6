import { compareRationals } from "./compareRationals.js";
import { doubleToRational } from "./doubleToRational.js";
import type { Rational } from "./rational.js";
import type { BudgetUnit, ErrorBudget } from "../errorBudget.js";

/**
 * Computes attainment, the exact verdict against the SLO and the error budget from good and eligible amounts.
 *
 * @remarks
 * The verdict and the sign of `remaining` at the boundary come from exact rational arithmetic (docs/conventions.md#sla-and-slo):
 * `good / eligible ≥ s` ⇔ `good · s.denominator ≥ s.numerator · eligible`. The budget is the exact product
 * `(1 − s) × eligible`, rounded once or twice to a double. Internal to kpi-kit's SLA functions; inputs are finite,
 * non-negative and `good ≤ eligible`.
 *
 * @param good - Good time (ms) or good events.
 * @param eligible - Eligible time (ms) or all events.
 * @param slo - The SLO as an exact fraction of 1, or `null`.
 * @param unit - The unit of the amounts.
 * @returns The {@link ErrorBudget}.
 *
 * @example
 * ```ts
 * summarizeBudget(999, 1000, { numerator: 999n, denominator: 1000n }, "events");
 * //=> { unit: "events", eligible: 1000, good: 999, attainment: 0.999, met: true, errorRatio: 0.001, budget: 1, spent: 1, remaining: 0, consumedFraction: 1 }
 * ```
 */
export function summarizeBudget(good: number, eligible: number, slo: Rational | null, unit: BudgetUnit): ErrorBudget {
  const spent = eligible - good;
  const attainment = eligible > 0 ? good / eligible : null;
  const errorRatio = eligible > 0 ? spent / eligible : null;
  // Nothing eligible (e.g. a month entirely under maintenance): no budget to spend or remain (docs/conventions.md#sla-and-slo).
  if (slo === null || eligible === 0) return { unit, eligible, good, attainment, met: null, errorRatio, budget: null, spent, remaining: null, consumedFraction: null };
  const e = doubleToRational(eligible);
  const g = doubleToRational(good);
  const allowed = slo.denominator - slo.numerator;
  // budget = e × allowed / slo.denominator, exactly
  const budgetExact: Rational = { numerator: e.numerator * allowed, denominator: e.denominator * slo.denominator };
  const budget = Number(budgetExact.numerator) / Number(budgetExact.denominator);
  const spentExact: Rational = {
    numerator: e.numerator * g.denominator - g.numerator * e.denominator,
    denominator: e.denominator * g.denominator,
  };
  const sign = compareRationals(spentExact, budgetExact);
  // remaining = budget − spent, exactly; one rounding to a double keeps its sign (a non-zero rational of moderate
  // size never rounds to 0), so the reported sign always agrees with the exact verdict.
  const remainingNumerator =
    budgetExact.numerator * spentExact.denominator - spentExact.numerator * budgetExact.denominator;
  const remainingDenominator = budgetExact.denominator * spentExact.denominator;
  const remaining = sign === 0 ? 0 : Number(remainingNumerator) / Number(remainingDenominator);
  const met = eligible > 0 ? sign <= 0 : null;
  return { unit, eligible, good, attainment, met, errorRatio, budget, spent, remaining, consumedFraction: budget > 0 ? spent / budget : null };
}
