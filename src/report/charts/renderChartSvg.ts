import type { TopLevelSpec } from "vega-lite";
import { KpiError } from "../../errors.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Renders a Vega-Lite specification to a static SVG string, headless, with Vega's `none` renderer.
 *
 * @remarks
 * Needs the optional peer dependencies `vega` and `vega-lite` (v6), loaded on first use, so the rest of
 * `kpi-kit/report` works without them. The output is deterministic for a given specification: kpi-kit's charts
 * use ordinal period axes (no time-zone-dependent formatting), no clipping or gradients (no generated ids), and a
 * generic font stack; without the optional `canvas` package Vega estimates text widths from the font size alone.
 * The SVG's root carries the specification's `description` as its `aria-label`.
 *
 * @param spec - A Vega-Lite specification, e.g. from {@link sparklineSpec}.
 * @returns The SVG markup.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `vega` or `vega-lite` cannot be loaded, or (path
 * `["spec"]`) when Vega-Lite rejects the specification.
 *
 * @example
 * ```ts
 * const svg = await renderChartSvg(sparklineSpec([{ period: "2026-01", value: 1 }, { period: "2026-02", value: 2 }]));
 * svg.startsWith("<svg");
 * //=> true
 * ```
 *
 * @category Report
 */
export async function renderChartSvg(spec: VegaLiteSpec): Promise<string> {
  let vega: typeof import("vega");
  let vegaLite: typeof import("vega-lite");
  try {
    [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  } catch (cause) {
    throw new KpiError("invalid_argument", "renderChartSvg: install the optional peer dependencies vega@6 and vega-lite@6", {
      path: [],
      cause,
    });
  }
  let runtime;
  try {
    const logger = vega.logger(vega.None);
    runtime = vega.parse(vegaLite.compile(spec as unknown as TopLevelSpec, { logger }).spec);
  } catch (cause) {
    throw new KpiError("invalid_argument", `renderChartSvg: not a valid Vega-Lite specification (${(cause as Error).message})`, {
      path: ["spec"],
      cause,
    });
  }
  const view = new vega.View(runtime, { renderer: "none", logLevel: vega.Error });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  // Vega does not put the top-level description on the root: name the image for assistive technology.
  const description = typeof spec.description === "string" ? escapeXml(spec.description) : "";
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${description}" `).replace(/^(<svg [^>]*>)/, `$1<title>${description}</title>`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
