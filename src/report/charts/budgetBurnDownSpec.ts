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
import type { JsonValue, VegaLiteSpec } from "./vegaLiteSpec.js";
import { VEGA_LITE_SCHEMA } from "./_lib/vegaLiteSchema.js";

/** One point of a burn-down: a label (e.g. a local day) and the budget left at its end. @category Report */
export interface BurnDownPoint {
  /** The label on the x axis, e.g. `2026-03-15`; shown in order as given. */
  readonly label: string;
  /** The error budget left, in the budget's unit; negative when overspent. */
  readonly remaining: number;
}

/** What a burn-down shows. @category Report */
export interface BudgetBurnDownInput {
  /** The remaining budget over time, oldest first. */
  readonly points: readonly BurnDownPoint[];
  /** The whole budget of the window, drawn as a dashed line. */
  readonly budget: number;
  /**
   * The unit of the budget, shown on the y axis (e.g. `min`).
   * @defaultValue none
   */
  readonly unit?: string | undefined;
}

/** Options for {@link budgetBurnDownSpec}. @category Report */
export interface BudgetBurnDownSpecOptions {
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
   * Width in pixels.
   * @defaultValue 480
   */
  readonly width?: number | undefined;
}

/**
 * Returns the Vega-Lite specification of an error-budget burn-down: the budget left over time, with the whole budget
 * dashed and the zero line (budget spent) solid.
 *
 * @remarks
 * Points below zero (an overspent budget) are drawn as dark-red squares, the rest as circles, so overspending is
 * shown by shape as well as colour. The values come from the caller (e.g. `evaluateSla`); nothing is computed here.
 *
 * @param input - See {@link BudgetBurnDownInput}.
 * @param options - See {@link BudgetBurnDownSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `non_finite` (path `["input", "budget"]` or `["input", "points", i, "remaining"]`) for a
 * number that is not finite; `invalid_argument` for missing or wrong-shaped arguments: `input` or `options` not an
 * object (path `["input"]`, `["options"]`), `input.points` not an array (path `["input", "points"]`) or a point not an
 * object (path `["input", "points", i]`).
 *
 * @example
 * ```ts
 * const spec = budgetBurnDownSpec({
 *   budget: 216, unit: "min",
 *   points: [{ label: "2026-03-01", remaining: 216 }, { label: "2026-03-02", remaining: 180 }],
 * });
 * spec.description;
 * //=> "Error-budget burn-down over 2 points: budget 216.00 min, 180.00 min left."
 * ```
 *
 * @category Report
 */
export function budgetBurnDownSpec(input: BudgetBurnDownInput, options: BudgetBurnDownSpecOptions = {}): VegaLiteSpec {
  const where = "budgetBurnDownSpec";
  requireObject(input, where, "input", ["input"]);
  requireObject(options, where, "options", ["options"]);
  requireArray(input.points, where, "input.points", ["input", "points"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 480, where, "width");
  checkChartNumber(input.budget, where, ["input", "budget"], "required");
  input.points.forEach((p, i) => {
    requireObject(p, where, `input.points[${i}]`, ["input", "points", i]);
    checkChartNumber(p.remaining, where, ["input", "points", i, "remaining"], "required");
  });
  const remainingTitle = reportLabel("chart_remaining", locale);
  const values = input.points.map((p) => ({ label: p.label, remaining: p.remaining, overspent: p.remaining < 0 }));
  const last = input.points[input.points.length - 1];
  const description =
    options.description ??
    reportLabel("chart_burn_down_description", locale, {
      // With the budget's unit, as the y axis has it.
      budget: withUnit(formatNumber(input.budget, locale), input.unit),
      remaining: withUnit(formatNumber(last === undefined ? null : last.remaining, locale), last === undefined ? undefined : input.unit),
      points: countText(input.points.length, "points", locale),
    });
  const yTitle = input.unit === undefined ? remainingTitle : `${remainingTitle} (${input.unit})`;
  // More than two weeks of days: label every seventh day (the line still has a point per day), so the axis reads.
  const labelled = input.points.length > 14 ? input.points.filter((_, i) => i % 7 === 0).map((p) => p.label) : null;
  const x = {
    field: "label",
    type: "ordinal",
    sort: null,
    title: reportLabel("chart_day", locale),
    axis: labelled === null ? { labelAngle: -45 } : { labelAngle: -45, values: labelled },
  };
  const y = { field: "remaining", type: "quantitative", title: yTitle };
  const layer: JsonValue[] = [
    {
      data: { values: [{ line: reportLabel("chart_budget", locale), value: input.budget, dash: "budget" }, { line: "0", value: 0, dash: "zero" }] },
      mark: { type: "rule", color: REPORT_PALETTE.mutedText },
      encoding: {
        y: { field: "value", type: "quantitative" },
        strokeDash: { field: "dash", type: "nominal", scale: { domain: ["zero", "budget"], range: [[1, 0], [6, 4]] }, legend: null },
      },
    },
    { mark: { type: "line", color: REPORT_PALETTE.series, strokeWidth: 1.5 }, encoding: { x, y } },
    {
      mark: { type: "point", filled: true, opacity: 1, size: 30 },
      encoding: {
        x,
        y,
        shape: { field: "overspent", type: "nominal", scale: { domain: [false, true], range: ["circle", "square"] }, legend: null },
        color: {
          field: "overspent",
          type: "nominal",
          scale: { domain: [false, true], range: [REPORT_PALETTE.series, REPORT_PALETTE.status.red.strong] },
          legend: null,
        },
        tooltip: [{ field: "label", title: reportLabel("chart_day", locale) }, { field: "remaining", type: "quantitative", title: yTitle }],
      },
    },
  ];
  return { $schema: VEGA_LITE_SCHEMA, description, width, height: 200, data: { values }, layer, config: chartConfig(locale) };
}

const withUnit = (text: string, unit: string | undefined): string => (unit === undefined || unit === "" ? text : `${text} ${unit}`);
