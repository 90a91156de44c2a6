/**
 * A value that was refused, as an error message names it: `null`, the `typeof` of a primitive (`undefined`,
 * `number`, `string`…), `an object` for a plain object, and the class of any other object (`Float64Array`, `Map`).
 *
 * @example
 * ```ts
 * [describeValue(null), describeValue(undefined), describeValue(3), describeValue({}), describeValue(new Uint8Array(1))];
 * //=> ["null", "undefined", "number", "an object", "Uint8Array"]
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  const kind = (value as { constructor?: { name?: string } }).constructor;
  return kind === undefined || kind === Object || typeof kind?.name !== "string" ? "an object" : kind.name;
}
