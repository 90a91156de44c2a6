import type { Locale } from "../../../model/localizedText.js";
import { REPORT_PALETTE } from "../reportPalette.js";
import type { JsonValue } from "../vegaLiteSpec.js";

/**
 * The shared Vega-Lite `config` of every chart: a generic font stack (stable text measurement), dark text, light grid,
 * and the number format of the locale for axis labels (Latvian "99,5" and "1 000", as `Intl.NumberFormat` writes them).
 *
 * @param locale - The chart's language.
 * @returns A fresh config object.
  * @example
 * ```ts
 * chartConfig().font;
 * //=> "Arial, Helvetica, sans-serif"
 * ```
 */
export function chartConfig(locale: Locale = "en"): { readonly [key: string]: JsonValue } {
  const text = REPORT_PALETTE.text;
  return {
    // d3-format's locale definition; English is Vega's default.
    ...(locale === "lv" ? { locale: { number: { decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0€"] } } } : {}),
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
