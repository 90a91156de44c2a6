import { KpiError } from "../errors.js";
import { assertNever } from "../internal/assertNever.js";
import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import type { ControlSignal } from "./controlSignal.js";
import { nelsonRules } from "./nelsonRules.js";
import { prepareSeries } from "./_lib/prepareSeries.js";
import type { SeriesPoint } from "./seriesPoint.js";
import type { TrendOutcome } from "./trendOutcome.js";
import { westernElectricRules } from "./westernElectricRules.js";
import type { XmrLimits } from "./xmrLimits.js";
import type { XmrPhase } from "./xmrPhase.js";
import type { XmrPoint } from "./xmrPoint.js";

/** The XmR scaling constant: 3/d₂ with d₂ = 1.128 for moving ranges of two. */
const E2 = 2.66;

/** Options for {@link xmrChart}. */
export interface XmrChartOptions {
  /**
   * Period indices where a new phase starts (e.g. a process change); limits are recomputed per phase. Integers,
   * strictly increasing.
   * @defaultValue `[]` (one phase)
   */
  readonly phaseStarts?: readonly number[] | undefined;
  /**
   * Compute each phase's limits from its first N observed points only (N ≥ 2) and apply them to the whole phase.
   * @defaultValue all points of the phase
   */
  readonly baseline?: number | undefined;
  /**
   * Which run rules to apply for `signals`; `none` leaves `signals` empty.
   * @defaultValue "nelson"
   */
  readonly ruleSet?: "nelson" | "western_electric" | "none" | undefined;
}

/**
 * An XmR (individuals and moving range) chart.
 *
 * @category Trend
 */
export interface XmrChart {
  /** The phases in index order (phases with no observed point are left out). */
  readonly phases: readonly XmrPhase[];
  /** The signals of the chosen rule set. */
  readonly signals: readonly ControlSignal[];
}

/**
 * Returns the XmR (individuals) control chart of a series — centre line, limits and zones per phase — with its
 * run-rule signals.
 *
 * @remarks
 * docs/conventions.md#trends-and-control-charts: per phase, CL = mean, MR̄ = mean moving range (|xᵢ − xᵢ₋₁| of consecutive observations in the
 * phase), UCL/LCL = CL ± 2.66·MR̄ (LCL not clipped), σ = 2.66·MR̄/3 for the zones. `phaseStarts` split the series
 * (each phase gets its own limits, and moving ranges do not cross a phase start); `baseline` computes a phase's
 * limits from its first N points only and applies them to the rest. Gaps are skipped over: the chart plots the
 * observations in order. Signals come from {@link nelsonRules} (default) or {@link westernElectricRules}.
 *
 * @param series - The series; any order, `null` values are gaps.
 * @param options - See {@link XmrChartOptions}.
 * @returns The chart, or `null` with reason `too_few_points` (needed 2) when the series has fewer than 2 observed
 *   points.
 * @throws {@link KpiError} `invalid_argument` for phase starts that are not strictly increasing integers, a baseline
 *   below 2, an unknown rule set (path `["ruleSet"]`), or a non-integer or duplicate index, and for missing or wrong-shaped arguments: a
 *   series that is not an array (path `[]`) or has a point that is not an object (path `[i]`), `options` that is not
 *   an object (path `[]`); `non_finite` for a non-finite value.
 *
 * @example
 * ```ts
 * const values = [10, 12, 11, 13, 12];
 * const chart = xmrChart(values.map((value, index) => ({ index, value })));
 * // CL = 58/5 = 11.6; moving ranges 2, 1, 2, 1 → MR̄ = 1.5; UCL = 11.6 + 2.66·1.5 = 15.59.
 * chart.result?.phases[0]?.limits?.upperLimit;
 * //=> 15.59
 * ```
 *
 * @category Trend
 */
export function xmrChart(series: readonly SeriesPoint[], options: XmrChartOptions = {}): TrendOutcome<XmrChart> {
  requireObject(options, "xmrChart", "options");
  const phaseStarts = options.phaseStarts ?? [];
  if (!Array.isArray(phaseStarts)) {
    throw new KpiError("invalid_argument", "xmrChart: phaseStarts must be an array of period indices", {
      path: ["phaseStarts"],
    });
  }
  phaseStarts.forEach((start, i) => {
    if (typeof start !== "number" || !Number.isInteger(start) || (i > 0 && start <= (phaseStarts[i - 1] as number))) {
      throw new KpiError("invalid_argument", "xmrChart: phaseStarts must be strictly increasing integer indices", {
        path: ["phaseStarts", i],
      });
    }
  });
  const baseline = options.baseline;
  if (baseline !== undefined && (typeof baseline !== "number" || !Number.isInteger(baseline) || baseline < 2)) {
    throw new KpiError("invalid_argument", "xmrChart: baseline must be an integer of at least 2", {
      path: ["baseline"],
    });
  }
  const ruleSet = options.ruleSet ?? "nelson";
  requireOneOf(ruleSet, ["nelson", "western_electric", "none"], "xmrChart", "ruleSet", ["ruleSet"]);
  const prepared = prepareSeries(series, "xmrChart");
  const n = prepared.n;
  if (n < 2) return { result: null, reason: "too_few_points", needed: 2 };

  const phases: XmrPhase[] = [];
  let position = 0;
  for (let p = -1; p < phaseStarts.length && position < n; p++) {
    const nextStart = p + 1 < phaseStarts.length ? (phaseStarts[p + 1] as number) : Infinity;
    const begin = position;
    while (position < n && (prepared.index[position] as number) < nextStart) position++;
    if (position === begin) continue;
    const count = position - begin;
    const baselineCount = baseline === undefined ? count : Math.min(baseline, count);
    const points: XmrPoint[] = [];
    let sum = 0;
    let rangeSum = 0;
    for (let i = 0; i < count; i++) {
      const value = prepared.value[begin + i] as number;
      const movingRange = i === 0 ? null : Math.abs(value - (prepared.value[begin + i - 1] as number));
      points.push({ index: prepared.index[begin + i] as number, value, movingRange });
      if (i < baselineCount) {
        sum += value;
        if (movingRange !== null) rangeSum += movingRange;
      }
    }
    const startIndex = p === -1 ? (prepared.index[begin] as number) : (phaseStarts[p] as number);
    let limits: XmrLimits | null = null;
    if (baselineCount >= 2) {
      const centerLine = sum / baselineCount;
      const movingRangeMean = rangeSum / (baselineCount - 1);
      const spread = E2 * movingRangeMean;
      const sigma = spread / 3;
      limits = {
        centerLine,
        movingRangeMean,
        upperLimit: centerLine + spread,
        lowerLimit: centerLine - spread,
        sigma,
        zones: {
          upperOne: centerLine + sigma,
          upperTwo: centerLine + 2 * sigma,
          lowerOne: centerLine - sigma,
          lowerTwo: centerLine - 2 * sigma,
        },
        movingRangeUpperLimit: 3.268 * movingRangeMean,
      };
    }
    phases.push({
      startIndex,
      n: count,
      baselineCount,
      limits,
      reason: limits === null ? "too_few_points" : null,
      points,
    });
  }
  let signals: ControlSignal[];
  switch (ruleSet) {
    case "nelson":
      signals = nelsonRules({ phases });
      break;
    case "western_electric":
      signals = westernElectricRules({ phases });
      break;
    case "none":
      signals = [];
      break;
    default:
      return assertNever(ruleSet, "xmrChart: ruleSet");
  }
  return { result: { phases, signals }, reason: null };
}
