import type { AggregationKpi } from "../aggregationKpi.js";
import { finalizePartial } from "../finalizePartial.js";
import { partialOfColumns, type GroupShape } from "./partialOfColumns.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import { AGG_FIRST, AGG_LAST, AGG_MAX, AGG_MEAN, AGG_MIN, AGG_OTHER, AGG_QUANTILE, AGG_RATIO, AGG_SUM, AGG_WEIGHTED, FLAG_VALUES } from "./engineColumns.js";

/** Per KPI: how its value is read, its type-7 probability, its ratio scale. */
export function aggregationCodes(kpis: readonly AggregationKpi[], flags: Uint8Array, keepValues: boolean): [Uint8Array, Float64Array, Float64Array] {
  const codes = new Uint8Array(kpis.length);
  const probability = new Float64Array(kpis.length);
  const ratioScale = new Float64Array(kpis.length);
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    ratioScale[k] = kpi.measure.kind === "ratio" ? kpi.measure.scale : 1;
    const a = kpi.aggregation;
    const p = a === "median" ? 0.5 : kpi.quantile;
    codes[k] =
      a === "sum" ? AGG_SUM
      : a === "mean" ? AGG_MEAN
      : a === "min" ? AGG_MIN
      : a === "max" ? AGG_MAX
      : a === "first" ? AGG_FIRST
      : a === "last" ? AGG_LAST
      : a === "ratio_of_sums" ? AGG_RATIO
      : a === "weighted_mean" ? AGG_WEIGHTED
      : (a === "median" || a === "quantile") && keepValues && (flags[k]! & FLAG_VALUES) !== 0 && p !== undefined && p >= 0 && p <= 1
        ? AGG_QUANTILE
        : AGG_OTHER; // finalizePartial on the group's partial (sketches, surveys, and the errors it throws)
    probability[k] = p ?? 0;
  }
  return [codes, probability, ratioScale];
}

/** Each group's KPI value (finalizePartial, inlined for the common aggregations) into `value` and `hasValue`. */
export function finalizeRuns(out: PeriodAggregateColumns, kpis: readonly AggregationKpi[], flags: Uint8Array, shapes: readonly GroupShape[], keepValues: boolean): void {
  const [codes, probability, ratioScale] = aggregationCodes(kpis, flags, keepValues);
  const { kpiIndex, count, sum, min, max, numeratorSum, denominatorSum, weightSum, weightedSum, valueStart, sortedValues } = out;
  const { firstValue, lastValue, value, hasValue } = out;
  for (let g = 0; g < out.length; g++) {
    const k = kpiIndex[g]!;
    const c = count[g]!;
    let result = 0;
    let defined = c > 0;
    switch (codes[k]!) {
      case AGG_SUM:
        result = sum[g]!;
        break;
      case AGG_MEAN:
        result = sum[g]! / c;
        break;
      case AGG_MIN:
        result = min[g]!;
        break;
      case AGG_MAX:
        result = max[g]!;
        break;
      case AGG_FIRST:
        result = firstValue === null ? 0 : firstValue[g]!;
        break;
      case AGG_LAST:
        result = lastValue === null ? 0 : lastValue[g]!;
        break;
      case AGG_QUANTILE: {
        const base = valueStart[g]!;
        const h = (c - 1) * probability[k]!;
        const low = Math.floor(h);
        const a = sortedValues[base + low]!;
        if (low + 1 >= c) result = a;
        else {
          const frac = h - low;
          result = frac === 0 ? a : a + frac * (sortedValues[base + low + 1]! - a);
        }
        break;
      }
      case AGG_RATIO: {
        const den = denominatorSum === null ? 0 : denominatorSum[g]!;
        defined = den !== 0;
        if (defined) result = (numeratorSum![g]! / den) * ratioScale[k]!;
        break;
      }
      case AGG_WEIGHTED: {
        const ws = weightSum === null ? c : weightSum[g]!;
        defined = ws !== 0;
        if (defined) result = (weightedSum === null ? sum[g]! : weightedSum[g]!) / ws;
        break;
      }
      default: {
        const v = finalizePartial(partialOfColumns(out, g, shapes[k]!), kpis[k]!);
        defined = v !== null;
        if (v !== null) result = v;
      }
    }
    if (defined) {
      value[g] = result;
      hasValue[g] = 1;
    }
  }
}
