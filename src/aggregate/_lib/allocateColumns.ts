import type { SurveyTally } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { QuantileSketch } from "../quantileSketch.js";

/** The columns of `size` groups, zeroed. */
export function allocateColumns(
  size: number,
  [kpiIndex, subjectIndex, periodIndex]: readonly [Int32Array, Int32Array, Int32Array],
  kept: number,
  kpiIds: readonly string[],
  subjectIds: readonly string[],
  ratios: boolean,
  weights: boolean,
  firstLast: boolean,
  statuses: boolean,
  sketches: boolean,
  surveys: boolean,
): PeriodAggregateColumns {
  const f64 = () => new Float64Array(size);
  return {
    length: size,
    kpiIds,
    subjectIds,
    kpiIndex,
    subjectIndex,
    periodIndex,
    records: new Int32Array(size),
    count: new Int32Array(size),
    sum: f64(),
    min: f64(),
    max: f64(),
    mean: f64(),
    m2: f64(),
    numeratorSum: ratios ? f64() : null,
    denominatorSum: ratios ? f64() : null,
    ratioRecords: ratios ? f64() : null,
    zeroDenominators: ratios ? f64() : null,
    ratioSum: ratios ? f64() : null,
    weightSum: weights ? f64() : null,
    weightedSum: weights ? f64() : null,
    value: f64(),
    hasValue: new Uint8Array(size),
    valueStart: new Int32Array(size + 1),
    sortedValues: new Float64Array(kept),
    firstAt: firstLast ? f64() : null,
    firstValue: firstLast ? f64() : null,
    lastAt: firstLast ? f64() : null,
    lastValue: firstLast ? f64() : null,
    statuses: statuses ? new Float64Array(3 * size) : null,
    sketches: sketches ? new Array<QuantileSketch | null>(size).fill(null) : null,
    surveys: surveys ? new Array<SurveyTally | null>(size).fill(null) : null,
  };
}
