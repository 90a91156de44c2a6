import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";

/**
 * Why a KPI was left out of a composite score.
 *
 * - `no_data` — the KPI has no value for the period;
 * - `no_target` — the KPI has no target in force;
 * - `zero_weight` — its weight is 0;
 * - `undefined_score` — it has a value and a target but the score is undefined (e.g. an `at_least` target of 0).
 *
 * @category Score
 */
export type CompositeExclusion = "no_data" | "no_target" | "zero_weight" | "undefined_score";

/** One KPI's input to {@link scoreComposite}. @category Score */
export interface CompositeItem {
  /** The KPI's id. */
  readonly kpiId: string;
  /** Its score (attainment or band score), or `null` when it has none. */
  readonly score: number | null;
  /** Its weight, 0 or more; the weights need not sum to 1. */
  readonly weight: number;
  /**
   * Why the score is `null`, when the caller knows: `no_data` or `no_target`. Without it a `null` score is reported
   * as `undefined_score`. Ignored when the score is a number.
   */
  readonly missing?: "no_data" | "no_target" | undefined;
}

/** How one KPI entered (or did not enter) a composite score. @category Score */
export interface CompositeContribution {
  /** The KPI's id. */
  readonly kpiId: string;
  /** Its score as given. */
  readonly score: number | null;
  /** Its weight as given. */
  readonly weight: number;
  /** `weight / Σ weights of the included KPIs`: 0 for a KPI of weight 0 (listed, not summed); `null` when excluded for another reason or when no KPI counts. */
  readonly normalisedWeight: number | null;
  /** `normalisedWeight × score`: its share of the raw composite (0 for a scored KPI of weight 0), or `null` when excluded otherwise. */
  readonly contribution: number | null;
  /** `normalisedWeight × score clamped to [0, cap]`: its share of the capped composite, or `null` when excluded. */
  readonly cappedContribution: number | null;
  /** Why it was left out, or `null` when it counts. */
  readonly excluded: CompositeExclusion | null;
}

/** A composite score with its breakdown, as returned by {@link scoreComposite}. @category Score */
export interface CompositeScore {
  /** The weighted mean of the included scores, or `null` when none is included. */
  readonly raw: number | null;
  /** The weighted mean of the included scores each clamped to `[0, cap]`, or `null` when none is included. */
  readonly capped: number | null;
  /** The sum of the included weights (0 when none is included; may round to `Infinity` for weights near 1e308). */
  readonly totalWeight: number;
  /** One entry per item, in input order. */
  readonly items: readonly CompositeContribution[];
}

/** Options for {@link scoreComposite}. @category Score */
export interface ScoreCompositeOptions {
  /**
   * The upper clamp of each KPI's score in the capped composite (the lower clamp is 0).
   * @defaultValue 1
   */
  readonly cap?: number | undefined;
}

/**
 * Returns the weighted composite of several KPIs' scores, raw and capped, with each KPI's contribution.
 *
 * @remarks
 * docs/conventions.md#scoring. A KPI with a `null` score (no data, no target, an undefined score) or a weight of 0 is excluded and
 * the weights are renormalised over the rest: `raw = Σ wᵢ·sᵢ / Σ wᵢ` over the included KPIs and
 * `capped = Σ wᵢ·min(cap, max(0, sᵢ)) / Σ wᵢ`. Both are `null` when nothing remains (which covers weights that sum
 * to 0). Each KPI's contribution is `nᵢ·sᵢ` with the normalised weight `nᵢ = wᵢ / Σ w`; the contributions add up to
 * the composite up to rounding.
 *
 * The sums run in a canonical order (by score, then weight), so permuting the items gives the identical double, and
 * each composite is held within the range of the scores it averages, so rounding never puts a weighted mean outside
 * `[min, max]`. The breakdown lists every item in input order, with why it was excluded when it was.
 *
 * @param items - See {@link CompositeItem}.
 * @param options - See {@link ScoreCompositeOptions}.
 * @returns See {@link CompositeScore}.
 * @throws {@link KpiError} `invalid_weight` (path `["items", i, "weight"]`) for a negative or non-finite weight;
 * `non_finite` (path `["items", i, "score"]`) for a `NaN` or infinite score; `invalid_argument` (path
 * `["options", "cap"]`) for a cap that is not a finite number above 0, or for missing or wrong-shaped arguments:
 * `items` not an array (path `["items"]`), an item that is not an object (path `["items", i]`), `options` given but
 * not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const result = scoreComposite([
 *   { kpiId: "csat", score: 1.25, weight: 3 },
 *   { kpiId: "lead_time", score: 0.5, weight: 1 },
 *   { kpiId: "uptime", score: null, weight: 1, missing: "no_data" },
 * ]);
 * [result.raw, result.capped, result.items[2]?.excluded];
 * //=> [1.0625, 0.875, "no_data"]
 * ```
 *
 * @category Score
 */
