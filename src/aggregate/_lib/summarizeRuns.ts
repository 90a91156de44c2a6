import type { AggregationKpi } from "../aggregationKpi.js";
import { isSurveyAnswer } from "../../internal/isSurveyAnswer.js";
import { addToSketchBins, type SketchBins } from "./addToSketchBins.js";
import type { SurveyTally } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { QuantileSketch } from "../quantileSketch.js";
import { type Pass, ratioOffset, R_DENOMINATOR, R_NUMERATOR, R_RATIO_SUM, R_RECORDS, R_ZERO } from "./countGroups.js";
import { type EngineColumns, FLAG_FIRST_LAST, FLAG_SURVEY, FLAG_VALUES } from "./engineColumns.js";

/**
 * Records, count, sum, min, max, Welford's mean and m2 (in record order); weights default to 1. With
 * `keep` (exact quantiles), the same walk copies the values of the groups of KPIs flagged `FLAG_VALUES` into
 * `sortedValues` and sorts each group's range (one pass over the values, not two).
 */
export function summarizeRuns(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  groupSlot: Int32Array,
  pass: Pass,
  keep: Uint8Array | null,
): void {
  const { bare } = pass;
  const { records, count, sum, min, max, mean, m2, kpiIndex, valueStart, sortedValues } = out;
  const size = out.length;
  let kept = 0;
  for (let g = 0; g < size; g++) {
    const from = runStart[g]!;
    const to = runStart[g + 1]!;
    const keeps = keep !== null && (keep[kpiIndex[g]!]! & FLAG_VALUES) !== 0;
    const start = kept;
    let c = 0, s = 0, mu = 0, sq = 0, lo = Infinity, hi = -Infinity;
    for (let j = from; j < to; j++) {
      const v = runValue[j]!;
      if (v !== v) continue;
      // A kept group's least and greatest come from its sorted values below: no comparisons in its walk.
      if (keeps) sortedValues[kept++] = v;
      else {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      c++;
      s += v;
      const delta = v - mu;
      mu += delta / c;
      sq += delta * (v - mu);
    }
    if (keeps) {
      sortRange(sortedValues, start, kept);
      if (c > 0) {
        lo = sortedValues[start]!;
        hi = sortedValues[kept - 1]!;
        // A zero may be -0 or +0, and the walk keeps the first of equal values it meets: find it in record order.
        if (lo === 0 || hi === 0) [lo, hi] = extremesInOrder(runValue, from, to);
      }
    }
    if (keep !== null) valueStart[g + 1] = kept;
    records[g] = bare === null ? to - from : to - from + bare[groupSlot[g]!]!;
    count[g] = c;
    sum[g] = s;
    mean[g] = mu;
    m2[g] = sq;
    if (c > 0) {
      min[g] = lo;
      max[g] = hi;
    }
  }
}

/** The least and the greatest of the values in `values[from, to)` (NaN skipped), the first met of equal ones. */
function extremesInOrder(values: Float64Array, from: number, to: number): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let j = from; j < to; j++) {
    const v = values[j]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * The ratio sums of each group, from its slot's entry in `Pass.ratios`. Not at the end of `summarizeRuns`: code after
 * a loop has no type feedback when the optimizing compiler first compiles the loop, and reaching it would throw the
 * compiled loop away.
 */
export function copyRatioSums(out: PeriodAggregateColumns, groupSlot: Int32Array, pass: Pass, ratios: Float64Array): void {
  const { kpiIndex, numeratorSum, denominatorSum, ratioRecords, zeroDenominators, ratioSum } = out;
  if (numeratorSum === null || denominatorSum === null || ratioRecords === null || zeroDenominators === null || ratioSum === null) return;
  const { ratioBlock, ratioSeen } = pass;
  for (let g = 0; g < out.length; g++) {
    // A group of a KPI without a block, or none of whose records added to the sums, has no ratio sums: its columns
    // stay 0.
    const k = kpiIndex[g]!;
    if ((ratioBlock !== null && ratioBlock[k]! < 0) || ratioSeen![k] === 0) continue;
    const r = ratioOffset(pass, groupSlot[g]!, k);
    numeratorSum[g] = ratios[r + R_NUMERATOR]!;
    denominatorSum[g] = ratios[r + R_DENOMINATOR]!;
    ratioRecords[g] = ratios[r + R_RECORDS]!;
    zeroDenominators[g] = ratios[r + R_ZERO]!;
    ratioSum[g] = ratios[r + R_RATIO_SUM]!;
  }
}

/**
 * Survey groups: takes answers that are not whole or off the KPI's scale out of their runs (NaN), so they add to no
 * count, sum or mean, and returns the respondents who gave them, per group.
 */
export function screenSurveyRuns(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  runRow: Int32Array,
  columns: EngineColumns,
  flags: Uint8Array,
  kpis: readonly AggregationKpi[],
): Float64Array {
  const invalid = new Float64Array(out.length);
  const { weight } = columns;
  for (let g = 0; g < out.length; g++) {
    const k = out.kpiIndex[g]!;
    if ((flags[k]! & FLAG_SURVEY) === 0) continue;
    const measure = kpis[k]!.measure as { readonly scaleMin: number; readonly scaleMax: number };
    for (let j = runStart[g]!; j < runStart[g + 1]!; j++) {
      const v = runValue[j]!;
      if (v !== v || isSurveyAnswer(v, measure)) continue;
      let w = weight === null ? 1 : weight[runRow[j]!]!;
      if (w !== w) w = 1;
      invalid[g] = invalid[g]! + w;
      runValue[j] = NaN;
    }
  }
  return invalid;
}

/** What needs each record's row: weights, statuses, first and last, survey tallies. */
export function summarizeRunRows(
  out: PeriodAggregateColumns,
  runStart: Int32Array,
  runValue: Float64Array,
  runRow: Int32Array,
  columns: EngineColumns,
  flags: Uint8Array,
  invalidAnswers: Float64Array | null,
): void {
  const { weightSum, weightedSum, statuses, firstAt, firstValue, lastAt, lastValue, kpiIndex, count } = out;
  const surveys = out.surveys as (SurveyTally | null)[] | null;
  const { at, weight, status } = columns;
  for (let g = 0; g < out.length; g++) {
    const k = kpiIndex[g]!;
    const flag = flags[k]!;
    const from = runStart[g]!;
    const to = runStart[g + 1]!;
    let ws = 0, wx = 0, provisional = 0, estimated = 0, revised = 0;
    let fAt = Infinity, fValue = 0, lAt = -Infinity, lValue = 0;
    let tally: Record<string, number> | null = null;
    let valid = 0;
    for (let j = from; j < to; j++) {
      const i = runRow[j]!;
      if (status !== null) {
        const st = status[i]!;
        if (st === 1) provisional++;
        else if (st === 2) estimated++;
        else if (st === 3) revised++;
      }
      const v = runValue[j]!;
      if (v !== v) continue;
      let w = 1;
      if (weight !== null) {
        w = weight[i]!;
        if (w !== w) w = 1;
        ws += w;
        wx += w * v;
      }
      if ((flag & FLAG_FIRST_LAST) !== 0) {
        const ms = at[i]!;
        if (ms < fAt || (ms === fAt && v > fValue)) {
          fAt = ms;
          fValue = v;
        }
        if (ms > lAt || (ms === lAt && v > lValue)) {
          lAt = ms;
          lValue = v;
        }
      }
      if ((flag & FLAG_SURVEY) !== 0) {
        // Answers off the scale were taken out by screenSurveyRuns.
        tally ??= {};
        const answer = String(v);
        tally[answer] = (tally[answer] ?? 0) + w;
        valid += w;
      }
    }
    if (weightSum !== null && weightedSum !== null) {
      weightSum[g] = ws;
      weightedSum[g] = wx;
    }
    if (statuses !== null) {
      statuses[3 * g] = provisional;
      statuses[3 * g + 1] = estimated;
      statuses[3 * g + 2] = revised;
    }
    if ((flag & FLAG_FIRST_LAST) !== 0 && count[g]! > 0) {
      firstAt![g] = fAt;
      firstValue![g] = fValue;
      lastAt![g] = lAt;
      lastValue![g] = lValue;
    }
    if ((flag & FLAG_SURVEY) !== 0) surveys![g] = { answers: tally ?? {}, valid, invalid: invalidAnswers![g]! };
  }
}

/** Builds the quantile sketch of each quantile KPI's group. */
export function sketchRunValues(out: PeriodAggregateColumns, runStart: Int32Array, runValue: Float64Array, flags: Uint8Array, alpha: number): void {
  const sketches = out.sketches as (QuantileSketch | null)[];
  const inverseLogGamma = 1 / Math.log((1 + alpha) / (1 - alpha));
  for (let g = 0; g < out.length; g++) {
    if ((flags[out.kpiIndex[g]!]! & FLAG_VALUES) === 0) continue;
    const bins: SketchBins = { count: 0, zeroCount: 0, positive: {}, negative: {} };
    const to = runStart[g + 1]!;
    for (let j = runStart[g]!; j < to; j++) {
      const v = runValue[j]!;
      if (v === v) addToSketchBins(bins, v, inverseLogGamma, 1);
    }
    sketches[g] = { relativeAccuracy: alpha, count: bins.count, zeroCount: bins.zeroCount, positive: bins.positive, negative: bins.negative };
  }
}

/** Sorts `a[from, to)` ascending in place: insertion sort for the usual small groups. */
export function sortRange(a: Float64Array, from: number, to: number): void {
  if (to - from < 32) {
    for (let i = from + 1; i < to; i++) {
      const x = a[i]!;
      let j = i - 1;
      while (j >= from && a[j]! > x) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = x;
    }
  } else a.subarray(from, to).sort();
}
