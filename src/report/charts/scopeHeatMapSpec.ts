import type { Locale } from "../../model/localizedText.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import { KpiError } from "../../errors.js";
import type { ReportStatusValue } from "../reportModel.js";
import { statusText } from "../_lib/statusText.js";
import { countText } from "../_lib/countText.js";
import { reportLabel } from "../reportLabel.js";
import { chartConfig } from "./_lib/chartConfig.js";
import { checkChartSize } from "./_lib/checkChartSize.js";
import { REPORT_PALETTE } from "./reportPalette.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";
import { VEGA_LITE_SCHEMA } from "./_lib/vegaLiteSchema.js";

/** One node of a scope-tree heat map. @category Report */
export interface HeatMapNode {
  /** The node's name. */
  readonly label: string;
  /** Its status. */
  readonly status: ReportStatusValue;
  /** Its depth below the map's root (0 for the root); indents the row. */
  readonly depth: number;
}

/** Options for {@link scopeHeatMapSpec}. @category Report */
export interface ScopeHeatMapSpecOptions {
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
   * @defaultValue 520
   */
  readonly width?: number | undefined;
}

const STATUSES: readonly ReportStatusValue[] = ["green", "amber", "red", "no_data", "no_target"];
const MAX_DEPTH = 12;
const COLUMNS = 30;

/**
 * Returns the Vega-Lite specification of a scope-tree heat map: one row per node in the given (tree) order,
 * indented by depth, its cell tinted by status, with the status's shape and its name in words.
 *
 * @remarks
 * Each status has a tint (cell), a strong colour and a shape (green circle, amber triangle, red square, no data
 * cross, no target diamond) and its label is written next to the node's name, so the map is readable without colour.
 *
 * @param nodes - The nodes in display order (e.g. depth-first).
 * @param options - See {@link ScopeHeatMapSpecOptions}.
 * @returns A Vega-Lite v6 specification.
 * @throws {@link KpiError} `invalid_argument` (path `["nodes", i, "depth"]`) for a depth that is not a whole number
 * from 0 to 12, or (path `["nodes", i, "status"]`) for an unknown status; `invalid_argument` for missing or
 * wrong-shaped arguments: `nodes` not an array (path `["nodes"]`), a node not an object (path `["nodes", i]`),
 * `options` not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const spec = scopeHeatMapSpec([
 *   { label: "Riga", status: "amber", depth: 0 },
 *   { label: "Permits", status: "green", depth: 1 },
 * ]);
 * spec.description;
 * //=> "Scope-tree status map of 2 nodes: green 1, amber 1, red 0, no data 0, no target 0."
 * ```
 *
 * @category Report
 */
export function scopeHeatMapSpec(nodes: readonly HeatMapNode[], options: ScopeHeatMapSpecOptions = {}): VegaLiteSpec {
  const where = "scopeHeatMapSpec";
  requireArray(nodes, where, "nodes", ["nodes"]);
  requireObject(options, where, "options", ["options"]);
  const locale = options.locale ?? "en";
  const width = checkChartSize(options.width ?? 520, where, "width");
  const counts: Record<ReportStatusValue, number> = { green: 0, amber: 0, red: 0, no_data: 0, no_target: 0 };
  nodes.forEach((n, i) => {
    requireObject(n, where, `nodes[${i}]`, ["nodes", i]);
    if (!Number.isInteger(n.depth) || n.depth < 0 || n.depth > MAX_DEPTH) {
      throw new KpiError("invalid_argument", `${where}: nodes[${i}].depth must be a whole number from 0 to ${MAX_DEPTH}`, {
        path: ["nodes", i, "depth"],
      });
    }
    if (!STATUSES.includes(n.status)) {
      throw new KpiError("invalid_argument", `${where}: nodes[${i}].status is not a report status`, { path: ["nodes", i, "status"] });
    }
    counts[n.status]++;
  });
  const statusLabel = (s: ReportStatusValue) => statusText(s, locale);
  const values = nodes.map((n, i) => ({
    row: i,
    depth: n.depth,
    end: COLUMNS,
    symbolAt: n.depth + 0.6,
    textAt: n.depth + 1.2,
    status: statusLabel(n.status),
    tint: REPORT_PALETTE.status[n.status].tint,
    text: `${n.label} — ${statusLabel(n.status)}`,
  }));
  const description =
    options.description ??
    reportLabel("chart_heat_map_description", locale, { nodes: countText(nodes.length, "nodes", locale), ...counts });
  const domain = STATUSES.map(statusLabel);
  const x = { type: "quantitative", scale: { domain: [0, COLUMNS], nice: false }, axis: null };
  const y = { field: "row", type: "ordinal", axis: null };
  const statusTitle = reportLabel("chart_status", locale);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    width,
    height: { step: 22 },
    data: { values },
    layer: [
      {
        mark: { type: "rect", stroke: REPORT_PALETTE.background, strokeWidth: 2 },
        encoding: {
          x: { field: "depth", ...x },
          x2: { field: "end" },
          y,
          // The cell's tint is taken as a colour from the data (no scale), so the status colour scale belongs to the
          // symbols alone and its legend merges with the shape legend into one legend of coloured shapes.
          // On the fill channel, not color: sharing the color channel with the symbols, its `legend: null` left
          // the status legend's symbols black.
          fill: { field: "tint", type: "nominal", scale: null, legend: null },
        },
      },
      {
        mark: { type: "point", filled: true, opacity: 1, size: 70 },
        encoding: {
          x: { field: "symbolAt", ...x },
          y,
          shape: {
            field: "status",
            type: "nominal",
            title: statusTitle,
            scale: { domain, range: STATUSES.map((s) => REPORT_PALETTE.status[s].shape) },
            legend: { orient: "bottom", direction: "vertical", columns: 2, labelLimit: 0 },
          },
          color: {
            field: "status",
            type: "nominal",
            title: statusTitle,
            scale: { domain, range: STATUSES.map((s) => REPORT_PALETTE.status[s].strong) },
            // The same legend as the shape's, so Vega-Lite merges them into one legend of coloured shapes.
            legend: { orient: "bottom", direction: "vertical", columns: 2, labelLimit: 0 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", fontSize: 12, color: REPORT_PALETTE.text },
        encoding: { x: { field: "textAt", ...x }, y, text: { field: "text" } },
      },
    ],
    config: chartConfig(locale),
  };
}
