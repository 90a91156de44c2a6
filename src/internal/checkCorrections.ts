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
  // supersedesIndex[i] = the index of the record that record i corrects, or -1.
  const supersedesIndex = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const m = records[i] as CheckedCorrectionRecord;
    if (m.supersedes === undefined) continue;
    const j = indexOfId.get(m.supersedes);
    if (j === undefined) {
      throw new KpiError("unknown_reference", `${where}: record "${String(m.id)}" supersedes an unknown id "${String(m.supersedes)}"`, {
        path: [...prefix, i, "supersedes"],
      });
    }
    if (j === i) {
      throw new KpiError("cycle", `${where}: record "${String(m.id)}" supersedes itself`, { path: [...prefix, i, "supersedes"] });
    }
    const target = records[j] as CheckedCorrectionRecord;
    if (target.kpiId !== m.kpiId || target.subjectId !== m.subjectId) {
      throw new KpiError(
        "invalid_correction",
        `${where}: record "${String(m.id)}" corrects "${String(target.id)}", which belongs to another KPI or subject`,
        { path: [...prefix, i, "supersedes"] },
      );
    }
    const earlier = correctedBy[j]!;
    if (earlier !== -1) {
      throw new KpiError(
        "invalid_correction",
        `${where}: records "${String(records[earlier]?.id)}" and "${String(m.id)}" both correct "${String(target.id)}"`,
        { path: [...prefix, i, "supersedes"] },
      );
    }
    correctedBy[j] = i;
    supersedesIndex[i] = j;
  }
  // Cycles: follow `supersedes` from each record; with no forks, a walk that comes back to itself is a loop.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
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
      const names = loop.map((k) => `"${String(records[k]?.id)}"`);
      throw new KpiError(
        "cycle",
        `${where}: corrections loop: ${names.join(" supersedes ")} supersedes ${names[0] ?? ""}`,
        { path: [...prefix, first, "supersedes"] },
      );
    }
    for (const k of walk) state[k] = 2;
  }
  // Checked after the loops, so that a loop is named as one whatever its records' recordedAt say.
  for (let i = 0; i < n; i++) {
    const j = supersedesIndex[i]!;
    if (j === -1) continue;
    const m = records[i] as CheckedCorrectionRecord;
    const target = records[j] as CheckedCorrectionRecord;
    if (knownFrom(m) < knownFrom(target)) {
      throw new KpiError(
        "invalid_correction",
        `${where}: record "${String(m.id)}" is recorded before the record "${String(target.id)}" it corrects`,
        { path: [...prefix, i, "recordedAt"] },
      );
    }
  }
  return { indexOfId, correctedBy, corrections };
}

// The instant from which a record is known: its `recordedAt`, or the beginning of time.
function knownFrom(m: CheckedCorrectionRecord): number {
  return m.recordedAt ?? Number.NEGATIVE_INFINITY;
}
