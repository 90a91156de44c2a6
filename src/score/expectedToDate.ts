import type { KpiDefinition } from "../model/kpiDefinition.js";
import { KpiError, isKpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { checkPeriod } from "./_lib/checkPeriod.js";
import type { InstantInput } from "../time/instantInput.js";
import { periodCoverage } from "../time/periodCoverage.js";

/** Options for {@link expectedToDate}. @category Score */
export interface ExpectedToDateOptions {
  /** The instant to judge at ("now", as a parameter), epoch ms. */
  readonly asOf: InstantInput;
  /** The KPI; only its time `aggregation` is read (`sum` makes it cumulative). */
  readonly kpi: Pick<KpiDefinition, "aggregation">;
}

/** The value expected by `asOf`, as returned by {@link expectedToDate}. @category Score */
export interface ExpectedToDate {
  /** The expected value: the target pro-rated, or the full target. */
  readonly value: number;
  /** `true` when `value` is the target pro-rated to the elapsed part of the period. */
  readonly prorated: boolean;
  /** The elapsed fraction of the period's real duration at `asOf`, in `[0, 1]`. */
  readonly fraction: number;
}

/**
 * Returns the value a KPI is expected to have reached by `asOf`: the target pro-rated over an incomplete period for
 * a cumulative KPI, else the full target.
 *
 * @remarks
 * A KPI is cumulative when its values add up over time — its time aggregation is `sum` (cases handled, hours
 * spent). For such a KPI in a period that is not complete at `asOf`, the expected value is
 * `target × elapsed fraction`, where the fraction is real elapsed time over the period's real length (see
 * `periodCoverage`): in `Europe/Riga` March 2026 lasts 743 hours, so at the midnight that starts 30 March (after
 * the clocks went forward) 695 hours have passed and the fraction is 695 / 743, not 29 / 31. Before the period
 * starts the fraction is 0 (and so is a pro-rated target). For a complete period, and for every non-cumulative KPI (means, ratios, percentiles, surveys — a rate is
 * not smaller half-way through), the full target is expected and `prorated` is `false`.
 *
 * @param targetValue - The target value for the whole period (e.g. a target's `value` or its planned value).
 * @param period - The period; `start` and `end` in epoch ms (a `Period` fits).
 * @param options - See {@link ExpectedToDateOptions}.
 * @returns The expected value, whether it was pro-rated, and the elapsed fraction.
 * @throws {@link KpiError} `non_finite` (path `["targetValue"]`, `["asOf"]`, `["period", "start"]` or
 * `["period", "end"]`); `invalid_interval` (path `["period", "end"]`) when the period ends before it starts;
 * `invalid_argument` when `period` (path `["period"]`), `options` (path `["options"]`) or `options.kpi` (path
 * `["options", "kpi"]`) is missing or not an object.
 *
 * @example
 * ```ts
 * const day = { start: 0, end: 86_400_000 };
 * [
 *   expectedToDate(100, day, { asOf: 21_600_000, kpi: { aggregation: "sum" } }),
 *   expectedToDate(95, day, { asOf: 21_600_000, kpi: { aggregation: "mean" } }),
 * ];
 * //=> [{ value: 25, prorated: true, fraction: 0.25 }, { value: 95, prorated: false, fraction: 0.25 }]
 * ```
 *
 * @category Score
 */
export function expectedToDate(
  targetValue: number,
  period: { readonly start: number; readonly end: number },
  options: ExpectedToDateOptions,
): ExpectedToDate {
  if (!Number.isFinite(targetValue)) {
    throw new KpiError("non_finite", "expectedToDate: the target value must be a finite number", {
      path: ["targetValue"],
    });
  }
  checkPeriod(period, "expectedToDate", ["period"]);
  requireObject(options, "expectedToDate", "options", ["options"]);
  requireObject(options.kpi, "expectedToDate", "options.kpi", ["options", "kpi"]);
  let coverage;
  try {
    coverage = periodCoverage(period, options.asOf);
  } catch (cause) {
    // Only asOf is left to refuse (path ["asOf"]): told as expectedToDate's, not as periodCoverage's.
    if (!isKpiError(cause)) throw cause;
    throw new KpiError(cause.code, `expectedToDate: ${cause.message.replace(/^\w+: /, "")}`, { path: cause.path, cause });
  }
  const { complete, elapsedFraction } = coverage;
  if (complete || options.kpi.aggregation !== "sum") {
    return { value: targetValue, prorated: false, fraction: elapsedFraction };
  }
  return { value: targetValue * elapsedFraction, prorated: true, fraction: elapsedFraction };
}
