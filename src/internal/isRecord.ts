/**
 * Whether a value is an object that is not an array (nor `null`): a JSON object, as a file's top level may be.
 *
 * @param value - Any value.
 * @returns Whether its fields can be read by name.
 *
 * @example
 * ```ts
 * [isRecord({ scopes: [] }), isRecord([]), isRecord(null), isRecord("x")];
 * //=> [true, false, false, false]
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
