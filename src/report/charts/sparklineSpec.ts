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
import type { VegaLiteSpec } from "./vegaLiteSpec.js";
import { VEGA_LITE_SCHEMA } from "./_lib/vegaLiteSchema.js";

/** One point of a series chart: a period label and its value (`null` for no data). @category Report */
export interface ChartPoint {
  /** The period label, e.g. `2026-03`; shown in order as given. */
  readonly period: string;
  /** The value, or `null` when the period has no data (the line breaks there). */
  readonly value: number | null;
}

/** Options for {@link sparklineSpec}. @category Report */
export interface SparklineSpecOptions {
  /**
   * The language of the generated description.
   * @defaultValue "en"
   */
  readonly locale?: Locale | undefined;
  /**
   * The chart's text alternative.
   * @defaultValue a description of the series generated in `locale`
   */
  readonly description?: string | undefined;
  /**
   * Width in pixels.
   * @defaultValue 120
   */
  readonly width?: number | undefined;
  /**
   * Height in pixels.
   * @defaultValue 28
   */
  readonly height?: number | undefined;
}

/**
 * Returns the Vega-Lite specification of a sparkline: a small line of a series without axes, its last value dotted.
 *
 * @remarks
 * Periods are an ordinal x axis in the given order; a `null` value breaks the line. The last non-null point is drawn
 * as a dot. The data travel inside the specification (`data.values`), so it is self-contained.
 *
 * @param points - The series, oldest first.
 * @param options - See {@link SparklineSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `non_finite` (path `["points", i, "value"]`) for a value that is not finite or `null`;
 * `invalid_argument` (path `["options", "width"]` or `["options", "height"]`) for a size that is not positive, or
 * for missing or wrong-shaped arguments: `points` not an array (path `["points"]`), a point not an object (path
 * `["points", i]`), `options` not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const spec = sparklineSpec([{ period: "2026-01", value: 3 }, { period: "2026-02", value: 5 }]);
 * spec.description;
 * //=> "Sparkline of 2 periods from 2026-01 to 2026-02; last value 5.00."
 * ```
 *
 * @category Report
 */
export function sparklineSpec(points: readonly ChartPoint[], options: SparklineSpecOptions = {}): VegaLiteSpec {
  const where = "sparklineSpec";
  requireArray(points, where, "points", ["points"]);
  requireObject(options, where, "options", ["options"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 120, where, "width");
  const height = checkChartSize(options.height ?? 28, where, "height");
  let lastIndex = -1;
  points.forEach((p, i) => {
    requireObject(p, where, `points[${i}]`, ["points", i]);
    checkChartNumber(p.value, where, ["points", i, "value"], "nullable");
    if (p.value !== null) lastIndex = i;
  });
  const values = points.map((p, i) => ({ period: p.period, value: p.value, last: i === lastIndex }));
  const description =
    options.description ??
    reportLabel("chart_sparkline_description", locale, {
      periods: countText(points.length, "periods", locale),
      first: points[0]?.period ?? "—",
      last: points[points.length - 1]?.period ?? "—",
      lastValue: formatNumber(lastIndex < 0 ? null : (points[lastIndex]?.value ?? null), locale),
    });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    width,
    height,
    padding: 2,
    data: { values },
    encoding: {
      x: { field: "period", type: "ordinal", sort: null, axis: null },
      y: { field: "value", type: "quantitative", axis: null, scale: { zero: false } },
    },
    layer: [
      { mark: { type: "line", color: REPORT_PALETTE.series, strokeWidth: 1.5 } },
      {
        transform: [{ filter: "datum.last" }],
        mark: { type: "point", filled: true, size: 20, color: REPORT_PALETTE.series },
      },
    ],
    config: chartConfig(locale),
  };
}

