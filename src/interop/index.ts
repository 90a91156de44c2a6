/**
 * OpenSLO v1 and CPSV-AP 3.2: import, export and validation.
 *
 * @module kpi-kit/interop
 */
// The curated API of the `kpi-kit/interop` subpath: OpenSLO v1 import, export and validation.
// Its parser (yaml) is imported only here, so the core entry point stays free of it.

export { KpiError, isKpiError } from "../errors.js";
export type { KpiErrorCode, KpiErrorOptions } from "../errors.js";

export {
  OpenSloServiceSchema,
  OpenSloSliSchema,
  OpenSloSloSchema,
  OpenSloDataSourceSchema,
  OpenSloAlertPolicySchema,
  OpenSloAlertConditionSchema,
  OpenSloAlertNotificationTargetSchema,
  OpenSloDocumentSchema,
} from "./openslo/openSloSchemas.js";
export type { OpenSloDocument, OpenSloSlo, OpenSloAlertCondition } from "./openslo/openSloSchemas.js";
export { validateOpenSlo, formatOpenSloIssue } from "./openslo/validateOpenSlo.js";
export type {
  OpenSloSource,
  OpenSloIssue,
  LocatedOpenSloDocument,
  ValidateOpenSloOptions,
  OpenSloValidation,
} from "./openslo/validateOpenSlo.js";
export { importOpenSlo } from "./openslo/importOpenSlo.js";
export type { OpenSloImport } from "./openslo/importOpenSlo.js";
export { exportOpenSlo } from "./openslo/exportOpenSlo.js";
export type { ExportOpenSloOptions, OpenSloExport } from "./openslo/exportOpenSlo.js";

export { importCpsv } from "./cpsv/importCpsv.js";
export type { CpsvImport, CpsvIssue, ImportCpsvOptions } from "./cpsv/importCpsv.js";
export { exportCpsv } from "./cpsv/exportCpsv.js";
export type { CpsvDocument, ExportCpsvOptions } from "./cpsv/exportCpsv.js";
