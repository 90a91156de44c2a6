import { KpiError } from "../../errors.js";
import type { SeriesPoint } from "../seriesPoint.js";

/** The observed points of a series, sorted by index, in typed arrays (internal to `trend/`). */
export interface PreparedSeries {
  /** How many points have a value. */
  readonly n: number;
  /** The observed points' period indices, ascending. */
  readonly index: readonly number[];
  /** The observed points' values, in index order. */
  readonly value: readonly number[];
}

/**
 * Validates a series and returns its observed points sorted by index (internal to `trend/`, not exported).
 *
 * @remarks
 * Checks every point: `index` must be an integer, `value` `null` or finite, and no two points may share an index.
 * Points with a `null` value are dropped. Sorting is skipped when the input is already in index order.
 *
 * @param series - The series as given by the caller.
 * @param where - The public function's name, for the error message.
 * @param prefix - Path segments put before `[position, field]` in errors (e.g. `["leading"]`).
 * @returns The observed points.
 * @throws {@link KpiError} `invalid_argument` for a missing (said as such), non-integer or duplicate index (path
 *   `[i, "index"]`),
 *   `non_finite` for a value that is not a finite number (path `[i, "value"]`).
 *
 * @example
 * ```ts
 * prepareSeries([{ index: 2, value: 5 }, { index: 0, value: 1 }, { index: 1, value: null }], "f").index;
 * //=> [0, 2]
 * ```
 */
export function prepareSeries(
  series: readonly SeriesPoint[],
  where: string,
  prefix: readonly PropertyKey[] = [],
): PreparedSeries {
  if (!Array.isArray(series)) {
    throw new KpiError("invalid_argument", `${where}: the series must be an array of { index, value } points`, {
      path: [...prefix],
    });
  }
  const total = series.length;
  // One pass validates and, while the indices increase, collects the observed points.
  let sorted = true;
  let previous = -Infinity;
  const indexOut: number[] = [];
  const valueOut: number[] = [];
  for (let i = 0; i < total; i++) {
    const point = series[i] as SeriesPoint | undefined;
    if (typeof point !== "object" || point === null) {
      throw new KpiError("invalid_argument", `${where}: point ${i} is not an { index, value } object`, {
        path: [...prefix, i],
      });
    }
    const index = point.index;
    if (typeof index !== "number" || !Number.isInteger(index)) {
      // A missing index is the common mistake (points given as { at, value } or plain values): say so.
      const what =
        index === undefined
          ? "has no index: each point is { index, value }, with index the integer number of its period"
          : "has a non-integer index";
      throw new KpiError("invalid_argument", `${where}: point ${i} ${what}`, {
        path: [...prefix, i, "index"],
      });
    }
    const value = point.value;
    if (value !== null) {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new KpiError("non_finite", `${where}: point ${i} has a value that is not a finite number`, {
          path: [...prefix, i, "value"],
        });
      }
      if (sorted) {
        indexOut.push(index);
        valueOut.push(value);
      }
    }
    if (index <= previous) sorted = false;
    previous = index;
  }
  // Strictly increasing indices: no duplicates, no sort needed.
  if (sorted) return { n: indexOut.length, index: indexOut, value: valueOut };
  indexOut.length = 0;
  valueOut.length = 0;
  const order = Array.from({ length: total }, (_, i) => i);
  order.sort((a, b) => (series[a] as SeriesPoint).index - (series[b] as SeriesPoint).index || a - b);
  for (let r = 0; r < total; r++) {
    const position = order[r] as number;
    const point = series[position] as SeriesPoint;
    if (r > 0) {
      const before = order[r - 1] as number;
      if ((series[before] as SeriesPoint).index === point.index) {
        throw new KpiError("invalid_argument", `${where}: points ${before} and ${position} share index ${point.index}`, {
          path: [...prefix, position, "index"],
        });
      }
    }
    if (point.value !== null) {
      indexOut.push(point.index);
      valueOut.push(point.value);
    }
  }
  return { n: indexOut.length, index: indexOut, value: valueOut };
}
