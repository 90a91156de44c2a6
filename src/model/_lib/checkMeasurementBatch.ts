import { KpiError } from "../../errors.js";
import { inapplicableText } from "./inapplicableText.js";
import type { KpiDefinition } from "../kpiDefinition.js";
import type { Measurement } from "../measurement.js";
import type { ScopeNode } from "../scopeTree.js";
import { checkCorrections, type CheckedCorrections } from "../../internal/checkCorrections.js";
import { isSurveyAnswer } from "../../internal/isSurveyAnswer.js";
import { TOO_LARGE, withinMagnitudeLimit } from "../../internal/magnitudeLimit.js";

/** What a batch of measurements is checked against. */
export interface MeasurementBatchWorkspace {
  readonly kpis: readonly KpiDefinition[];
  readonly scopes: readonly ScopeNode[];
}

/**
 * Checks a batch of measurements against a workspace: the one check path of `parseMeasurements` (and so of
 * `kpi-kit validate`) and `buildReport`, so that a batch that parses never fails in a report. Internal, not exported.
 *
 * @remarks
 * Per record, in input order: the KPI and the subject exist, the KPI applies to the subject's scope kind, and the
 * record's fields fit the KPI's measure (docs/conventions.md#measurements):
 * - `ratio`: `numerator` and `denominator` (non-negative), no `value`;
 * - `value`, `count`, `duration`: a finite `value`, no `numerator` or `denominator`;
 * - `weighted`: a finite `value` and a non-negative `weight`, no `numerator` or `denominator`;
 * - `survey`: `value` is a whole number from `scaleMin` to `scaleMax` (the answer), `weight` (how many gave it,
 *   default 1) non-negative, no `numerator` or `denominator`;
 * - `value: null` only with `weight: 0` on a `weighted` or `survey` KPI ("reported, no responses").
 * Then the ids, instants and corrections of the whole batch (`checkCorrections`). The first problem found throws.
 *
 * @param measurements - The records (parsed or not: fields are checked, not trusted).
 * @param workspace - The KPIs and scope nodes.
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @throws {@link KpiError} with path `[...prefix, i, field]`: `unknown_reference` (`kpiId`, `subjectId`,
 * `supersedes`); `inapplicable_kpi` (`subjectId`); `invalid_input` for a field the measure does not take or lacks;
 * `non_finite` for a NaN or infinite number; `overflow` for a number larger in magnitude than 1e100
 * (docs/conventions.md#overflow); `invalid_denominator`, `invalid_weight` for a negative one;
 * `out_of_scale` (`value`) for a survey answer off the scale or not whole; and the codes of `checkCorrections`.
 * @returns What `checkCorrections` found (the index of each id, which record corrects which), for the caller to reuse.
 *
 * @example
 * ```ts
 * checkMeasurementBatch([], { kpis: [], scopes: [] }, "f").corrections;
 * //=> 0
 * ```
 */
export function checkMeasurementBatch(
  measurements: readonly Measurement[],
  workspace: MeasurementBatchWorkspace,
  where: string,
  prefix: readonly PropertyKey[] = [],
): CheckedCorrections {
  const check = createRecordCheck(workspace, where, prefix);
  for (let i = 0; i < measurements.length; i++) check(measurements[i] as Measurement, i);
  return checkCorrections(measurements, where, prefix);
}

/**
 * The per-record half of {@link checkMeasurementBatch}: a function that checks record `i` against the workspace
 * (KPI and subject exist, the KPI applies, the fields fit its measure) and throws the first problem.
 *
 * @param workspace - The KPIs and scope nodes.
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @returns The check.
 *
 * @example
 * ```ts
 * const check = createRecordCheck({ kpis: [], scopes: [] }, "f");
 * try { check({ id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1, status: "normal" } as never, 3); } catch (e) { (e as KpiError).path; }
 * //=> [3, "kpiId"]
 * ```
 */
