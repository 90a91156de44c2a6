import { requireObject } from "../internal/requireObject.js";
import { KpiError } from "../errors.js";
import type { KpiDefinition } from "./kpiDefinition.js";
import type { Measurement } from "./measurement.js";
import { MAX_MEASUREMENTS, parseMeasurementAt } from "./_lib/parseMeasurementAt.js";
import { checkMeasurementBatch } from "./_lib/checkMeasurementBatch.js";
import type { ScopeNode } from "./scopeTree.js";

/**
 * Options for {@link parseMeasurements}.
 *
 * @category Model
 */
export interface ParseMeasurementsOptions {
  /**
   * The most records accepted in one call.
   * @defaultValue 10 000 000
   */
  readonly maxRecords?: number | undefined;
}

/**
 * Parses a batch of measurements and checks them against a workspace with the same rules that `buildReport` applies,
 * so that a batch that parses (and so passes `kpi-kit validate`) never fails in a report.
 *
 * @remarks
 * Each record is parsed ({@link parseMeasurement}); then, in input order, its KPI and subject must exist, the KPI
 * must apply to the subject's scope kind, and the record's fields must fit the KPI's measure
 * (docs/conventions.md#measurements): a `ratio` record gives `numerator` and `denominator` and no `value`; a `value`,
 * `count` or `duration` record gives `value` and no `numerator`/`denominator`; a `weighted` record gives `value` and
 * `weight`; a `survey` record's `value` is one answer, a whole number from the KPI's `scaleMin` to `scaleMax`
 * (anything else is refused, never dropped from the statistic), with `weight` respondents (default 1); `value: null`
 * is allowed only with `weight: 0` on a `weighted` or `survey` KPI ("reported, no responses").
 * Then the batch: ids are unique and corrections are sound (docs/conventions.md#data-quality-and-history) — every
 * `supersedes` names a record of the batch of the same KPI and subject, no record is corrected twice, corrections do
 * not loop, and a correction is not recorded before the record it corrects.
 *
 * @param input - Untrusted data: an array of measurement objects.
 * @param workspace - The KPI definitions and scope nodes to check against (a parsed {@link Workspace} will do).
 * @param options - See {@link ParseMeasurementsOptions}.
 * @returns The frozen measurements, in input order; nothing is dropped.
 * @throws {@link KpiError} with the record's index first in the path, e.g. `[3, "value"]`: the codes of
 * {@link parseMeasurement}; `unknown_reference` for an unknown KPI, subject or superseded id; `inapplicable_kpi` for
 * a KPI not defined for the subject's scope kind; `invalid_input` for a field the KPI's measure lacks or does not
 * take; `out_of_scale` (`value`) for a survey answer that is not a whole number on the scale; `duplicate_id` for a
 * repeated id; `invalid_correction` (`supersedes`) for a correction of another KPI or subject or of a record already
 * corrected, (`recordedAt`) for a correction recorded before what it corrects; `cycle` (`supersedes`) for
 * corrections that loop, naming the ids of the loop; `input_too_large` (path `[]`) above `maxRecords`.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({
 *   name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
 * });
 * try {
 *   parseMeasurements([{ id: "m1", kpiId: "nope", subjectId: "lv", at: 0, value: 1 }], workspace);
 * } catch (error) {
 *   (error as KpiError).path;
 *   //=> [0, "kpiId"]
 * }
 * ```
 *
 * @category Model
 */
export function parseMeasurements(
  input: unknown,
  workspace: { readonly kpis: readonly KpiDefinition[]; readonly scopes: readonly ScopeNode[] },
  options: ParseMeasurementsOptions = {},
): Measurement[] {
  requireObject(workspace, "parseMeasurements", "workspace (its kpis and scopes)", ["workspace"]);
  if (!Array.isArray(workspace.kpis) || !Array.isArray(workspace.scopes)) {
    throw new KpiError("invalid_argument", "parseMeasurements: workspace must have kpis and scopes arrays (a parsed workspace will do)", { path: ["workspace"] });
  }
  const maxRecords = options.maxRecords ?? MAX_MEASUREMENTS;
  if (!Array.isArray(input)) {
    throw new KpiError("invalid_input", "parseMeasurements: expected an array of measurements", { path: [] });
  }
  if (input.length > maxRecords) {
    throw new KpiError("input_too_large", `parseMeasurements: ${input.length} records, above the limit of ${maxRecords}`, { path: [] });
  }
  const out: Measurement[] = new Array<Measurement>(input.length);
  for (let i = 0; i < input.length; i++) out[i] = parseMeasurementAt(input[i], i);
  checkMeasurementBatch(out, workspace, "parseMeasurements");
  return out;
}
