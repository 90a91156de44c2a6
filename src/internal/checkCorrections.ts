import { KpiError } from "../errors.js";

/** The fields of a record that {@link checkCorrections} reads. */
export interface CheckedCorrectionRecord {
  readonly id: string;
  readonly kpiId: string;
  readonly subjectId: string;
  readonly at: number;
  readonly recordedAt?: number | undefined;
  readonly supersedes?: string | undefined;
}

/** What {@link checkCorrections} found: the index of each id, and which record corrects which. */
export interface CheckedCorrections {
  /** The index of each record's id. */
  readonly indexOfId: ReadonlyMap<string, number>;
  /** `correctedBy[j]` is the index of the record that supersedes record `j`, or `-1`. */
  readonly correctedBy: Int32Array;
  /** How many records carry `supersedes`. */
  readonly corrections: number;
}

/**
 * Checks the ids, instants and correction chains of a batch of measurements: the one rule set that
 * `parseMeasurements` (and so `kpi-kit validate`), `buildReport` and `effectiveMeasurements` apply
 * (docs/conventions.md#data-quality-and-history). Internal, not exported.
 *
 * @remarks
 * Ids are unique; `at` and `recordedAt` are finite numbers; a `supersedes` names a record of the batch with the same
 * KPI and subject, which no other record corrects (no forks), and which was not recorded later than its correction
 * (a record without `recordedAt` counts as known from the beginning, so a correction without `recordedAt` of a record
 * with one is refused); corrections do not loop. The first problem found throws.
 *
 * @param records - The records, in input order.
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths (e.g. `["measurements"]`).
 * @returns The id index and the correction links.
 * @throws {@link KpiError} with path `[...prefix, i, field]`: `duplicate_id` (`id`); `non_finite` (`at`, `recordedAt`);
 * `unknown_reference` (`supersedes`) for an id not in the batch; `invalid_correction` (`supersedes`) for a correction of
 * another KPI or subject or of a record already corrected, (`recordedAt`) for a correction recorded before what it
 * corrects (checked after loops); `cycle` (`supersedes`, at the first record of the loop in input order) naming the ids of
 * the loop.
 *
 * @example
 * ```ts
 * checkCorrections([{ id: "a", kpiId: "k", subjectId: "s", at: 0 }, { id: "b", kpiId: "k", subjectId: "s", at: 0, supersedes: "a" }], "f").correctedBy;
 * //=> Int32Array [1, -1]
 * ```
 */
export function checkCorrections(
  records: readonly CheckedCorrectionRecord[],
  where: string,
  prefix: readonly PropertyKey[] = [],
): CheckedCorrections {
  const n = records.length;
  const indexOfId = new Map<string, number>();
  let corrections = 0;
  for (let i = 0; i < n; i++) {
    const m = records[i] as CheckedCorrectionRecord | undefined;
    if (typeof m !== "object" || m === null) {
      throw new KpiError("invalid_argument", `${where}: record ${i} is not a measurement object`, { path: [...prefix, i] });
    }
    if (indexOfId.has(m.id)) {
      throw new KpiError("duplicate_id", `${where}: the id "${String(m.id)}" is used twice`, { path: [...prefix, i, "id"] });
    }
    indexOfId.set(m.id, i);
    if (typeof m.at !== "number" || !Number.isFinite(m.at)) {
      throw new KpiError("non_finite", `${where}: record ${i} has an instant that is not a finite number`, { path: [...prefix, i, "at"] });
    }
    const recordedAt = m.recordedAt;
    if (recordedAt !== undefined && (typeof recordedAt !== "number" || !Number.isFinite(recordedAt))) {
      throw new KpiError("non_finite", `${where}: record ${i} has a recordedAt that is not a finite number`, {
        path: [...prefix, i, "recordedAt"],
      });
    }
    if (m.supersedes !== undefined) corrections++;
  }

  const correctedBy = new Int32Array(n).fill(-1);
  if (corrections === 0) return { indexOfId, correctedBy, corrections };
  const correcting: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = records[i] as CheckedCorrectionRecord;
    if (m.supersedes === undefined) continue;
    correcting.push(i);
    targets.push(indexOfId.get(m.supersedes) ?? -1);
  }
  linkCorrections(
    {
      n,
      id: (i) => String(records[i]?.id),
      supersedes: (i) => String(records[i]?.supersedes),
      sameSeries: (i, j) => records[i]!.kpiId === records[j]!.kpiId && records[i]!.subjectId === records[j]!.subjectId,
      knownFrom: (i) => records[i]!.recordedAt ?? Number.NEGATIVE_INFINITY,
    },
    correcting,
    targets,
    correctedBy,
    where,
    prefix,
  );
  return { indexOfId, correctedBy, corrections };
}

