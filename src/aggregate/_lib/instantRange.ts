/**
 * The least and the greatest of the first `n` instants that are finite (`[0, 0]` when none is): the span the period
 * index must cover. A non-finite instant is the engine's error, found in its row's turn by countGroups.
 *
 * @example
 * ```ts
 * instantRange([5, Number.NaN, 2, 9], 3);
 * //=> [2, 5]
 * ```
 */
export function instantRange(at: ArrayLike<number>, n: number): [number, number] {
  let minAt = Infinity;
  let maxAt = -Infinity;
  for (let i = 0; i < n; i++) {
    const ms = at[i]!;
    if (ms < minAt) minAt = ms;
    if (ms > maxAt) maxAt = ms;
  }
  // ±Infinity would take part above; a range of finite instants only.
  if (minAt === -Infinity || maxAt === Infinity) {
    minAt = Infinity;
    maxAt = -Infinity;
    for (let i = 0; i < n; i++) {
      const ms = at[i]!;
      if (ms - ms !== 0) continue;
      if (ms < minAt) minAt = ms;
      if (ms > maxAt) maxAt = ms;
    }
  }
  return minAt <= maxAt ? [minAt, maxAt] : [0, 0];
}
