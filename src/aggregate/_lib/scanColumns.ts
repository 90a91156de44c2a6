import { type EngineCaller, type EngineColumns, fail } from "./engineColumns.js";

/** Pass 1: checks KPI and subject codes and instants; returns their range. */
export function scanColumns(columns: EngineColumns, subject: ArrayLike<number> | null, nK: number, nS: number, caller: EngineCaller): [number, number] {
  const { n, kpi, at, rowIndex } = columns;
  let minAt = Infinity;
  let maxAt = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!;
    if (!(k >= 0 && k < nK) || (k | 0) !== k) {
      fail(caller, "unknown_reference", rowIndex === null ? i : rowIndex[i]!, caller.form === "rows" ? "kpiId" : "kpi", "is not a known KPI");
    }
    if (subject !== null) {
      const s = subject[i]!;
      if (!(s >= 0 && s < nS) || (s | 0) !== s) {
        fail(caller, "unknown_reference", rowIndex === null ? i : rowIndex[i]!, "subject", "is not a code of subjectIds");
      }
    }
    const ms = at[i]!;
    if (ms - ms !== 0) fail(caller, "non_finite", rowIndex === null ? i : rowIndex[i]!, "at", "must be a finite number of epoch ms");
    if (ms < minAt) minAt = ms;
    if (ms > maxAt) maxAt = ms;
  }
  return [minAt, maxAt];
}
