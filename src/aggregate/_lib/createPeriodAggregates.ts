import type { Grain } from "../../time/grain.js";
import type { Period } from "../../time/period.js";
import { partialOfColumns, type GroupShape } from "./partialOfColumns.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { PeriodAggregates, PeriodGroup } from "../periodAggregates.js";

function buildGroups(columns: PeriodAggregateColumns, periods: readonly Period[], shapes: readonly GroupShape[]): PeriodGroup[] {
  const { length, kpiIds, subjectIds, kpiIndex, subjectIndex, periodIndex, value, hasValue } = columns;
  const groups = new Array<PeriodGroup>(length);
  for (let g = 0; g < length; g++) {
    const k = kpiIndex[g]!;
    const s = subjectIndex[g]!;
    groups[g] = {
      kpiId: kpiIds[k]!,
      subjectId: s < 0 ? null : subjectIds[s]!,
      period: periods[periodIndex[g]!]!.label,
      partial: partialOfColumns(columns, g, shapes[k]!),
      value: hasValue[g] === 1 ? value[g]! : null,
    };
  }
  return groups;
}

/**
 * Wraps aggregate columns as a {@link PeriodAggregates} whose `groups` are built from the columns on first access.
 *
 * @remarks
 * Internal to the aggregation engine. `groups` is an enumerable getter that builds the {@link PeriodGroup} objects
 * once and caches them, so JSON and deep equality see it as a plain property; `columns` is non-enumerable. Building
 * the objects costs far more than computing the columns (one partial, often with a `values` array, per group), so a
 * caller that reads only the columns never pays for it.
 *
 * @param grain - The grain of the periods.
 * @param periods - The periods.
 * @param columns - The groups as columns.
 * @param shapes - Per KPI (by `kpiIndex`), what its partials carry.
 * @returns The aggregates.
 *
 * @example
 * ```ts
 * const empty = { length: 0, kpiIds: [], subjectIds: [] } as unknown as PeriodAggregateColumns;
 * createPeriodAggregates("month", [], empty, []).groups;
 * //=> []
 * ```
 */
export function createPeriodAggregates(
  grain: Grain,
  periods: readonly Period[],
  columns: PeriodAggregateColumns,
  shapes: readonly GroupShape[],
): PeriodAggregates {
  let groups: PeriodGroup[] | null = null;
  const result = { grain, periods } as PeriodAggregates;
  Object.defineProperty(result, "groups", {
    enumerable: true,
    get: () => (groups ??= columns.length === 0 ? [] : buildGroups(columns, periods, shapes)),
  });
  Object.defineProperty(result, "columns", { enumerable: false, value: columns });
  return result;
}
