import type { IdList } from "./hashIdIndex.js";
import { IdStore } from "./idStore.js";

/**
 * The first record (in input order) whose id an earlier record has, or `-1`, from the records in id order (ties by
 * index, as `sortById` gives them): equal ids are neighbours there, and the second of each run repeats the first.
 * Internal: the report sorts the ids for its digest anyway, and finds repeats and corrected records in that order
 * instead of building a hash index as well.
 *
 * @param ids - The ids.
 * @param byId - The indexes of `ids` in id order, ties by index.
 * @returns The index of the first repeat, or `-1`.
 *
 * @example
 * ```ts
 * const ids = ["b", "a", "b", "a"];
 * firstRepeatedIdInOrder(ids, [1, 3, 0, 2]);
 * //=> 2
 * ```
 */
export function firstRepeatedIdInOrder(ids: IdList, byId: ArrayLike<number>): number {
  let first = -1;
  for (let r = 1; r < byId.length; r++) {
    const i = byId[r]!;
    // Every record but the first of a run of equal ids repeats an id; the indexes of a run rise, so the least of
    // them is a run's second.
    const same = ids instanceof IdStore ? ids.same(i, byId[r - 1]!) : ids[i] === ids[byId[r - 1]!];
    if (same && (first === -1 || i < first)) first = i;
  }
  return first;
}

/**
 * The index of the record with this id (the first in input order, should the id be repeated), or `-1`, by binary
 * search of the records in id order (UTF-16 code units, as `<` compares strings; ties by index). Internal.
 *
 * @param ids - The ids.
 * @param byId - The indexes of `ids` in id order.
 * @param id - The id looked for.
 * @returns Its record's index, or `-1`.
 *
 * @example
 * ```ts
 * findIdInOrder(["b", "a", "c"], [1, 0, 2], "c");
 * //=> 2
 * ```
 */
export function findIdInOrder(ids: IdList, byId: ArrayLike<number>, id: string): number {
  let lo = 0;
  let hi = byId.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids instanceof IdStore ? ids.compare(byId[mid]!, id) < 0 : ids[byId[mid]!]! < id) lo = mid + 1;
    else hi = mid;
  }
  if (lo === byId.length) return -1;
  return (ids instanceof IdStore ? ids.is(byId[lo]!, id) : ids[byId[lo]!] === id) ? byId[lo]! : -1;
}
