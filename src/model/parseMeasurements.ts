import { KpiError } from "../errors.js";
import type { KpiDefinition } from "./kpiDefinition.js";
import { parseMeasurement, type Measurement } from "./measurement.js";
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
 * Parses a batch of measurements and checks them against a workspace: KPIs and subjects exist, each KPI applies to
 * its subject's scope kind, ids are unique, and every `supersedes` names a record of the batch.
 *
 * @param input - Untrusted data: an array of measurement objects.
 * @param workspace - The KPI definitions and scope nodes to check against (a parsed {@link Workspace} will do).
 * @param options - See {@link ParseMeasurementsOptions}.
 * @returns The frozen measurements, in input order; nothing is dropped.
 * @throws {@link KpiError} with the record's index in the path: the codes of {@link parseMeasurement};
 * `unknown_reference` for an unknown KPI, subject or superseded id; `inapplicable_kpi` for a KPI not defined for the
 * subject's scope kind; `duplicate_id` for a repeated id; `input_too_large` above `maxRecords`.
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
  const maxRecords = options.maxRecords ?? 10_000_000;
  if (!Array.isArray(input)) {
    throw new KpiError("invalid_input", "parseMeasurements: expected an array of measurements", { path: [] });
  }
  if (input.length > maxRecords) {
    throw new KpiError("input_too_large", `parseMeasurements: ${input.length} records, above the limit of ${maxRecords}`, { path: [] });
  }
  const kpis = new Map(workspace.kpis.map((k) => [k.id as string, k]));
  const scopes = new Map(workspace.scopes.map((s) => [s.id as string, s]));
  const ids = new Set<string>();
  const out: Measurement[] = new Array<Measurement>(input.length);
  for (let i = 0; i < input.length; i++) {
    let m: Measurement;
    try {
      m = parseMeasurement(input[i]);
    } catch (error) {
      const e = error as KpiError;
      throw new KpiError(e.code, e.message.replace("parseMeasurement:", `parseMeasurements: [${i}]`), {
        path: [i, ...e.path],
        issues: e.issues,
        cause: e,
      });
    }
    const kpi = kpis.get(m.kpiId);
    if (kpi === undefined) {
      throw new KpiError("unknown_reference", `parseMeasurements: [${i}].kpiId: KPI "${m.kpiId}" does not exist`, { path: [i, "kpiId"] });
    }
    const subject = scopes.get(m.subjectId);
    if (subject === undefined) {
      throw new KpiError("unknown_reference", `parseMeasurements: [${i}].subjectId: scope node "${m.subjectId}" does not exist`, {
        path: [i, "subjectId"],
      });
    }
    if (!kpi.scopeKinds.includes(subject.kind)) {
      throw new KpiError(
        "inapplicable_kpi",
        `parseMeasurements: [${i}].subjectId: KPI "${kpi.id}" applies to ${kpi.scopeKinds.join(", ")}, not to a ${subject.kind}`,
        { path: [i, "subjectId"] },
      );
    }
    if (ids.has(m.id)) {
      throw new KpiError("duplicate_id", `parseMeasurements: [${i}].id: measurement id "${m.id}" is used twice`, { path: [i, "id"] });
    }
    ids.add(m.id);
    out[i] = m;
  }
  for (let i = 0; i < out.length; i++) {
    const s = out[i]?.supersedes;
    if (s !== undefined && !ids.has(s)) {
      throw new KpiError("unknown_reference", `parseMeasurements: [${i}].supersedes: measurement "${s}" does not exist`, {
        path: [i, "supersedes"],
      });
    }
  }
  return out;
}
