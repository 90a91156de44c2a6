/**
 * The colours, shapes and symbols of kpi-kit's reports and charts, chosen for accessibility.
 *
 * @remarks
 * Text is `#1a1a1a` on white (contrast 17.4:1). The strong status colours are for symbols and marks, each with a
 * contrast of at least 3:1 against white (WCAG 1.4.11) and with different relative luminance, so that they can be
 * told apart in greyscale: red is the darkest (L ≈ 0.06), green in the middle (L ≈ 0.16), amber the lightest
 * (L ≈ 0.26). Tints are light backgrounds behind `#1a1a1a` text (contrast above 12:1). Every status also has its own
 * shape and text label, so colour is never the only signal (WCAG 1.4.1). `no_data` (a target but no value) and
 * `no_target` (a value but no target) are different statuses with different symbols.
 *
 * @category Report
 */
export const REPORT_PALETTE = Object.freeze({
  text: "#1a1a1a",
  mutedText: "#595959",
  grid: "#d9d9d9",
  background: "#ffffff",
  series: "#1f4e79",
  status: Object.freeze({
    green: Object.freeze({ strong: "#2e7d32", tint: "#dcefdc", shape: "circle", symbol: "●" }),
    amber: Object.freeze({ strong: "#c27c0e", tint: "#fbecc8", shape: "triangle-up", symbol: "▲" }),
    red: Object.freeze({ strong: "#8e0000", tint: "#f6d5d5", shape: "square", symbol: "■" }),
    no_data: Object.freeze({ strong: "#6e6e6e", tint: "#ececec", shape: "cross", symbol: "○" }),
    no_target: Object.freeze({ strong: "#1f4e79", tint: "#e3ecf5", shape: "diamond", symbol: "◇" }),
  }),
  signal: Object.freeze({ strong: "#8e0000", shape: "diamond", symbol: "◆" }),
  font: "Arial, Helvetica, sans-serif",
});
