import type { KpiDefinition } from "../../model/kpiDefinition.js";

/** A forecast's value and 95 % interval, as the report writes them. */
export interface ForecastFigures {
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * A straight-line forecast cut to the KPI's valid range (a share no higher than 100 %, a count no lower than 0), and
 * whether anything was cut, value or interval: the report then says so. Internal to `buildReport`'s detail sections.
 *
 * @param forecast - The forecast value and its interval (`null` bounds with two points).
 * @param range - The KPI's `validRange`, if any.
 * @returns The figures within the range, and `cut`.
 *
 * @example
 * ```ts
 * [forecastInRange({ value: 97.3, lower: 67.7, upper: 127 }, { min: 0, max: 100 }), forecastInRange({ value: 104, lower: null, upper: null }, { max: 100 })];
 * //=> [{ value: 97.3, lower: 67.7, upper: 100, cut: true }, { value: 100, lower: null, upper: null, cut: true }]
 * ```
 */
export function forecastInRange(forecast: ForecastFigures, range: KpiDefinition["validRange"]): ForecastFigures & { readonly cut: boolean } {
  const lowest = range?.min ?? -Infinity;
  const highest = range?.max ?? Infinity;
  const within = (x: number) => Math.min(highest, Math.max(lowest, x));
  const { value, lower, upper } = forecast;
  const cut = [value, lower, upper].some((x) => x !== null && x !== within(x));
  return { value: within(value), lower: lower === null ? null : within(lower), upper: upper === null ? null : within(upper), cut };
}
