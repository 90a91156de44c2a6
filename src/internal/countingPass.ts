/**
 * One stable counting pass of a least-significant-digit radix sort: writes into `to` the positions listed in `from`,
 * ordered by their digit (`digit[position]`, from 0 to `values − 1`), positions of equal digits in `from`'s order.
 * When every position has the same digit the pass would move nothing: it returns `false` and leaves `to` as it was.
 * Internal to `sortById` and `sortRowsByKey`.
 *
 * @param from - The positions in the order of the passes so far.
 * @param to - Receives them in this pass's order (as long as `from`).
 * @param digit - This pass's digit of each position.
 * @param count - Scratch of at least `values + 1` entries (its contents are overwritten).
 * @param values - How many digit values there are.
 * @returns Whether the pass was made.
 *
 * @example
 * ```ts
 * const to = new Uint32Array(3);
 * [countingPass(Uint32Array.of(0, 1, 2), to, [1, 0, 1], new Uint32Array(3), 2), [...to]];
 * //=> [true, [1, 0, 2]]
 * ```
 */
export function countingPass(from: Uint32Array, to: Uint32Array, digit: ArrayLike<number>, count: Uint32Array, values: number): boolean {
  const n = from.length;
  count.fill(0, 0, values + 1);
  for (let i = 0; i < n; i++) count[digit[i]! + 1]!++;
  if (n === 0 || count[digit[0]! + 1] === n) return false; // one digit for all: the order stands
  for (let d = 1; d <= values; d++) count[d]! += count[d - 1]!;
  for (let i = 0; i < n; i++) {
    const p = from[i]!;
    to[count[digit[p]!]!++] = p;
  }
  return true;
}