/** What {@link linkCorrections} reads of the records (an array of records, or the columns of a batch). */
export interface CorrectionView {
  readonly n: number;
  /** The id of record `i`. */
  id(i: number): string;
  /** The id record `i` supersedes (only asked of correcting records). */
  supersedes(i: number): string;
  /** Whether records `i` and `j` have the same KPI and subject. */
  sameSeries(i: number, j: number): boolean;
  /** The instant from which record `i` is known: its `recordedAt`, or `-Infinity`. */
  knownFrom(i: number): number;
}

/**
 * The second half of {@link checkCorrections}, once ids are known to be unique: links each correcting record to
 * the record it supersedes, and checks the links (in input order), the loops and the order of recording.
 *
 * @param view - The records.
 * @param correcting - The indexes of the records that carry `supersedes`, ascending.
 * @param targets - For each of `correcting`, the index of the record its `supersedes` names, or `-1`.
 * @param correctedBy - Filled: `correctedBy[j]` is the record that supersedes record `j` (all `-1` on entry).
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @throws {@link KpiError} as {@link checkCorrections} does for `supersedes` and `recordedAt`.
 *
 * @example
 * ```ts
 * const ids = ["a", "b"];
 * const view = { n: 2, id: (i: number) => ids[i]!, supersedes: () => "a", sameSeries: () => true, knownFrom: () => 0 };
 * const correctedBy = new Int32Array(2).fill(-1);
 * linkCorrections(view, [1], [0], correctedBy, "f");
 * [...correctedBy];
 * //=> [1, -1]
 * ```
 */
export function linkCorrections(
  view: CorrectionView,
  correcting: readonly number[],
  targets: readonly number[],
  correctedBy: Int32Array,
  where: string,
  prefix: readonly PropertyKey[] = [],
): void {
  const n = view.n;
  // supersedesIndex[i] = the index of the record that record i corrects, or -1.
  const supersedesIndex = new Int32Array(n).fill(-1);
  for (let c = 0; c < correcting.length; c++) {
    const i = correcting[c]!;
    const j = targets[c]!;
    if (j === -1) {
      throw new KpiError("unknown_reference", `${where}: record "${view.id(i)}" supersedes an unknown id "${view.supersedes(i)}"`, {
        path: [...prefix, i, "supersedes"],
      });
    }
    if (j === i) {
      throw new KpiError("cycle", `${where}: record "${view.id(i)}" supersedes itself`, { path: [...prefix, i, "supersedes"] });
    }
    if (!view.sameSeries(i, j)) {
      throw new KpiError(
        "invalid_correction",
        `${where}: record "${view.id(i)}" corrects "${view.id(j)}", which belongs to another KPI or subject`,
        { path: [...prefix, i, "supersedes"] },
      );
    }
    const earlier = correctedBy[j]!;
    if (earlier !== -1) {
      throw new KpiError(
        "invalid_correction",
        `${where}: records "${view.id(earlier)}" and "${view.id(i)}" both correct "${view.id(j)}"`,
        { path: [...prefix, i, "supersedes"] },
      );
    }
    correctedBy[j] = i;
    supersedesIndex[i] = j;
  }
  // Cycles: follow `supersedes` from each correcting record; with no forks, a walk that comes back to itself is a loop.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
    if (supersedesIndex[start] === -1 || state[start] !== 0) continue;
    const walk: number[] = [];
    let i = start;
    while (i !== -1 && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = supersedesIndex[i]!;
    }
    if (i !== -1 && state[i] === 1) {
      const loop = walk.slice(walk.indexOf(i));
      const first = Math.min(...loop);
      const names = loop.map((k) => `"${view.id(k)}"`);
      throw new KpiError(
        "cycle",
        `${where}: corrections loop: ${names.join(" supersedes ")} supersedes ${names[0] ?? ""}`,
        { path: [...prefix, first, "supersedes"] },
      );
    }
    for (const k of walk) state[k] = 2;
  }
  // Checked after the loops, so that a loop is named as one whatever its records' recordedAt say.
  for (const i of correcting) {
    const j = supersedesIndex[i]!;
    if (view.knownFrom(i) < view.knownFrom(j)) {
      throw new KpiError(
        "invalid_correction",
        `${where}: record "${view.id(i)}" is recorded before the record "${view.id(j)}" it corrects`,
        { path: [...prefix, i, "recordedAt"] },
      );
    }
  }
}
