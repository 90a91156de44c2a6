import type { Locale } from "../../model/localizedText.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import { KpiError } from "../../errors.js";
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

/** A control-chart signal to mark: the period of the point that completes a pattern, and the rule. @category Report */
export interface ChartSignal {
  /** The period label of the signalling point; must be one of the points' periods. */
  readonly period: string;
  /** The rule number (e.g. Nelson rule 1–8). */
  readonly rule: number;
}

/** What a control chart shows. @category Report */
export interface ControlChartInput {
  /** The observations, oldest first; `null` values are not drawn. */
  readonly points: readonly ChartPoint[];
  /** The centre line. */
  readonly cl: number;
  /** The upper control limit. */
  readonly ucl: number;
  /** The lower control limit. */
  readonly lcl: number;
  /** The signals to mark (several rules on one point make one mark). */
  readonly signals: readonly ChartSignal[];
}

/** Options for {@link controlChartSpec}. @category Report */
export interface ControlChartSpecOptions {
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
 * Returns the Vega-Lite specification of an individuals (XmR) control chart: the series, its centre line and control
 * limits, with signalling points marked by a distinct shape.
 *
 * @remarks
 * The centre line is solid and the limits dashed. Ordinary points are small circles; a point with a signal is a
 * large dark-red diamond, named "Signal" in the legend with its rules in the data, so a signal is shown by shape
 * and text as well as colour. The limits come from the caller (e.g. `xmrChart`); nothing is computed here.
 *
 * @param input - See {@link ControlChartInput}.
 * @param options - See {@link ControlChartSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `non_finite` for a limit or value that is not finite (path `["input", "cl"]`,
 * `["input", "points", i, "value"]`…); `unknown_reference` (path `["input", "signals", i, "period"]`) for a
 * signal whose period is not one of the points'; `invalid_argument` for missing or wrong-shaped arguments: `input` or
 * `options` not an object (path `["input"]`, `["options"]`), `input.points` or `input.signals` not an array (path
 * `["input", "points"]`, `["input", "signals"]`) or an element of them not an object (path `["input", "points", i]`,
 * `["input", "signals", i]`).
 *
 * @example
 * ```ts
 * const spec = controlChartSpec({
 *   points: [{ period: "2026-01", value: 10 }, { period: "2026-02", value: 12 }, { period: "2026-03", value: 30 }],
 *   cl: 12, ucl: 25, lcl: -1, signals: [{ period: "2026-03", rule: 1 }],
 * });
 * spec.description;
 * //=> "Control chart: 3 points, centre line 12.00, control limits -1.00 and 25.00; signals marked with a diamond: 1."
 * ```
 *
 * @category Report
 */
export function controlChartSpec(input: ControlChartInput, options: ControlChartSpecOptions = {}): VegaLiteSpec {
  const where = "controlChartSpec";
  requireObject(input, where, "input", ["input"]);
  requireObject(options, where, "options", ["options"]);
  requireArray(input.points, where, "input.points", ["input", "points"]);
  requireArray(input.signals, where, "input.signals", ["input", "signals"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 480, where, "width");
  checkChartNumber(input.cl, where, ["input", "cl"], "required");
  checkChartNumber(input.ucl, where, ["input", "ucl"], "required");
  checkChartNumber(input.lcl, where, ["input", "lcl"], "required");
  const periods = new Set<string>();
  input.points.forEach((p, i) => {
    requireObject(p, where, `input.points[${i}]`, ["input", "points", i]);
    checkChartNumber(p.value, where, ["input", "points", i, "value"], "nullable");
    periods.add(p.period);
  });
  const rulesByPeriod = new Map<string, number[]>();
  input.signals.forEach((s, i) => {
    requireObject(s, where, `input.signals[${i}]`, ["input", "signals", i]);
    if (!periods.has(s.period)) {
      throw new KpiError("unknown_reference", `${where}: signal ${i} is at ${JSON.stringify(s.period)}, which has no point`, {
        path: ["input", "signals", i, "period"],
      });
    }
    checkChartNumber(s.rule, where, ["input", "signals", i, "rule"], "required");
    const rules = rulesByPeriod.get(s.period) ?? [];
    if (!rules.includes(s.rule)) rules.push(s.rule);
    rulesByPeriod.set(s.period, rules);
  });
  const observation = reportLabel("chart_observation", locale);
  const signal = reportLabel("chart_signal", locale);
  const kindTitle = reportLabel("chart_point_kind", locale);
  const values = input.points
    .filter((p) => p.value !== null)
    .map((p) => {
      const rules = rulesByPeriod.get(p.period);
      return {
        period: p.period,
        value: p.value,
        kind: rules === undefined ? observation : signal,
        rules: rules === undefined ? "" : [...rules].sort((a, b) => a - b).join(", "),
      };
    });
  const limits = [
    { line: reportLabel("chart_upper_limit", locale), value: input.ucl, dash: "limit" },
    { line: reportLabel("chart_center_line", locale), value: input.cl, dash: "centre" },
    { line: reportLabel("chart_lower_limit", locale), value: input.lcl, dash: "limit" },
  ];
  const description =
    options.description ??
    reportLabel("chart_control_description", locale, {
      points: countText(values.length, "points", locale),
      cl: formatNumber(input.cl, locale),
      lcl: formatNumber(input.lcl, locale),
      ucl: formatNumber(input.ucl, locale),
      signalCount: rulesByPeriod.size,
    });
  const yTitle = options.yTitle ?? reportLabel("chart_value", locale);
  const x = { field: "period", type: "ordinal", sort: null, title: reportLabel("chart_period", locale) };
  const y = { field: "value", type: "quantitative", scale: { zero: false }, title: yTitle };
  const layer: JsonValue[] = [
    {
      data: { values: limits },
      mark: { type: "rule", color: REPORT_PALETTE.mutedText },
      encoding: {
        y: { field: "value", type: "quantitative" },
        strokeDash: {
          field: "dash",
          type: "nominal",
          scale: { domain: ["centre", "limit"], range: [[1, 0], [6, 4]] },
          legend: null,
        },
        tooltip: [{ field: "line", title: reportLabel("chart_limit", locale) }, { field: "value", type: "quantitative" }],
      },
    },
    {
      mark: { type: "line", color: REPORT_PALETTE.series, strokeWidth: 1.5 },
      encoding: { x, y },
    },
    {
      mark: { type: "point", filled: true, opacity: 1 },
      encoding: {
        x,
        y,
        shape: {
          field: "kind",
          type: "nominal",
          title: kindTitle,
          scale: { domain: [observation, signal], range: ["circle", REPORT_PALETTE.signal.shape] },
          legend: { orient: "bottom", direction: "horizontal" },
        },
        color: {
          field: "kind",
          type: "nominal",
          title: kindTitle,
          scale: { domain: [observation, signal], range: [REPORT_PALETTE.series, REPORT_PALETTE.signal.strong] },
        },
        size: { condition: { test: { field: "kind", equal: signal }, value: 140 }, value: 30 },
        tooltip: [
          { field: "period", title: reportLabel("chart_period", locale) },
          { field: "value", type: "quantitative", title: yTitle },
          { field: "rules", title: reportLabel("chart_rule", locale) },
        ],
      },
    },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    width,
    height: 200,
    data: { values },
    layer,
    config: chartConfig(locale),
  };
}