export function scoreComposite(items: readonly CompositeItem[], options: ScoreCompositeOptions = {}): CompositeScore {
  requireArray(items, "scoreComposite", "items", ["items"]);
  requireObject(options, "scoreComposite", "options", ["options"]);
  const cap = options.cap ?? 1;
  if (!Number.isFinite(cap) || !(cap > 0)) {
    throw new KpiError("invalid_argument", "scoreComposite: the cap must be a finite number above 0", {
      path: ["options", "cap"],
    });
  }
  const included: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as CompositeItem;
    if (typeof item !== "object" || item === null) requireObject(item, "scoreComposite", `items[${i}]`, ["items", i]);
    if (!Number.isFinite(item.weight) || item.weight < 0) {
      throw new KpiError("invalid_weight", "scoreComposite: a weight must be a finite number of 0 or more", {
        path: ["items", i, "weight"],
      });
    }
    if (item.score !== null && !Number.isFinite(item.score)) {
      throw new KpiError("non_finite", "scoreComposite: a score must be a finite number or null", {
        path: ["items", i, "score"],
      });
    }
    if (item.score !== null && item.weight > 0) included.push(i);
  }
  const score = (i: number): number => (items[i] as CompositeItem).score as number;
  const weight = (i: number): number => (items[i] as CompositeItem).weight;
  // Canonical order for the sums: the result does not depend on the order of the items.
  included.sort((a, b) => score(a) - score(b) || weight(a) - weight(b));

  // Weights are scaled by a power of two near the largest one (exact: only the exponent changes) so that their sum
  // cannot overflow; the composite is Σ w'ᵢ·sᵢ / Σ w'ᵢ with one division at the end, falling back to the convex
  // combination Σ nᵢ·sᵢ (nᵢ = w'ᵢ / Σ w') should scores near the limits of a double overflow the sum.
  let largest = 0;
  for (const i of included) if (weight(i) > largest) largest = weight(i);
  const maxWeight = largest > 0 ? 2 ** Math.max(-1023, Math.floor(Math.log2(largest))) : 1;
  let scaledTotal = 0;
  let totalWeight = 0;
  for (const i of included) {
    scaledTotal += weight(i) / maxWeight;
    totalWeight += weight(i);
  }
  const haveAny = included.length > 0 && scaledTotal > 0;
  const normalised = (i: number): number => weight(i) / maxWeight / scaledTotal;
  let rawSum = 0;
  let cappedSum = 0;
  for (const i of included) {
    rawSum += (weight(i) / maxWeight) * score(i);
    cappedSum += (weight(i) / maxWeight) * clamp(score(i), 0, cap);
  }
  let rawMean = rawSum / scaledTotal;
  let cappedMean = cappedSum / scaledTotal;
  if (!Number.isFinite(rawMean) || !Number.isFinite(cappedMean)) {
    rawMean = 0;
    cappedMean = 0;
    for (const i of included) {
      rawMean += normalised(i) * score(i);
      cappedMean += normalised(i) * clamp(score(i), 0, cap);
    }
  }
  const lowest = haveAny ? score(included[0] as number) : 0;
  const highest = haveAny ? score(included[included.length - 1] as number) : 0;
  const raw = haveAny ? clamp(rawMean, lowest, highest) : null;
  const capped = haveAny ? clamp(cappedMean, clamp(lowest, 0, cap), clamp(highest, 0, cap)) : null;

  const isIncluded = new Uint8Array(items.length);
  for (const i of included) isIncluded[i] = 1;
  const breakdown = items.map((item, i): CompositeContribution => {
    if (isIncluded[i] === 1 && haveAny) {
      const normalisedWeight = normalised(i);
      return {
        kpiId: item.kpiId,
        score: item.score,
        weight: item.weight,
        normalisedWeight,
        contribution: normalisedWeight * (item.score as number),
        cappedContribution: normalisedWeight * clamp(item.score as number, 0, cap),
        excluded: null,
      };
    }
    const excluded: CompositeExclusion =
      item.score === null ? (item.missing ?? "undefined_score") : "zero_weight";
    // A KPI of weight 0 is listed with normalised weight 0 (and, with a score, contributions of 0): it is in the
    // explanation, not in the sum. Its normalised weight is undefined only when no KPI counts at all.
    const zero = item.weight === 0 && haveAny;
    const share = zero && item.score !== null ? 0 : null;
    return {
      kpiId: item.kpiId,
      score: item.score,
      weight: item.weight,
      normalisedWeight: zero ? 0 : null,
      contribution: share,
      cappedContribution: share,
      excluded,
    };
  });
  return { raw, capped, totalWeight, items: breakdown };
}

function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}
