import { type ColumnAllocator, type ColumnRequest, freshColumns } from "./scratchArray.js";
import type { SurveyTally } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { QuantileSketch } from "../quantileSketch.js";

/**
 * The columns of `size` groups, zeroed: fresh typed arrays, or those of `alloc`, asked for all at once. The KPI,
 * subject and period indices are the caller's (`indices`), or allocated with the others when `null`.
 */
export function allocateColumns(
  size: number,
  indices: readonly [Int32Array, Int32Array, Int32Array] | null,
  kept: number,
  kpiIds: readonly string[],
  subjectIds: readonly string[],
  ratios: boolean,
  weights: boolean,
  firstLast: boolean,
  statuses: boolean,
  sketches: boolean,
  surveys: boolean,
  alloc: ColumnAllocator = freshColumns,
): PeriodAggregateColumns {
  const names: string[] = [];
  const requests: ColumnRequest[] = [];
  const ask = (name: string, kind: ColumnRequest[0], length: number): void => {
    names.push(name);
    requests.push([kind, length]);
  };
  if (indices === null) for (const name of ["kpiIndex", "subjectIndex", "periodIndex"]) ask(name, "i32", size);
  ask("records", "i32", size);
  ask("count", "i32", size);
  for (const name of ["sum", "min", "max", "mean", "m2", "value"]) ask(name, "f64", size);
  if (ratios) for (const name of ["numeratorSum", "denominatorSum", "ratioRecords", "zeroDenominators", "ratioSum"]) ask(name, "f64", size);
  if (weights) for (const name of ["weightSum", "weightedSum"]) ask(name, "f64", size);
  if (firstLast) for (const name of ["firstAt", "firstValue", "lastAt", "lastValue"]) ask(name, "f64", size);
  if (statuses) ask("statuses", "f64", 3 * size);
  ask("hasValue", "u8", size);
  ask("valueStart", "i32", size + 1);
  ask("sortedValues", "f64", kept);
  const arrays = alloc(requests);
  // One object literal with its keys always in this order: every result has the same shape, whatever it holds.
  const f64 = (name: string): Float64Array => arrays[names.indexOf(name)] as Float64Array;
  const f64Or = (name: string, has: boolean): Float64Array | null => (has ? f64(name) : null);
  const i32 = (name: string): Int32Array => arrays[names.indexOf(name)] as Int32Array;
  return {
    length: size,
    kpiIds,
    subjectIds,
    kpiIndex: indices === null ? i32("kpiIndex") : indices[0],
    subjectIndex: indices === null ? i32("subjectIndex") : indices[1],
    periodIndex: indices === null ? i32("periodIndex") : indices[2],
    records: i32("records"),
    count: i32("count"),
    sum: f64("sum"),
    min: f64("min"),
    max: f64("max"),
    mean: f64("mean"),
    m2: f64("m2"),
    numeratorSum: f64Or("numeratorSum", ratios),
    denominatorSum: f64Or("denominatorSum", ratios),
    ratioRecords: f64Or("ratioRecords", ratios),
    zeroDenominators: f64Or("zeroDenominators", ratios),
    ratioSum: f64Or("ratioSum", ratios),
    weightSum: f64Or("weightSum", weights),
    weightedSum: f64Or("weightedSum", weights),
    value: f64("value"),
    hasValue: arrays[names.indexOf("hasValue")] as Uint8Array,
    valueStart: i32("valueStart"),
    sortedValues: f64("sortedValues"),
    firstAt: f64Or("firstAt", firstLast),
    firstValue: f64Or("firstValue", firstLast),
    lastAt: f64Or("lastAt", firstLast),
    lastValue: f64Or("lastValue", firstLast),
    statuses: f64Or("statuses", statuses),
    sketches: sketches ? new Array<QuantileSketch | null>(size).fill(null) : null,
    surveys: surveys ? new Array<SurveyTally | null>(size).fill(null) : null,
  };
}
