import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { ObservationStatus } from "../model/measurement.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { isSurveyAnswer } from "../internal/isSurveyAnswer.js";
import { TOO_LARGE, withinMagnitudeLimit } from "../internal/magnitudeLimit.js";
import { addToSketchBins, type SketchBins } from "./_lib/addToSketchBins.js";
import { needsQuantileValues } from "./_lib/needsQuantileValues.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { QuantileMethod } from "./quantileMethod.js";

/** One record as {@link accumulate} reads it: a subset of a `Measurement`. @category Aggregate */
export interface AccumulateRecord {
  /** The instant, epoch milliseconds. */
  readonly at: number;
  /** The value (the answer, for a survey); `null` only with weight 0. */
  readonly value?: number | null | undefined;
  /** The numerator, for a ratio KPI. */
  readonly numerator?: number | undefined;
  /** The denominator, for a ratio KPI (≥ 0). */
  readonly denominator?: number | undefined;
  /**
   * The weight (respondents, for a survey), ≥ 0. A record with weight 0 counts in `records` (its group exists) and
   * in nothing else, and may have `value: null` ("reported, no responses").
   * @defaultValue 1
   */
  readonly weight?: number | undefined;
  /**
   * How far the value can be trusted.
   * @defaultValue "normal"
   */
  readonly status?: ObservationStatus | undefined;
}

/** Options for {@link accumulate}. @category Aggregate */
export interface AccumulateOptions {
  /**
   * How quantiles are kept for a median or quantile KPI: the raw values, or a sketch.
   * @defaultValue "exact"
   */
  readonly quantiles?: QuantileMethod | undefined;
  /**
   * The sketch's relative accuracy, when `quantiles` is `"sketch"`.
   * @defaultValue 0.01
   */
  readonly relativeAccuracy?: number | undefined;
}

function fail(code: "non_finite" | "invalid_weight" | "invalid_denominator" | "invalid_input" | "overflow", i: number, field: string, what: string): never {
  throw new KpiError(code, `accumulate: records[${i}].${field} ${what}`, { path: [i, field] });
}

/**
 * Returns the {@link PartialAggregate} of a KPI's records: the mergeable components of its value.
 *
 * @remarks
 * One pass. The mean and `m2` are updated with Welford's method; records with weight 0 are ignored (docs/conventions.md#aggregation);
 * survey answers that are not integers on the KPI's scale are excluded and counted. For a ratio KPI every record needs
 * a numerator and a denominator; other KPIs need a value. The records are not mutated. To aggregate many KPIs,
 * subjects and periods at once use `aggregateRows`, which is much faster than calling this per group.
 *
 * @param records - The KPI's records (any order).
 * @param kpi - The KPI (its measure and aggregation decide what is kept).
 * @param options - See {@link AccumulateOptions}.
 * @returns A frozen partial aggregate.
 * @throws {@link KpiError} with path `[index, field]`: `non_finite` for a `NaN` or infinite number;
 * `invalid_weight` for a negative weight; `invalid_denominator` for a negative denominator or a ratio record without
 * numerator and denominator; `invalid_input` for a missing value, or `value: null` with a weight other than 0;
 * `overflow` for a number larger in magnitude than 1e100. `invalid_argument` for missing or wrong-shaped arguments:
 * `records` not an array or `kpi` / `options` not an object (path `[]`), `kpi.measure` not an object (path
 * `["measure"]`), a record that is not an object (path `[index]`).
 *
 * @example
 * ```ts
 * const kpi = { measure: { kind: "value" }, aggregation: "mean" } as const;
 * const p = accumulate([{ at: 0, value: 2 }, { at: 1, value: 4 }], kpi);
 * [p.count, p.sum, p.min, p.max, p.mean, p.m2];
 * //=> [2, 6, 2, 4, 3, 2]
 * ```
 *
 * @category Aggregate
 */