export function createRecordCheck(
  workspace: MeasurementBatchWorkspace,
  where: string,
  prefix: readonly PropertyKey[] = [],
): (m: Measurement, i: number) => void {
  const kpis = new Map<string, KpiDefinition>(workspace.kpis.map((k) => [k.id, k]));
  const scopes = new Map<string, ScopeNode>(workspace.scopes.map((s) => [s.id, s]));
  // One failure function for the whole batch (not a closure per record): it names the record being checked.
  let i = 0;
  const fail = (code: KpiError["code"], field: string, text: string): never => {
    throw new KpiError(code, `${where}: [${i}].${field}: ${text}`, { path: [...prefix, i, field] });
  };
  return (m: Measurement | undefined, index: number): void => {
    i = index;
    if (typeof m !== "object" || m === null) {
      throw new KpiError("invalid_argument", `${where}: record ${i} is not a measurement object`, { path: [...prefix, i] });
    }
    const kpi = kpis.get(m.kpiId);
    if (kpi === undefined) fail("unknown_reference", "kpiId", `KPI "${m.kpiId}" does not exist in the workspace`);
    const subject = scopes.get(m.subjectId);
    if (subject === undefined) fail("unknown_reference", "subjectId", `scope node "${m.subjectId}" does not exist in the workspace`);
    const k = kpi as KpiDefinition;
    const s = subject as ScopeNode;
    if (!k.scopeKinds.includes(s.kind)) {
      fail("inapplicable_kpi", "subjectId", inapplicableText(k.id, k.scopeKinds, s.id, s.kind));
    }
    checkFields(m, k, fail);
  };
}

type Fail = (code: KpiError["code"], field: string, text: string) => never;

function checkNumber(x: unknown, field: string, fail: Fail, nonNegative: KpiError["code"] | null): void {
  // After "[i].field: ": the field is not named again.
  if (typeof x !== "number") fail("invalid_input", field, "must be a number");
  if (!Number.isFinite(x)) fail("non_finite", field, "must be a finite number");
  if (!withinMagnitudeLimit(x as number)) fail("overflow", field, `${x as number} ${TOO_LARGE}`);
  if (nonNegative !== null && (x as number) < 0) fail(nonNegative, field, "must not be negative");
}

function checkFields(m: Measurement, kpi: KpiDefinition, fail: Fail): void {
  // Records that did not come through parseMeasurement (buildReport takes any): a status and a collection it knows.
  const { status, collection } = m as { status?: unknown; collection?: unknown };
  if (status !== undefined && status !== "normal" && status !== "provisional" && status !== "estimated" && status !== "revised") {
    fail("invalid_input", "status", "must be normal, provisional, estimated or revised");
  }
  if (collection !== undefined && collection !== "automated" && collection !== "manual") fail("invalid_input", "collection", "must be automated or manual");
  const kind = kpi.measure.kind;
  const { value, numerator, denominator, weight } = m;
  if (weight !== undefined) checkNumber(weight, "weight", fail, "invalid_weight");
  if (kind === "ratio") {
    if (value !== undefined) fail("invalid_input", "value", `KPI "${kpi.id}" is a ratio: give numerator and denominator, not value`);
    if (numerator === undefined) fail("invalid_input", "numerator", `KPI "${kpi.id}" is a ratio: the record needs a numerator`);
    if (denominator === undefined) fail("invalid_input", "denominator", `KPI "${kpi.id}" is a ratio: the record needs a denominator`);
    checkNumber(numerator, "numerator", fail, null);
    checkNumber(denominator, "denominator", fail, "invalid_denominator");
    return;
  }
  if (numerator !== undefined || denominator !== undefined) {
    fail("invalid_input", numerator !== undefined ? "numerator" : "denominator", `KPI "${kpi.id}" is a ${kind} measure: give value, not numerator and denominator`);
  }
  if (kind === "weighted" && weight === undefined) {
    fail("invalid_input", "weight", `KPI "${kpi.id}" is weighted: the record needs a weight`);
  }
  if (value === null) {
    if ((kind !== "weighted" && kind !== "survey") || weight !== 0) {
      fail("invalid_input", "value", `value may be null only with weight 0 on a weighted or survey KPI ("reported, no responses")`);
    }
    return;
  }
  if (value === undefined) fail("invalid_input", "value", `KPI "${kpi.id}" is a ${kind} measure: the record needs a value`);
  checkNumber(value, "value", fail, null);
  if (kpi.measure.kind === "survey") {
    const { scaleMin, scaleMax } = kpi.measure;
    const answer = value as number;
    if (!isSurveyAnswer(answer, kpi.measure)) {
      fail("out_of_scale", "value", `${answer} is not a whole number from ${scaleMin} to ${scaleMax}, the scale of KPI "${kpi.id}"`);
    }
  }
}
