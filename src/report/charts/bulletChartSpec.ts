import type { Locale } from "../../model/localizedText.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import { labelOf } from "../../model/labels.js";
import { KpiError } from "../../errors.js";
import { formatNumber } from "../_lib/formatNumber.js";
import { reportLabel } from "../reportLabel.js";
import { chartConfig } from "./_lib/chartConfig.js";
import { checkChartNumber } from "./_lib/checkChartNumber.js";
import { checkChartSize } from "./_lib/checkChartSize.js";
import { REPORT_PALETTE } from "./reportPalette.js";
import type { JsonValue, VegaLiteSpec } from "./vegaLiteSpec.js";
import { VEGA_LITE_SCHEMA } from "./_lib/vegaLiteSchema.js";

/** A range of values `[from, to]` that earns a status. @category Report */
export interface StatusBand {
  /** The status earned inside the band. */
  readonly status: "red" | "amber" | "green";
  /** The lower end. */
  readonly from: number;
  /** The upper end (at least `from`). */
  readonly to: number;
}

/** What a bullet chart shows. @category Report */
export interface BulletChartInput {
  /** The actual value, or `null` without data (no bar is drawn). */
  readonly actual: number | null;
  /** The value scored against, or `null` without a target (no tick is drawn). */
  readonly target: number | null;
  /** The status bands behind the bar, in any order. */
  readonly bands: readonly StatusBand[];
  /** The unit, shown as the axis title. */
  readonly unit: string;
}

/** Options for {@link bulletChartSpec}. @category Report */
export interface BulletChartSpecOptions {
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
   * @defaultValue 260
   */
  readonly width?: number | undefined;
}

const ORDER = ["red", "amber", "green"] as const;

/**
 * Returns the Vega-Lite specification of a bullet chart: the actual value as a bar over red, amber and green bands,
 * with the target as a tick.
 *
 * @remarks
 * Stephen Few's bullet graph. The bands are tinted in the report palette's light status colours and named in the
 * legend, so they are told apart by text as well as colour; the bar and the tick are dark. The x domain spans the
 * bands, the actual value, the target and zero.
 *
 * @param input - See {@link BulletChartInput}.
 * @param options - See {@link BulletChartSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `non_finite` (path `["input", "actual"]`, `["input", "target"]` or
 * `["input", "bands", i, "from" | "to"]`) for a number that is not finite; `invalid_interval`
 * (path `["input", "bands", i, "to"]`) for a band that ends before it starts; `invalid_argument` for missing or
 * wrong-shaped arguments: `input` or `options` not an object (path `["input"]`, `["options"]`), `input.bands` not an
 * array (path `["input", "bands"]`) or a band not an object (path `["input", "bands", i]`).
 *
 * @example
 * ```ts
 * const spec = bulletChartSpec({
 *   actual: 92, target: 95, unit: "%",
 *   bands: [{ status: "red", from: 0, to: 85.5 }, { status: "amber", from: 85.5, to: 95 }, { status: "green", from: 95, to: 100 }],
 * });
 * spec.description;
 * //=> "Bullet chart: actual 92.00 against target 95.00 (%), with red, amber and green bands."
 * ```
 *
 * @category Report
 */
export function bulletChartSpec(input: BulletChartInput, options: BulletChartSpecOptions = {}): VegaLiteSpec {
  const where = "bulletChartSpec";
  requireObject(input, where, "input", ["input"]);
  requireObject(options, where, "options", ["options"]);
  requireArray(input.bands, where, "input.bands", ["input", "bands"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 260, where, "width");
  checkChartNumber(input.actual, where, ["input", "actual"], "nullable");
  checkChartNumber(input.target, where, ["input", "target"], "nullable");
  let lo = 0;
  let hi = 0;
  const extend = (v: number | null) => {
    if (v === null) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  input.bands.forEach((b, i) => {
    requireObject(b, where, `input.bands[${i}]`, ["input", "bands", i]);
    checkChartNumber(b.from, where, ["input", "bands", i, "from"], "required");
    checkChartNumber(b.to, where, ["input", "bands", i, "to"], "required");
    if (b.to < b.from) {
      throw new KpiError("invalid_interval", `${where}: band ${i} ends before it starts`, { path: ["input", "bands", i, "to"] });
    }
    extend(b.from);
    extend(b.to);
  });
  extend(input.actual);
  extend(input.target);
  if (hi === lo) hi = lo + 1;
  const statusLabel = (s: (typeof ORDER)[number]) => labelOf("ragStatus", s, locale);
  const bands = [...input.bands]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((b) => ({ status: statusLabel(b.status), from: b.from, to: b.to }));
  const description =
    options.description ??
    reportLabel("chart_bullet_description", locale, {
      actual: formatNumber(input.actual, locale),
      target: formatNumber(input.target, locale),
      unit: input.unit,
    });
  const x = { scale: { domain: [lo, hi], nice: false } };
  const layer: JsonValue[] = [
    {
      data: { values: bands },
      mark: { type: "rect" },
      encoding: {
        x: { field: "from", type: "quantitative", ...x, title: input.unit },
        x2: { field: "to" },
        color: {
          field: "status",
          type: "nominal",
          title: reportLabel("chart_band", locale),
          scale: {
            domain: ORDER.map(statusLabel),
            range: ORDER.map((s) => REPORT_PALETTE.status[s].tint),
          },
          legend: { orient: "bottom", direction: "horizontal" },
        },
      },
    },
  ];
  if (input.actual !== null) {
    layer.push({
      data: { values: [{ kind: reportLabel("chart_actual", locale), value: input.actual }] },
      mark: { type: "bar", size: 10, color: REPORT_PALETTE.text },
      encoding: { x: { field: "value", type: "quantitative", ...x } },
    });
  }
  if (input.target !== null) {
    layer.push({
      data: { values: [{ kind: reportLabel("chart_target", locale), value: input.target }] },
      mark: { type: "tick", thickness: 3, size: 26, color: REPORT_PALETTE.text },
      encoding: { x: { field: "value", type: "quantitative", ...x } },
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    width,
    height: 30,
    layer,
    config: chartConfig(locale),
  };
}
