import { KpiError } from "../../errors.js";
import { linkCorrections } from "../../internal/checkCorrections.js";
import { createHashIdIndex, findId, firstRepeatedId, type IdList } from "../../internal/hashIdIndex.js";
import { sortById } from "../../internal/sortById.js";
import { findIdInOrder, firstRepeatedIdInOrder } from "../../internal/sortedIdIndex.js";
import { measurementAt } from "../measurementAt.js";
import { batchIdAt, batchIdReader, idStoreOf } from "./batchIds.js";
import type { MeasurementBatch } from "../measurementBatch.js";
import { createRecordCheck, type MeasurementBatchWorkspace } from "./checkMeasurementBatch.js";
import { RecordScreen } from "./recordScreen.js";

/** What {@link checkBatch} found. */
export interface CheckedCorrectionsOfBatch {
  /** `correctedBy[j]` is the index of the record that supersedes record `j`, or `-1`. */
  readonly correctedBy: Int32Array;
  /** How many records carry `supersedes`. */
  readonly corrections: number;
  /** With `sortIds`: the record indexes in id order (UTF-16 code units, ties by index), as `sortById` gives them. */
  readonly byId: Uint32Array | null;
}

/**
 * `checkMeasurementBatch` for a {@link MeasurementBatch}: the same checks, in the same order, with the same errors
 * (paths `[...prefix, i, field]`), on the columns. A record that looks wrong is read back (`measurementAt`) and put
 * through the record check, so that its error is word for word the record path's. Ids are found by hash (the
 * duplicate check, the corrections), in linear time, or in id order with `sortIds`. Also checks that the columns of a
 * batch built by hand are whole (lengths, codes, finite instants). Internal; a property test checks it against the
 * record path.
 *
 * @param batch - The batch.
 * @param workspace - The KPIs and scope nodes.
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @param sortIds - Sort the ids, and find repeated ids and corrected records in that order instead of by hash (for
 * a caller that needs the order anyway: the report's digest); the order comes back as `byId`.
 * @returns The correction links.
 * @throws {@link KpiError} as `checkMeasurementBatch`; `invalid_argument` for a malformed batch.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 },
 *   { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 }]);
 * const workspace = { kpis: [{ id: "k", measure: { kind: "value" }, scopeKinds: ["service"] }],
 *   scopes: [{ id: "s", kind: "service" }] } as never;
 * checkBatch(batch, workspace, "f").corrections;
 * //=> 0
 * ```
 */
export function checkBatch(
  batch: MeasurementBatch,
  workspace: MeasurementBatchWorkspace,
  where: string,
  prefix: readonly PropertyKey[] = [],
  sortIds = false,
): CheckedCorrectionsOfBatch {
  checkShape(batch, where, prefix);
  const n = batch.length;
  const check = createRecordCheck(workspace, where, prefix);
  const screen = new RecordScreen(workspace);
  const { kpiIds, subjectIds, kpi, subject, value, nullValue, numerator, denominator, weight } = batch;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!, s = subject[i]!;
    // The record path's check gives the exact error; a record it passes is sound after all.
    if (!screen.fits(k, s, kpiIds[k]!, subjectIds[s]!, value[i]!, nullValue[i] === 1, numerator[i]!, denominator[i]!, weight[i]!)) {
      check(measurementAt(batch, i), i);
    }
  }
  return checkBatchIds(batch, where, prefix, sortIds);
}

/**
 * The second half of {@link checkBatch}: the ids and corrections of a batch whose records are checked, as
 * `checkCorrections` checks them (for a lean batch too, which keeps no values). Internal.
 *
 * @param batch - The batch (its ids, KPI and subject codes, recorded-at instants and corrections).
 * @param where - The calling function's name, for messages.
 * @param prefix - Put before `[i, field]` in error paths.
 * @param sortIds - Find ids in id order (see {@link checkBatch}).
 * @returns The correction links.
 * @throws {@link KpiError} `duplicate_id`, and the errors of `checkCorrections`.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 },
 *   { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 2, supersedes: "a" }]);
 * [...checkBatchIds(batch, "f", [], false).correctedBy];
 * //=> [1, -1]
 * ```
 */
