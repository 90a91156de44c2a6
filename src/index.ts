// The curated public API of kpi-kit: explicit named exports, grouped by folder.

// Errors
export { KpiError, isKpiError } from "./errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "./errors.js";

// Model
export * as _placeholder from "./model/ids.js";
