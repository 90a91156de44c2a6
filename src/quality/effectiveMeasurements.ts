import type { MeasurementId } from "../model/ids.js";
import type { Measurement } from "../model/measurement.js";
import { KpiError } from "../errors.js";
import { instantOf } from "../internal/instantOf.js";
import { requireObject } from "../internal/requireObject.js";
import type { InstantInput } from "../time/instantInput.js";
import { checkCorrections } from "../internal/checkCorrections.js";
import { compareRecords } from "./_lib/compareRecords.js";

/**
 * Options for {@link effectiveMeasurements}.
 *
 * @category Quality
 */
export interface EffectiveMeasurementsOptions {
  /**
   * Resolve the records as they were known at this instant (epoch ms, an ISO-8601 string with `Z` or an offset, or a
   * `Date`): only records with `recordedAt ≤ asKnownAt`
   * count; a record without `recordedAt` counts as known from the beginning.
   * @defaultValue every record counts
   */
  readonly asKnownAt?: InstantInput | undefined;
}

/**
 * One correction chain: the original record and every correction of it, oldest first, and the effective one.
 *
 * @category Quality
 */
export interface CorrectionChain {
  /** The id of the effective record: the last record of `chain`. */
  readonly effectiveId: MeasurementId;
  /** The original record first, then each correction in order; the last one is effective. */
  readonly chain: readonly Measurement[];
}

/**
 * The effective records and the full history of their corrections.
 *
 * @category Quality
 */
export interface EffectiveMeasurements {
  /** Exactly one record per correction chain, ordered by `at`, then by `id`. */
  readonly effective: readonly Measurement[];
  /** One entry per effective record, in the same order as `effective`. */
  readonly history: readonly CorrectionChain[];
  /**
   * With `asKnownAt`: the records recorded after it, in input order (empty otherwise). Together with the chains of
   * `history` they hold every input record exactly once.
   */
  readonly recordedLater: readonly Measurement[];
}

const NAME = "effectiveMeasurements";

/**
 * Resolves corrections (`supersedes` chains) into one effective record per chain, keeping every record in its
 * chain's history, optionally as the records were known at an instant.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. A record with `supersedes` replaces the record it names; chains are followed to their last record,
 * which is effective. Nothing is dropped: every input record sits in exactly one chain (or, with `asKnownAt`, in
 * `recordedLater`). A correction to `0` is a value like any other.
 *
 * **Key.** A correction must keep the KPI and the subject of the record it corrects (the key is
 * `(kpiId, subjectId)`); it may move `at`, because a wrong timestamp is one of the things a correction fixes.
 *
 * **Bitemporal view.** With `asKnownAt`, a record counts only when `recordedAt ≤ asKnownAt`; a record without
 * `recordedAt` counts as known from the beginning. A correction may not be recorded before the record it corrects
 * (a correction without `recordedAt` of a record with one is refused too), so what is known at any instant is the
 * start of each chain, and its last known record is effective then. This reproduces a report "as published on
 * 5 April" exactly after later corrections. Chains with no known record are left out of `effective` and `history`.
 *
 * Chain structure is checked on all records, whatever `asKnownAt` says. Runs in O(n log n) (one sort of the
 * effective records by `at`, then `id`).
 *
 * @param measurements - The records, originals and corrections, in any order.
 * @param options - See {@link EffectiveMeasurementsOptions}.
 * @returns The effective records, the correction history, and the records not yet known.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measurements` is not an array, or (path `["options"]`)
 * when `options` is given but not an object;
 * `duplicate_id` (path `[i, "id"]`) for an id used twice; `non_finite` (path `[i, "at"]` or `[i, "recordedAt"]`)
 * for a non-finite instant, or (path `["options", "asKnownAt"]`) for a non-finite `asKnownAt`; `invalid_input` (path
 * `["options", "asKnownAt"]`) for an `asKnownAt` string that is not ISO-8601 with `Z` or an offset;
 * `unknown_reference` (path `[i, "supersedes"]`) for a `supersedes` naming no record; `invalid_correction` (path
 * `[i, "supersedes"]`) for a correction of a record of another KPI or subject, or of a record already corrected by
 * another record (a fork), or (path `[i, "recordedAt"]`) for a correction recorded before the record it corrects;
 * `cycle` (path `[i, "supersedes"]`, at the first record of the loop in input order) for corrections that loop,
 * naming the ids of the loop (checked before the `recordedAt` order).
 *
 * @example
 * ```ts
 * const m1 = { id: "m1", kpiId: "csat", subjectId: "svc", at: 0, value: 80, status: "normal", recordedAt: 100 };
 * const m2 = { id: "m2", kpiId: "csat", subjectId: "svc", at: 0, value: 0, status: "revised", recordedAt: 200, supersedes: "m1" };
 * const all = effectiveMeasurements([m2, m1] as never);
 * const asPublished = effectiveMeasurements([m2, m1] as never, { asKnownAt: 150 });
 * [all.effective.map((m) => m.value), all.history[0]?.chain.map((m) => m.id), asPublished.effective.map((m) => m.value)];
 * //=> [[0], ["m1", "m2"], [80]]
 * ```
 *
 * @category Quality
 */
