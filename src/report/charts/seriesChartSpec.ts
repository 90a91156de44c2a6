import type { Locale } from "../../model/localizedText.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import { formatNumber } from "../_lib/formatNumber.js";
import { countText } from "../_lib/countText.js";
import { reportLabel } from "../reportLabel.js";
import { chartConfig } from "./_lib/chartConfig.js";
import { checkChartNumber } from "./_lib/checkChartNumber.js";
import { checkChartSize } from "./_lib/checkChartSize.js";
import { REPORT_PALETTE } from "./reportPalette.js";
import type { ChartPoint } from "./sparklineSpec.js";
import type { JsonValue, VegaLiteSpec } from "./vegaLiteSpec.js";
import { VEGA_LITE_SCHEMA } from "./_lib/vegaLiteSchema.js";

/** A series point with the target in force in its period. @category Report */
export interface SeriesChartPoint extends ChartPoint {
  /** The target value of the period (a trajectory may change it), or `null` without one. */
  readonly target: number | null;
}

/** Options for {@link seriesChartSpec}. @category Report */
export interface SeriesChartSpecOptions {
  /**
   * The language of the generated texts.
   * @defaultValue "en"
   */
  readonly locale?: Locale | undefined;
  /**
   * The chart's text alternative.
   * @defaultValue a description generated in `locale`
   */
  readonly description?: string | undefined;
  /**
   * The y-axis title (e.g. the unit).
   * @defaultValue the localised "Value"
   */
  readonly yTitle?: string | undefined;
  /**
   * Width in pixels.
   * @defaultValue 480
   */
  readonly width?: number | undefined;
}

/**
 * Returns the Vega-Lite specification of a KPI's series with its target line: values as a solid line with dots,
 * the target as a dashed step line.
 *
 * @remarks
 * The target is drawn dashed and the values solid, with a legend naming both, so they differ by more than colour.
 *
 * @param points - The series with each period's target, oldest first.
 * @param options - See {@link SeriesChartSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `non_finite` (path `["points", i, "value" | "target"]`) for a number that is not finite;
 * `invalid_argument` for missing or wrong-shaped arguments: `points` not an array (path `["points"]`), a point not
 * an object (path `["points", i]`), `options` not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const spec = seriesChartSpec([
 *   { period: "2026-01", value: 90, target: 95 },
 *   { period: "2026-02", value: 96, target: 95 },
 * ]);
 * spec.description;
 * //=> "Series of 2 periods from 2026-01 to 2026-02 with the target line; last value 96.00, target 95.00."
 * ```
 *
 * @category Report
 */
export function seriesChartSpec(points: readonly SeriesChartPoint[], options: SeriesChartSpecOptions = {}): VegaLiteSpec {
  const where = "seriesChartSpec";
  requireArray(points, where, "points", ["points"]);
  requireObject(options, where, "options", ["options"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 480, where, "width");
  points.forEach((p, i) => {
    requireObject(p, where, `points[${i}]`, ["points", i]);
    checkChartNumber(p.value, where, ["points", i, "value"], "nullable");
    checkChartNumber(p.target, where, ["points", i, "target"], "nullable");
  });
  const actual = reportLabel("chart_actual", locale);
  const target = reportLabel("chart_target", locale);
  const values: JsonValue[] = [];
  for (const p of points) {
    values.push({ period: p.period, line: actual, value: p.value });
    values.push({ period: p.period, line: target, value: p.target });
  }
  const last = points[points.length - 1];
  const description =
    options.description ??
    reportLabel("chart_series_description", locale, {
      periods: countText(points.length, "periods", locale),
      first: points[0]?.period ?? "—",
      last: last?.period ?? "—",
      lastValue: formatNumber(last?.value ?? null, locale),
      target: formatNumber(last?.target ?? null, locale),
    });
  const x = { field: "period", type: "ordinal", sort: null, title: reportLabel("chart_period", locale) };
  const y = { field: "value", type: "quantitative", scale: { zero: false }, title: options.yTitle ?? reportLabel("chart_value", locale) };
  const lines = { domain: [actual, target] };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    width,
    height: 200,
    data: { values },
    layer: [
      {
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x,
          y,
          color: { field: "line", type: "nominal", title: null, scale: { ...lines, range: [REPORT_PALETTE.series, REPORT_PALETTE.text] }, legend: { orient: "bottom" } },
          strokeDash: { field: "line", type: "nominal", title: null, scale: { ...lines, range: [[1, 0], [6, 4]] }, legend: { orient: "bottom" } },
        },
      },
      {
        transform: [{ filter: { field: "line", equal: actual } }],
        mark: { type: "point", filled: true, size: 30, color: REPORT_PALETTE.series, opacity: 1 },
        encoding: { x, y },
      },
    ],
    config: chartConfig(locale),
  };
}
