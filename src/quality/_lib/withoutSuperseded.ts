/**
 * Returns the records that no other record of the list supersedes (internal to `quality/`, not exported).
 *
 * @remarks
 * A lenient form of `effectiveMeasurements` for the quality checks: it accepts raw records (originals and
 * corrections) as well as records that are already effective, whose `supersedes` names a record that is no longer
 * in the list. It checks no chain structure; call `effectiveMeasurements` for that and for an "as known at" view.
 * Returns the input itself when nothing is superseded, so the common case allocates nothing.
 *
 * @param records - The records.
 * @returns The records not superseded by another record of the list, in input order.
 *
 * @example
 * ```ts
 * withoutSuperseded([{ id: "a" }, { id: "b", supersedes: "a" }, { id: "c", supersedes: "gone" }]).map((r) => r.id);
 * //=> ["b", "c"]
 * ```
 */
export function withoutSuperseded<T extends { readonly id?: string | undefined; readonly supersedes?: string | undefined }>(
  records: readonly T[],
): readonly T[] {
  let superseded: Set<string> | undefined;
  for (let i = 0; i < records.length; i++) {
    const target = records[i]?.supersedes;
    if (target !== undefined) (superseded ??= new Set()).add(target);
  }
  if (superseded === undefined) return records;
  const kept: T[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as T;
    if (r.id === undefined || !superseded.has(r.id)) kept.push(r);
  }
  return kept;
}
