import type { KpiId, ScopeNodeId } from "../../model/ids.js";
import type { Measurement } from "../../model/measurement.js";
import type { DuplicateGroup } from "../duplicateGroup.js";

/**
 * Groups records by KPI, subject and instant, keeping the groups of two or more (internal to `quality/`).
 *
 * @remarks
 * Trusts its input (checked by the caller). Groups come ordered by instant, then by the position of their first
 * record; ids within a group are in input order.
 *
 * @param records - Checked records, none superseded.
 * @returns The groups of duplicates.
 *
 * @example
 * ```ts
 * groupDuplicates([
 *   { id: "a", kpiId: "k", subjectId: "s", at: 5 }, { id: "b", kpiId: "k", subjectId: "s", at: 5 },
 * ] as never).map((g) => g.ids);
 * //=> [["a", "b"]]
 * ```
 */
export function groupDuplicates(records: readonly Measurement[]): DuplicateGroup[] {
  const n = records.length;
  if (n < 2) return [];
  // Sort positions by instant; only records with the same instant can be duplicates.
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (records[i]!.at < records[i - 1]!.at) sorted = false;
  if (!sorted) order.sort((a, b) => records[a]!.at - records[b]!.at || a - b);
  const groups: DuplicateGroup[] = [];
  let runStart = 0;
  while (runStart < n) {
    const at = records[order[runStart]!]!.at;
    let runEnd = runStart + 1;
    while (runEnd < n && records[order[runEnd]!]!.at === at) runEnd++;
    if (runEnd - runStart > 1) collectRun(records, order, runStart, runEnd, groups);
    runStart = runEnd;
  }
  return groups;
}

// Groups one run of records that share an instant by KPI and subject, in input order.
function collectRun(
  records: readonly Measurement[],
  order: Uint32Array,
  from: number,
  to: number,
  groups: DuplicateGroup[],
): void {
  const byKey = new Map<KpiId, Map<ScopeNodeId, Measurement[]>>();
  const firsts: Measurement[][] = [];
  for (let k = from; k < to; k++) {
    const m = records[order[k]!]!;
    let bySubject = byKey.get(m.kpiId);
    if (bySubject === undefined) byKey.set(m.kpiId, (bySubject = new Map()));
    const list = bySubject.get(m.subjectId);
    if (list === undefined) {
      const created = [m];
      bySubject.set(m.subjectId, created);
      firsts.push(created);
    } else list.push(m);
  }
  for (const list of firsts) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const agree = list.every((m) => sameNumbers(m, first));
    groups.push({ kpiId: first.kpiId, subjectId: first.subjectId, at: first.at, ids: list.map((m) => m.id), agree });
  }
}

// Whether two records carry the same numbers (an absent weight counts as 1).
function sameNumbers(a: Measurement, b: Measurement): boolean {
  return (
    (a.value ?? null) === (b.value ?? null) &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    (a.weight ?? 1) === (b.weight ?? 1)
  );
}
