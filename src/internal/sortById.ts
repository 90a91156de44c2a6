/**
 * The indexes of `ids` sorted by id (UTF-16 code units, as `<` compares strings), ties by index. Internal.
 *
 * @param ids - The ids.
 * @returns The indexes in id order.
 *
 * @example
 * ```ts
 * [...sortById(["b", "a", "c"])];
 * //=> [1, 0, 2]
 * ```
 */
export function sortById(ids: readonly string[]): Uint32Array {
  const n = ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => {
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}