export function effectiveMeasurements(
  measurements: readonly Measurement[],
  options: EffectiveMeasurementsOptions = {},
): EffectiveMeasurements {
  if (!Array.isArray(measurements)) {
    throw new KpiError("invalid_argument", `${NAME}: measurements must be an array`, { path: [] });
  }
  requireObject(options, NAME, "options", ["options"]);
  // An instant like every asOf: epoch ms, an ISO-8601 string with Z or an offset, or a Date.
  const asKnownAt = options.asKnownAt === undefined ? undefined : instantOf(options.asKnownAt, NAME, ["options", "asKnownAt"]);
  const n = measurements.length;
  // Ids, instants and chain structure: the rules parseMeasurements and buildReport apply too.
  const { indexOfId, correctedBy } = checkCorrections(measurements, NAME);

  // Walk each chain from its original (a record without `supersedes`).
  const history: CorrectionChain[] = [];
  const recordedLater: Measurement[] = [];
  for (let i = 0; i < n; i++) {
    const first = measurements[i] as Measurement;
    if (first.supersedes !== undefined) continue;
    const chain: Measurement[] = [];
    let known = 0;
    for (let k = i; k !== -1; k = correctedBy[k]!) {
      const m = measurements[k] as Measurement;
      chain.push(m);
      if (asKnownAt !== undefined && knownFrom(m) > asKnownAt) recordedLater.push(m);
      else known++;
    }
    if (known === 0) continue;
    const seen = known === chain.length ? chain : chain.slice(0, known);
    history.push({ effectiveId: seen[known - 1]!.id, chain: seen });
  }
  if (recordedLater.length > 1) {
    recordedLater.sort((a, b) => (indexOfId.get(a.id) ?? 0) - (indexOfId.get(b.id) ?? 0));
  }

  const effective = history.map((h) => h.chain[h.chain.length - 1]!);
  let sorted = true;
  for (let k = 1; k < effective.length && sorted; k++) if (compareRecords(effective[k - 1]!, effective[k]!) > 0) sorted = false;
  if (sorted) return { effective, history, recordedLater };
  const order = new Uint32Array(effective.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  order.sort((a, b) => compareRecords(effective[a]!, effective[b]!));
  return {
    effective: Array.from(order, (k) => effective[k]!),
    history: Array.from(order, (k) => history[k]!),
    recordedLater,
  };
}

// The instant from which a record is known: its `recordedAt`, or the beginning of time.
function knownFrom(m: Measurement): number {
  return m.recordedAt ?? Number.NEGATIVE_INFINITY;
}