export function checkBatchIds(
  batch: Pick<MeasurementBatch, "length" | "id" | "kpi" | "subject" | "recordedAt" | "supersedes">,
  where: string,
  prefix: readonly PropertyKey[],
  sortIds: boolean,
): CheckedCorrectionsOfBatch {
  const n = batch.length;
  // Ids found by hash (linear time), or in id order where the caller needs that order anyway (sorting costs more
  // than hashing, and the two give the same answers). Ids the batch keeps as bytes are hashed and compared as bytes.
  const ids: IdList = idStoreOf(batch) ?? batch.id;
  const byId = sortIds ? sortById(ids) : null;
  const index = byId === null ? createHashIdIndex(ids) : null;
  const find = (id: string): number => (index === null ? findIdInOrder(ids, byId!, id) : findId(index, ids, id));
  // A duplicate: the first record (in input order) whose id an earlier record has.
  const duplicate = index === null ? firstRepeatedIdInOrder(ids, byId!) : firstRepeatedId(index, ids);
  if (duplicate >= 0) {
    throw new KpiError("duplicate_id", `${where}: the id "${batchIdAt(batch, duplicate)!}" is used twice`, { path: [...prefix, duplicate, "id"] });
  }
  const correctedBy = new Int32Array(n).fill(-1);
  const corrections = batch.supersedes.size;
  if (corrections === 0) return { correctedBy, corrections, byId };
  const correcting = [...batch.supersedes.keys()].sort((a, b) => a - b);
  const targets = correcting.map((i) => find(batch.supersedes.get(i)!));
  const { kpi, subject, recordedAt } = batch;
  linkCorrections(
    {
      n,
      id: batchIdReader(batch),
      supersedes: (i) => batch.supersedes.get(i)!,
      sameSeries: (i, j) => kpi[i] === kpi[j] && subject[i] === subject[j],
      knownFrom: (i) => {
        const t = recordedAt[i]!;
        return t === t ? t : Number.NEGATIVE_INFINITY;
      },
    },
    correcting,
    targets,
    correctedBy,
    where,
    prefix,
  );
  return { correctedBy, corrections, byId };
}

// The columns of a batch built by hand are whole: every column as long as the batch, codes within their lists,
// instants finite, ids strings, corrections of records of the batch.
function checkShape(batch: MeasurementBatch, where: string, prefix: readonly PropertyKey[]): void {
  const bad = (field: string, text: string, i?: number): never => {
    throw new KpiError("invalid_argument", `${where}: the batch ${text}`, { path: i === undefined ? [...prefix, field] : [...prefix, i, field] });
  };
  if (typeof batch !== "object" || batch === null || batch.format !== "kpi-kit-measurement-batch") {
    bad("format", "is not a measurement batch (build one with createMeasurementBatchBuilder or toMeasurementBatch)");
  }
  const n = batch.length;
  if (!Number.isInteger(n) || n < 0) bad("length", "has no whole length");
  const columns = ["id", "kpi", "subject", "at", "value", "nullValue", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt"] as const;
  // Ids kept as bytes by the batch's builder are whole by construction (and reading `id` would make their strings).
  const store = idStoreOf(batch);
  if (store !== undefined && store.length !== n) bad("id", `column id does not have ${n} entries`);
  for (const name of columns) {
    if (name === "id" && store !== undefined) continue;
    const column = batch[name] as ArrayLike<unknown> | undefined;
    if (column === undefined || column === null || column.length !== n) bad(name, `column ${name} does not have ${n} entries`);
  }
  if (!(batch.supersedes instanceof Map)) bad("supersedes", "has no supersedes map");
  const { kpi, subject, at, source, collection, status, recordedAt } = batch;
  const id = store === undefined ? batch.id : null;
  const nKpis = batch.kpiIds.length;
  const nSubjects = batch.subjectIds.length;
  const nSources = batch.sources.length;
  for (let i = 0; i < n; i++) {
    if (id !== null && typeof id[i] !== "string") bad("id", `record ${i} has no id`, i);
    const k = kpi[i]!;
    if (!(k >= 0 && k < nKpis)) bad("kpiId", `record ${i} has a KPI code outside kpiIds`, i);
    const s = subject[i]!;
    if (!(s >= 0 && s < nSubjects)) bad("subjectId", `record ${i} has a subject code outside subjectIds`, i);
    const t = at[i]!;
    if (t - t !== 0) throw new KpiError("non_finite", `${where}: record ${i} has an instant that is not a finite number`, { path: [...prefix, i, "at"] });
    const r = recordedAt[i]!;
    if (r === Infinity || r === -Infinity) {
      throw new KpiError("non_finite", `${where}: record ${i} has a recordedAt that is not a finite number`, { path: [...prefix, i, "recordedAt"] });
    }
    if (!(source[i]! >= -1 && source[i]! < nSources)) bad("source", `record ${i} has a source code outside sources`, i);
    if (collection[i]! > 2) bad("collection", `record ${i} has a collection code above 2`, i);
    if (status[i]! > 3) bad("status", `record ${i} has a status code above 3`, i);
  }
  for (const [i, target] of batch.supersedes) {
    if (!(Number.isInteger(i) && i >= 0 && i < n) || typeof target !== "string") bad("supersedes", `supersedes map has an entry that is no record index and id`);
  }
}
