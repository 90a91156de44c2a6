/**
 * Freezes a plain data value and everything it holds, and returns the same value.
 *
 * @remarks
 * Used by the catalogue so that its shared definitions cannot be changed by one caller under another's feet
 * (`Object.freeze` alone stops at the first level). Walks arrays and plain objects only; numbers, strings and
 * other primitives are returned as they are. The catalogue is acyclic data, so the walk needs no visited set.
 *
 * @param value - The value to freeze (not copied).
 * @returns `value`, now frozen all the way down.
 *
 * @example
 * ```ts
 * const entry = freezeDeep({ name: { lv: "Pieejamība", en: "Availability" } });
 * Object.isFrozen(entry.name);
 * //=> true
 * ```
 */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
