import type { PartialAggregate } from "./partialAggregate.js";

const EMPTY: PartialAggregate = Object.freeze({
  records: 0,
  count: 0,
  sum: 0,
  min: null,
  max: null,
  mean: 0,
  m2: 0,
  firstAt: null,
  firstValue: null,
  lastAt: null,
  lastValue: null,
  numeratorSum: 0,
  denominatorSum: 0,
  weightSum: 0,
  weightedSum: 0,
  values: null,
  sketch: null,
  survey: null,
  ratios: null,
  statuses: Object.freeze({ provisional: 0, estimated: 0, revised: 0 }),
});

/**
 * Returns the partial aggregate of no records: the identity of `mergePartials`.
 *
 * @remarks
 * Every sum is 0 and every extreme `null`; `finalizePartial` gives `null` for it whatever the KPI (docs/conventions.md#aggregation).
 * The object is frozen and shared.
 *
 * @returns The empty {@link PartialAggregate}.
 *
 * @example
 * ```ts
 * [emptyPartial().count, emptyPartial().min];
 * //=> [0, null]
 * ```
 *
 * @category Aggregate
 */
export function emptyPartial(): PartialAggregate {
  return EMPTY;
}
