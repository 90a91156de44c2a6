import { withArticle } from "./withArticle.js";

/**
 * A value that was refused, as an error message names it: `null`, the `typeof` of a primitive (`undefined`,
 * `number`, `string`…), `an object` for a plain object, `an array` for an array, and the class of any other object
 * (`Float64Array`, `Map`).
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
  if (Array.isArray(value)) return "an array";
  const kind = (value as { constructor?: { name?: string } }).constructor;
  return kind === undefined || kind === Object || typeof kind?.name !== "string" ? "an object" : kind.name;
}

/**
 * A refused value as a message shows it: a string in quotes (its first 40 characters), anything else as
 * {@link describeValue} names it.
 *
 * @example
 * ```ts
 * [showValue("atleast"), showValue(3), showValue(["x"])];
 * //=> ['"atleast"', "number", "an array"]
 * ```
 */
export function showValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : describeValue(value);
}

/**
 * The type of a value given where another type was wanted, with its article: `null`, `undefined`, `an array`, `a
 * string`, `an object` — for "must be a number, not a string".
 *
 * @example
 * ```ts
 * [describeType("5"), describeType(null), describeType([1]), describeType({})];
 * //=> ["a string", "null", "an array", "an object"]
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? "an array" : withArticle(typeof value);
}