export function accumulate(
  records: readonly AccumulateRecord[],
  kpi: Pick<KpiDefinition, "measure" | "aggregation">,
  options: AccumulateOptions = {},
): PartialAggregate {
  // A few tests only, and only the failing call builds a message: accumulate runs in roll-up loops.
  if (!Array.isArray(records)) requireArray(records, "accumulate", "records");
  if (typeof kpi !== "object" || kpi === null) requireObject(kpi, "accumulate", "kpi");
  if (typeof kpi.measure !== "object" || kpi.measure === null) requireObject(kpi.measure, "accumulate", "kpi.measure", ["measure"]);
  if (typeof options !== "object" || options === null) requireObject(options, "accumulate", "options");
  const method = options.quantiles ?? "exact";
  const alpha = options.relativeAccuracy ?? 0.01;
  if (method !== "exact" && method !== "sketch") {
    throw new KpiError("invalid_argument", "accumulate: quantiles must be exact or sketch", { path: ["quantiles"] });
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new KpiError("invalid_argument", "accumulate: relativeAccuracy must be between 0 and 1", { path: ["relativeAccuracy"] });
  }
  const measure = kpi.measure;
  const isRatio = measure.kind === "ratio";
  const survey = measure.kind === "survey" ? measure : null;
  const collect = needsQuantileValues(kpi);
  const keepFirstLast = kpi.aggregation === "first" || kpi.aggregation === "last";
  const values: number[] | null = collect && method === "exact" ? [] : null;
  const bins: SketchBins | null = collect && method === "sketch" ? { count: 0, zeroCount: 0, positive: {}, negative: {} } : null;
  const inverseLogGamma = 1 / Math.log((1 + alpha) / (1 - alpha));
  const answers: Record<string, number> = {};
  let invalidAnswers = 0, validAnswers = 0;
  let ratioRecords = 0, zeroDenominators = 0, ratioSum = 0;
  let n = 0, count = 0, sum = 0, mean = 0, m2 = 0, num = 0, den = 0, wSum = 0, wxSum = 0;
  let min = Infinity, max = -Infinity;
  let firstAt = Infinity, firstValue = 0, lastAt = -Infinity, lastValue = 0;
  let provisional = 0, estimated = 0, revised = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as AccumulateRecord;
    if (typeof r !== "object" || r === null) requireObject(r, "accumulate", `records[${i}]`, [i]);
    if (typeof r.at !== "number" || !Number.isFinite(r.at)) fail("non_finite", i, "at", "must be a finite number of epoch ms");
    const w = r.weight ?? 1;
    if (typeof w !== "number" || !Number.isFinite(w)) fail("non_finite", i, "weight", "must be a finite number");
    if (w < 0) fail("invalid_weight", i, "weight", "must not be negative");
    const v = r.value ?? undefined;
    if (r.value === null && w !== 0) fail("invalid_input", i, "value", "may be null only with weight 0");
    if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v))) fail("non_finite", i, "value", "must be a finite number");
    const hasNum = r.numerator !== undefined;
    const hasDen = r.denominator !== undefined;
    if (hasNum && !Number.isFinite(r.numerator)) fail("non_finite", i, "numerator", "must be a finite number");
    if (hasDen && !Number.isFinite(r.denominator)) fail("non_finite", i, "denominator", "must be a finite number");
    if (hasDen && (r.denominator as number) < 0) fail("invalid_denominator", i, "denominator", "must not be negative");
    if (!withinMagnitudeLimit(w)) fail("overflow", i, "weight", TOO_LARGE);
    if (typeof v === "number" && !withinMagnitudeLimit(v)) fail("overflow", i, "value", TOO_LARGE);
    if (hasNum && !withinMagnitudeLimit(r.numerator as number)) fail("overflow", i, "numerator", TOO_LARGE);
    if (hasDen && !withinMagnitudeLimit(r.denominator as number)) fail("overflow", i, "denominator", TOO_LARGE);
    if (hasNum !== hasDen || (isRatio && !hasNum)) {
      fail("invalid_denominator", i, hasNum ? "denominator" : "numerator", "is missing: a ratio record has both");
    }
    if (!isRatio && v === undefined && w !== 0) fail("invalid_input", i, "value", "is missing");
    n++;
    if (r.status === "provisional") provisional++;
    else if (r.status === "estimated") estimated++;
    else if (r.status === "revised") revised++;
    if (w === 0) continue;
    if (hasNum) {
      const d = r.denominator as number;
      num += r.numerator as number;
      den += d;
      ratioRecords++;
      if (d === 0) zeroDenominators++;
      else ratioSum += (r.numerator as number) / d;
    }
    if (v === undefined) continue;
    if (survey !== null && !isSurveyAnswer(v, survey)) {
      invalidAnswers += w;
      continue;
    }
    count++;
    sum += v;
    const delta = v - mean;
    mean += delta / count;
    m2 += delta * (v - mean);
    if (v < min) min = v;
    if (v > max) max = v;
    wSum += w;
    wxSum += w * v;
    if (r.at < firstAt || (r.at === firstAt && v > firstValue)) {
      firstAt = r.at;
      firstValue = v;
    }
    if (r.at > lastAt || (r.at === lastAt && v > lastValue)) {
      lastAt = r.at;
      lastValue = v;
    }
    if (values !== null) values.push(v);
    if (bins !== null) addToSketchBins(bins, v, inverseLogGamma, 1);
    if (survey !== null) {
      const key = String(v);
      answers[key] = (answers[key] ?? 0) + w;
      validAnswers += w;
    }
  }
  return Object.freeze({
    records: n,
    count,
    sum,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    mean,
    m2,
    firstAt: count === 0 || !keepFirstLast ? null : firstAt,
    firstValue: count === 0 || !keepFirstLast ? null : firstValue,
    lastAt: count === 0 || !keepFirstLast ? null : lastAt,
    lastValue: count === 0 || !keepFirstLast ? null : lastValue,
    numeratorSum: num,
    denominatorSum: den,
    weightSum: wSum,
    weightedSum: wxSum,
    values: values === null ? null : Object.freeze(values.sort((a, b) => a - b)),
    sketch:
      bins === null
        ? null
        : Object.freeze({ relativeAccuracy: alpha, count: bins.count, zeroCount: bins.zeroCount, positive: bins.positive, negative: bins.negative }),
    survey: survey === null ? null : Object.freeze({ answers, valid: validAnswers, invalid: invalidAnswers }),
    ratios: ratioRecords === 0 ? null : Object.freeze({ records: ratioRecords, zeroDenominators, ratioSum }),
    statuses: Object.freeze({ provisional, estimated, revised }),
  });
}
