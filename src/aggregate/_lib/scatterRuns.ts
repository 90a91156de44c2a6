/** Turns per-slot record counts into write cursors (runs in canonical order); returns the number of records. */
export function startRuns(counts: Int32Array, groupSlot: Int32Array, runStart: Int32Array): number {
  const size = groupSlot.length;
  let offset = 0;
  for (let g = 0; g < size; g++) {
    const slot = groupSlot[g]!;
    const c = counts[slot]!;
    runStart[g] = offset;
    counts[slot] = offset;
    offset += c;
  }
  runStart[size] = offset;
  return offset;
}

/**
 * Counting sort: each record's value (and row) goes to its group's run, in record order. A record of weight 0 goes
 * to its run without a value (NaN), so it counts as a record and in nothing else. A row whose slot is negative
 * (`~slot`: a bare record, see `Pass.bare`) stays out of the runs.
 */
export function scatterRuns(
  rowSlot: Int32Array,
  n: number,
  cursor: Int32Array,
  value: ArrayLike<number> | null,
  weight: ArrayLike<number> | null,
  runValue: Float64Array,
  runRow: Int32Array | null,
): void {
  if (value === null) runValue.fill(NaN);
  if (runRow !== null) {
    for (let i = 0; i < n; i++) {
      const slot = rowSlot[i]!;
      if (slot < 0) continue;
      const j = cursor[slot]!++;
      runRow[j] = i;
      if (value !== null) runValue[j] = weight !== null && weight[i] === 0 ? NaN : value[i]!;
    }
  } else if (value !== null) {
    for (let i = 0; i < n; i++) {
      const slot = rowSlot[i]!;
      if (slot < 0) continue;
      runValue[cursor[slot]!++] = value[i]!;
    }
  }
}
