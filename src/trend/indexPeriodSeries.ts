import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { Grain } from "../time/grain.js";
import { grainOfLabel } from "../time/grainOfLabel.js";
import { labelOfOrdinal, periodOrdinal } from "./_lib/periodOrdinal.js";
import type { SeriesPoint } from "./seriesPoint.js";

/**
 * One value of a period-labelled series, as reports and exports hold them.
 *
 * @category Trend
 */
export interface PeriodValue {
  /** The period label, e.g. `"2026-03"`, `"2026-W13"`, `"2026-Q1"`, `"FY2025-26"`. */
  readonly period: string;
  /** The period's value, or `null` when the period has no value. */
  readonly value: number | null;
}

/** Options for {@link indexPeriodSeries}. */
export interface IndexPeriodSeriesOptions {
  /**
   * The grain every label must have.
   * @defaultValue read from the first label's shape
   */
  readonly grain?: Grain | undefined;
}

/**
 * Period-labelled series on one shared period index, ready for the trend functions.
 *
 * @category Trend
 */
export interface PeriodIndexedSeries<K extends string = string> {
  /** The grain of the labels, or `null` when no series has any point. */
  readonly grain: Grain | null;
  /** The label of index 0: the earliest period with a value in any series; `null` when no series has a value. */
  readonly firstPeriod: string | null;
  /**
   * `labels[i]` is the label of index `i`, for every period from `firstPeriod` to the latest labelled period of any
   * series (gaps included). For an index past the end, use {@link toPeriodLabel}.
   */
  readonly labels: readonly string[];
  /** Each series as `{ index, value }` points sorted by index, under its own key. */
  readonly series: { readonly [P in K]: readonly SeriesPoint[] };
}

/**
 * Returns period-labelled series (`{ period: "2026-03", value }`) as the `{ index, value }` series the trend
 * functions take, on one index shared by all of them, with the label of every index.
 *
 * @remarks
 * The index is the number of periods since the first observed period (docs/conventions.md#trends-and-control-charts),
 * here the earliest period with a value in any of the series, so that the series line up period for period (what
 * {@link laggedCorrelation} needs). Periods are counted by their labels, whatever the time zone: a missing period
 * keeps its distance, a `null` value stays a `null` point (a gap), and `null` points before the first observed
 * period are left out (they would carry negative indices and mean nothing to a trend). Labels may come in any order.
 * The grain is read from the first label unless `options.grain` is given; every label must have it. Map indices back
 * with `labels[index]`, or {@link toPeriodLabel} for any index (e.g. a forecast's).
 *
 * @param series - The series by name, each an array of `{ period, value }` points.
 * @param options - See {@link IndexPeriodSeriesOptions}.
 * @returns The indexed series, the grain, the label of index 0 and the labels of all indices.
 * @throws {@link KpiError} `invalid_period` for a label that is not a period of the grain (path
 *   `[name, i, "period"]`); `invalid_argument` for two points of one series with the same period (path
 *   `[name, i, "period"]`) or a point that is not a `{ period, value }` object (path `[name, i]`); `non_finite` for a
 *   value that is neither `null` nor a finite number (path `[name, i, "value"]`). `invalid_argument` also for
 *   missing or wrong-shaped arguments: `series` that is not an object (path `[]`), one of its series that is not an
 *   array (path `[name]`), `options` that is not an object (path `[]`).
 *
 * @example
 * ```ts
 * const out = indexPeriodSeries({
 *   calls: [
 *     { period: "2026-01", value: 120 },
 *     { period: "2026-02", value: null },
 *     { period: "2026-04", value: 150 },
 *   ],
 *   complaints: [
 *     { period: "2025-12", value: null },
 *     { period: "2026-02", value: 7 },
 *     { period: "2026-03", value: 9 },
 *   ],
 * });
 * out.firstPeriod;
 * //=> "2026-01"
 * out.series.calls;
 * //=> [{ index: 0, value: 120 }, { index: 1, value: null }, { index: 3, value: 150 }]
 * out.series.complaints;
 * //=> [{ index: 1, value: 7 }, { index: 2, value: 9 }]
 * out.labels;
 * //=> ["2026-01", "2026-02", "2026-03", "2026-04"]
 * ```
 *
 * @category Trend
 */
export function indexPeriodSeries<K extends string>(
  series: { readonly [P in K]: readonly PeriodValue[] },
  options: IndexPeriodSeriesOptions = {},
): PeriodIndexedSeries<K> {
  if (typeof series !== "object" || series === null || Array.isArray(series)) {
    throw new KpiError("invalid_argument", "indexPeriodSeries: series must be an object of named series", { path: [] });
  }
  requireObject(options, "indexPeriodSeries", "options");
  const names = Object.keys(series) as K[];
  let grain: Grain | null = options.grain ?? null;
  const ordinals = new Map<K, { ordinal: number; value: number | null }[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const name of names) {
    const points = series[name] as readonly PeriodValue[];
    if (!Array.isArray(points)) {
      throw new KpiError("invalid_argument", `indexPeriodSeries: series ${name} must be an array of { period, value }`, {
        path: [name],
      });
    }
    const seen = new Set<number>();
    const out: { ordinal: number; value: number | null }[] = [];
    points.forEach((point: PeriodValue | undefined, i) => {
      if (typeof point !== "object" || point === null) {
        throw new KpiError("invalid_argument", `indexPeriodSeries: point ${i} of ${name} is not a { period, value } object`, {
          path: [name, i],
        });
      }
      const label = point.period;
      if (grain === null) {
        grain = typeof label === "string" ? grainOfLabel(label) : null;
        if (grain === null) {
          throw new KpiError("invalid_period", `indexPeriodSeries: ${JSON.stringify(String(label).slice(0, 40))} is not a period label`, {
            path: [name, i, "period"],
          });
        }
      }
      const ordinal = periodOrdinal(label, grain, "indexPeriodSeries", [name, i, "period"]);
      if (seen.has(ordinal)) {
        throw new KpiError("invalid_argument", `indexPeriodSeries: ${name} has two points for ${label}`, {
          path: [name, i, "period"],
        });
      }
      seen.add(ordinal);
      const value = point.value;
      if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
        throw new KpiError("non_finite", `indexPeriodSeries: point ${i} of ${name} has a value that is not a finite number`, {
          path: [name, i, "value"],
        });
      }
      if (value !== null && ordinal < first) first = ordinal;
      if (ordinal > last) last = ordinal;
      out.push({ ordinal, value });
    });
    ordinals.set(name, out);
  }
  const indexed = {} as { [P in K]: readonly SeriesPoint[] };
  for (const name of names) {
    const points = (ordinals.get(name) ?? [])
      .filter((p) => p.ordinal >= first)
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((p) => ({ index: p.ordinal - first, value: p.value }));
    indexed[name] = points;
  }
  const labels: string[] = [];
  if (grain !== null && first !== Infinity) {
    for (let ordinal = first; ordinal <= last; ordinal++) labels.push(labelOfOrdinal(ordinal, grain));
  }
  return {
    grain,
    firstPeriod: grain !== null && first !== Infinity ? labelOfOrdinal(first, grain) : null,
    labels,
    series: indexed,
  };
}
