import { KpiError } from "../../errors.js";
import { parseInstantFast } from "../../time/_lib/parseInstantFast.js";
import type { CorrectableRecord } from "../correctableRecord.js";

/** When a correction was recorded, for choosing between competing corrections; `-Infinity` when not given. */
function recordedMs(r: CorrectableRecord, i: number, where: string): number {
  const t = r.recordedAt;
  if (t === undefined) return -Infinity;
  const ms = typeof t === "number" ? t : t instanceof Date ? t.getTime() : typeof t === "string" ? parseInstantFast(t) : null;
  if (ms === null || !Number.isFinite(ms)) {
    // A zone-less or malformed instant must not silently lose (or win) a competition between corrections.
    throw new KpiError("invalid_input", `${where}: records[${i}].recordedAt is not an ISO-8601 instant with Z or an offset, epoch ms or a Date`, {
      path: [i, "recordedAt"],
    });
  }
  return ms;
}

/**
 * Marks the records that corrections replace: `1` for a superseded (or losing) record, `0` for an effective one.
 *
 * @remarks
 * Internal: the rules and errors of `resolveSupersedes`, which filters by this mask; the aggregation functions use
 * it to drop rows while keeping their original indices for error paths.
 *
 * @param records - The records.
 * @param where - The calling function's name, for messages.
 * @returns The mask, or `null` when no record corrects another.
 * @throws {@link KpiError} as documented by `resolveSupersedes`.
 *
 * @example
 * ```ts
 * supersededMask([{ id: "a", kpiId: "k", subjectId: "s" }, { kpiId: "k", subjectId: "s", supersedes: "a" }], "f");
 * //=> Uint8Array [1, 0]
 * ```
 */
export function supersededMask(records: readonly CorrectableRecord[], where: string): Uint8Array | null {
  const byId = new Map<string, number>();
  let corrections = 0;
  records.forEach((r, i) => {
    if (r.supersedes !== undefined) corrections++;
    if (r.id === undefined) return;
    if (byId.has(r.id)) {
      throw new KpiError("duplicate_id", `${where}: records[${i}].id "${r.id}" is used twice`, { path: [i, "id"] });
    }
    byId.set(r.id, i);
  });
  if (corrections === 0) return null;
  const n = records.length;
  const target = new Int32Array(n).fill(-1);
  const winner = new Map<number, number>();
  records.forEach((r, i) => {
    if (r.supersedes === undefined) return;
    const t = byId.get(r.supersedes);
    if (t === undefined) {
      throw new KpiError("unknown_reference", `${where}: records[${i}] supersedes an unknown id "${r.supersedes}"`, {
        path: [i, "supersedes"],
      });
    }
    const old = records[t] as CorrectableRecord;
    if (t === i) throw new KpiError("cycle", `${where}: records[${i}] supersedes itself`, { path: [i, "supersedes"] });
    if (old.kpiId !== r.kpiId || old.subjectId !== r.subjectId) {
      throw new KpiError("invalid_correction", `${where}: records[${i}] corrects a record of another KPI or subject`, {
        path: [i, "supersedes"],
      });
    }
    target[i] = t;
    const previous = winner.get(t);
    if (previous === undefined || recordedMs(r, i, where) >= recordedMs(records[previous] as CorrectableRecord, previous, where)) {
      winner.set(t, i);
    }
  });
  // Cycles: follow the chain of corrections from each record.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
    let i = start;
    const walk: number[] = [];
    while (i >= 0 && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = target[i] as number;
    }
    if (i >= 0 && state[i] === 1) {
      throw new KpiError("cycle", `${where}: the corrections through records[${i}] loop`, { path: [i, "supersedes"] });
    }
    for (const j of walk) state[j] = 2;
  }
  const dropped = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = target[i] as number;
    if (t < 0) continue;
    dropped[t] = 1;
    if (winner.get(t) !== i) dropped[i] = 1;
  }
  return dropped;
}
