// The plain way to find ids, for the property tests of the id indexes: a Map of the ids seen, in input order.

/** The first record (in input order) whose id an earlier record has (`-1`: none), and each id's first record. */
export function idsByMap(ids: readonly string[]): { repeated: number; seen: Map<string, number> } {
  const seen = new Map<string, number>();
  let repeated = -1;
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      if (repeated === -1) repeated = i;
    } else seen.set(id, i);
  });
  return { repeated, seen };
}
