import type { Measurement } from "../../model/measurement.js";

/**
 * Orders records by `at`, then by `id` (ids are unique, so this is a total order): the order of the records in
 * effect. Internal to `quality/`.
 *
 * @param a - A record.
 * @param b - Another record.
 * @returns Negative, zero or positive, as `Array.prototype.sort` expects.
 *
 * @example
 * ```ts
 * compareRecords({ id: "b", at: 0 } as never, { id: "a", at: 1 } as never);
 * //=> -1
 * ```
 */
export function compareRecords(a: Measurement, b: Measurement): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
