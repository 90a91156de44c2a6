/**
 * A JSON value: what a chart specification and its data may hold (no `undefined`, functions, `Date`s or `NaN`).
 *
 * @category Report
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * A Vega-Lite v6 specification as plain JSON, with its accessible `description` always set.
 *
 * @remarks
 * Carried in the report model so that a web application can render it interactively with `vega-embed`, and
 * rendered to static SVG for the HTML report by {@link renderChartSvg}. The x axes of time series are ordinal period
 * labels, never Vega's `temporal` type, so a rendering does not depend on the machine's time zone.
 *
 * @category Report
 */
export interface VegaLiteSpec {
  /** The Vega-Lite schema URL (an identifier: nothing is fetched). */
  readonly $schema: string;
  /** The chart's text alternative; Vega renders it as the SVG's `aria-label`. */
  readonly description: string;
  /** The rest of the specification. */
  readonly [key: string]: JsonValue;
}
