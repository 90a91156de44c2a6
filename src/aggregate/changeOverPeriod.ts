import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";

/** One period's value with its change from an earlier period, as {@link changeOverPeriod} returns it. @category Aggregate */
export interface PeriodChange {
  /** The period's label. */
  readonly period: string;
  /** The period's value. */
  readonly value: number | null;
  /** The value `lag` entries earlier, `null` when there is none. */
  readonly previous: number | null;
  /** `value − previous`, `null` when either is `null`. */
  readonly absoluteChange: number | null;
  /** `(value − previous) / |previous|`, `null` when either is `null` or `previous` is 0. */
  readonly relativeChange: number | null;
}

/** Options for {@link changeOverPeriod}. @category Aggregate */
export interface ChangeOverPeriodOptions {
  /**
   * How many entries back to compare with: 1 for period over period, 12 for year over year on months.
   * @defaultValue 1
   */
  readonly lag?: number | undefined;
}

/**
 * Returns each period's absolute and relative change from the period `lag` entries before it.
 *
 * @remarks
 * The series is taken as given: one entry per period, contiguous and in time order (fill gaps with `value: null`,
 * e.g. from `eachPeriod`). The relative change divides by `|previous|`, so a rise is positive even from a negative
 * value; it is `null` when `previous` is 0 or `null` (docs/conventions.md#aggregation: no `Infinity`).
 *
 * @param series - Values per period, in time order.
 * @param options - See {@link ChangeOverPeriodOptions}.
 * @returns One {@link PeriodChange} per entry.
 * @throws {@link KpiError} `invalid_argument` (path `["lag"]`) for a lag that is not a whole number ≥ 1;
 * `non_finite` (path `[index, "value"]`) for a `NaN` or infinite value; `invalid_argument` for missing or wrong-shaped
 * arguments: `series` not an array or `options` not an object (path `[]`), an entry that is not an object (path
 * `[index]`).
 *
 * @example
 * ```ts
 * changeOverPeriod([{ period: "2026-01", value: 80 }, { period: "2026-02", value: 90 }, { period: "2026-03", value: null }])
 *   .map((c) => [c.absoluteChange, c.relativeChange]);
 * //=> [[null, null], [10, 0.125], [null, null]]
 * ```
 *
 * @category Aggregate
 */
export function changeOverPeriod(
  series: readonly { readonly period: string; readonly value: number | null }[],
  options: ChangeOverPeriodOptions = {},
): PeriodChange[] {
  requireArray(series, "changeOverPeriod", "series");
  requireObject(options, "changeOverPeriod", "options");
  const lag = options.lag ?? 1;
  if (!Number.isInteger(lag) || lag < 1) {
    throw new KpiError("invalid_argument", "changeOverPeriod: lag must be a whole number ≥ 1", { path: ["lag"] });
  }
  series.forEach((item, i) => {
    if (typeof item !== "object" || item === null) requireObject(item, "changeOverPeriod", `series[${i}]`, [i]);
    if (item.value !== null && !Number.isFinite(item.value)) {
      throw new KpiError("non_finite", `changeOverPeriod: series[${i}].value must be finite or null`, { path: [i, "value"] });
    }
  });
  return series.map((item, i) => {
    const previous = i >= lag ? (series[i - lag]?.value ?? null) : null;
    const value = item.value;
    const absoluteChange = value === null || previous === null ? null : value - previous;
    const relativeChange = absoluteChange === null || previous === 0 || previous === null ? null : absoluteChange / Math.abs(previous);
    return { period: item.period, value, previous, absoluteChange, relativeChange };
  });
}
