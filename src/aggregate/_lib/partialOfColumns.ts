import type { PartialAggregate, ObservationStatusCounts } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";

const NO_STATUSES: ObservationStatusCounts = Object.freeze({ provisional: 0, estimated: 0, revised: 0 });

/** What the partials of one KPI carry beyond the columns' numbers. */
export interface GroupShape {
  /** The partials keep `values` (exact quantiles). */
  readonly keepsValues: boolean;
  /** The partials keep `firstAt`/`firstValue`/`lastAt`/`lastValue` (a KPI aggregated by first or last). */
  readonly keepsFirstLast: boolean;
}

/**
 * Returns the {@link PartialAggregate} of group `g` of aggregate columns, as a plain object.
 *
 * @remarks
 * Internal to the aggregation engine: what the lazily built `groups` hold. `values` is a fresh array copied from
 * the group's range of `sortedValues` when the KPI keeps values, else `null`.
 *
 * @param columns - The aggregate columns.
 * @param g - The group's position, `0 ≤ g < columns.length`.
 * @param shape - What the partials of the group's KPI carry.
 * @returns The partial aggregate.
 *
 * @example
 * ```ts
 * const result = aggregateRows([{ kpiId: "k", subjectId: "s", at: 0, value: 2 }],
 *   [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }],
 *   { grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } });
 * partialOfColumns(result.columns, 0, { keepsValues: false, keepsFirstLast: false }).sum;
 * //=> 2
 * ```
 */
export function partialOfColumns(columns: PeriodAggregateColumns, g: number, shape: GroupShape): PartialAggregate {
  const { firstAt, firstValue, lastAt, lastValue, statuses, sketches, surveys, valueStart, sortedValues } = columns;
  const c = columns.count[g]!;
  const firstLast = c > 0 && shape.keepsFirstLast && firstAt !== null;
  let values: number[] | null = null;
  if (shape.keepsValues) {
    const from = valueStart[g]!;
    const n = valueStart[g + 1]! - from;
    values = new Array<number>(n);
    for (let j = 0; j < n; j++) values[j] = sortedValues[from + j]!;
  }
  let groupStatuses = NO_STATUSES;
  if (statuses !== null) {
    const provisional = statuses[3 * g]!;
    const estimated = statuses[3 * g + 1]!;
    const revised = statuses[3 * g + 2]!;
    if (provisional + estimated + revised > 0) groupStatuses = { provisional, estimated, revised };
  }
  return {
    records: columns.records[g]!,
    count: c,
    sum: columns.sum[g]!,
    min: c === 0 ? null : columns.min[g]!,
    max: c === 0 ? null : columns.max[g]!,
    mean: columns.mean[g]!,
    m2: columns.m2[g]!,
    firstAt: firstLast ? firstAt[g]! : null,
    firstValue: firstLast ? firstValue![g]! : null,
    lastAt: firstLast ? lastAt![g]! : null,
    lastValue: firstLast ? lastValue![g]! : null,
    numeratorSum: columns.numeratorSum === null ? 0 : columns.numeratorSum[g]!,
    denominatorSum: columns.denominatorSum === null ? 0 : columns.denominatorSum[g]!,
    weightSum: columns.weightSum === null ? c : columns.weightSum[g]!,
    weightedSum: columns.weightedSum === null ? columns.sum[g]! : columns.weightedSum[g]!,
    values,
    sketch: sketches === null ? null : sketches[g]!,
    survey: surveys === null ? null : surveys[g]!,
    ratios:
      columns.ratioRecords === null || columns.ratioRecords[g] === 0
        ? null
        : { records: columns.ratioRecords[g]!, zeroDenominators: columns.zeroDenominators![g]!, ratioSum: columns.ratioSum![g]! },
    statuses: groupStatuses,
  };
}
