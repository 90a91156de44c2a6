/** The Vega-Lite schema URL of kpi-kit's chart specifications (an identifier; never fetched). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
