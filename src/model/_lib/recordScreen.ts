import { isSurveyAnswer } from "../../internal/isSurveyAnswer.js";
import { MAGNITUDE_LIMIT } from "../../internal/magnitudeLimit.js";
import type { KpiDefinition } from "../kpiDefinition.js";
import type { MeasurementBatchWorkspace } from "./checkMeasurementBatch.js";

const KIND_UNKNOWN = -1, KIND_RATIO = 0, KIND_PLAIN = 1, KIND_WEIGHTED = 2, KIND_SURVEY = 3;

/**
 * The quick test of a record against the workspace that the batch checks run on every record: its KPI exists and
 * applies to its subject's kind, and its value fields have the shape of the KPI's measure (a ratio's numerator and
 * denominator, a weighted or survey value's weight, a survey answer on its scale, magnitudes within the limit).
 * A record that fails is put through the record check, whose error is the answer (and a record that passes it is
 * sound after all). KPIs and subjects are given by code, as a batch interns them, with their ids for the first
 * look-up of each code, so that one screen serves a finished batch and the records of a file as they are read.
 * Internal.
 *
 * @example
 * ```ts
 * const screen = new RecordScreen({
 *   kpis: [{ id: "k", measure: { kind: "ratio", scale: 100 }, scopeKinds: ["service"] }],
 *   scopes: [{ id: "s", kind: "service" }],
 * } as never);
 * [screen.fits(0, 0, "k", "s", NaN, false, 1, 2, NaN), screen.fits(0, 0, "k", "s", 3, false, NaN, NaN, NaN)];
 * //=> [true, false]
 * ```
 */
export class RecordScreen {
  private readonly kpiById: Map<string, KpiDefinition>;
  private readonly kindById: Map<string, string>;
  // Per KPI code: its definition and measure kind; per subject code: its scope kind (null: not a node). Filled on
  // first sight.
  private readonly kpis: (KpiDefinition | undefined)[] = [];
  private readonly kinds: number[] = [];
  private readonly subjectKinds: (string | null)[] = [];
  // Per KPI code, per subject code: 0 not seen yet, 1 applies, 2 does not (a typed row: a map lookup per record
  // cost more).
  private readonly applying: (Int8Array | undefined)[] = [];
  // The last pair that applies: records mostly repeat it.
  private lastKpi = -1;
  private lastSubject = -1;

  constructor(workspace: MeasurementBatchWorkspace) {
    this.kpiById = new Map(workspace.kpis.map((k) => [k.id as string, k]));
    this.kindById = new Map(workspace.scopes.map((s) => [s.id as string, s.kind as string]));
  }

  /**
   * Whether the record passes the screen.
   *
   * @param k - Its KPI's code; `kpiId` is read only the first time a code is seen.
   * @param s - Its subject's code; `subjectId` likewise.
   * @param v - Its value (`NaN` when absent or null).
   * @param isNull - Whether its value is `null`.
   * @param num - Its numerator, or `NaN`.
   * @param den - Its denominator, or `NaN`.
   * @param w - Its weight, or `NaN`.
   */
  fits(k: number, s: number, kpiId: string, subjectId: string, v: number, isNull: boolean, num: number, den: number, w: number): boolean {
    let kind = this.kinds[k];
    if (kind === undefined) kind = this.learnKpi(k, kpiId);
    if (kind === KIND_UNKNOWN) return false;
    if (k !== this.lastKpi || s !== this.lastSubject) {
      if (!this.applies(k, s, subjectId)) return false;
      this.lastKpi = k;
      this.lastSubject = s;
    }
    // A weight is absent (NaN) or a non-negative number within the magnitude limit.
    if (w === w && !(w >= 0 && w <= MAGNITUDE_LIMIT)) return false;
    if (kind === KIND_RATIO) {
      return v !== v && !isNull && num - num === 0 && Math.abs(num) <= MAGNITUDE_LIMIT && den >= 0 && den <= MAGNITUDE_LIMIT;
    }
    if (num === num || den === den || (kind === KIND_WEIGHTED && w !== w)) return false;
    if (isNull) return v !== v && (kind === KIND_WEIGHTED || kind === KIND_SURVEY) && w === 0;
    if (!(v - v === 0 && Math.abs(v) <= MAGNITUDE_LIMIT)) return false;
    return kind !== KIND_SURVEY || isSurveyAnswer(v, this.kpis[k]!.measure as { scaleMin: number; scaleMax: number });
  }

  private learnKpi(k: number, kpiId: string): number {
    const kpi = this.kpiById.get(kpiId);
    const kind = kpi?.measure.kind;
    const code = kind === undefined ? KIND_UNKNOWN : kind === "ratio" ? KIND_RATIO : kind === "weighted" ? KIND_WEIGHTED : kind === "survey" ? KIND_SURVEY : KIND_PLAIN;
    this.kpis[k] = kpi;
    this.kinds[k] = code;
    return code;
  }

  private applies(k: number, s: number, subjectId: string): boolean {
    let row = this.applying[k];
    const known = row !== undefined && s < row.length ? row[s]! : 0;
    if (known !== 0) return known === 1;
    let kind = this.subjectKinds[s];
    if (kind === undefined) kind = this.subjectKinds[s] = this.kindById.get(subjectId) ?? null;
    const ok = kind !== null && (this.kpis[k]!.scopeKinds as readonly string[]).includes(kind);
    if (row === undefined || s >= row.length) {
      // Room for twice the subject codes seen: codes come in order as a batch interns them.
      const grown = new Int8Array(Math.max(16, 2 * (s + 1)));
      if (row !== undefined) grown.set(row);
      this.applying[k] = row = grown;
    }
    row[s] = ok ? 1 : 2;
    return ok;
  }
}
