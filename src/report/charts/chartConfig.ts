import { REPORT_PALETTE } from "./reportPalette.js";
import type { JsonValue } from "./vegaLiteSpec.js";

/**
 * The shared Vega-Lite `config` of every chart: a generic font stack (stable text measurement), dark text, light grid.
 *
 * @returns A fresh config object.
  * @example
 * ```ts
 * chartConfig().font;
 * //=> "Arial, Helvetica, sans-serif"
 * ```
 */
export function chartConfig(): { readonly [key: string]: JsonValue } {
  const text = REPORT_PALETTE.text;
  return {
    font: REPORT_PALETTE.font,
    background: REPORT_PALETTE.background,
    view: { stroke: null },
    axis: {
      labelColor: text,
      titleColor: text,
      domainColor: REPORT_PALETTE.mutedText,
      tickColor: REPORT_PALETTE.mutedText,
      gridColor: REPORT_PALETTE.grid,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: "normal",
    },
    // labelLimit 0: legend labels are never cut short ("amber — near targ…").
    legend: { labelColor: text, titleColor: text, labelFontSize: 11, titleFontSize: 12, labelLimit: 0 },
    title: { color: text, fontSize: 13 },
    text: { color: text },
  };
}
