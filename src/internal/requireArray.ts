import { KpiError } from "../errors.js";
import { describeValue } from "./describeValue.js";

/**
 * Refuses an argument that is not an array (or, with `typed`, a typed array such as `Float64Array`) with a `KpiError`
 * naming the function and the argument, before the function reads it: from JavaScript, a missing list would otherwise
 * end in a `TypeError` from deep inside ("Cannot read properties of undefined (reading 'length')").
 *
 * @param value - The argument.
 * @param where - The public function's name.
 * @param name - The argument's name, as the documentation calls it.
 * @param path - The error's path (`[]` unless the function's other errors name this argument in theirs).
 * @param typed - Whether a typed array (`Float64Array`, `Int32Array`…) is taken as well.
 * @throws {@link KpiError} `invalid_argument`, with `path`.
 *
 * @example
 * ```ts
 * try {
 *   requireArray(undefined, "mergePartials", "partials");
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> "mergePartials: partials must be an array, not undefined"
 * }
 * ```
 */
export function requireArray(
  value: unknown,
  where: string,
  name: string,
  path: readonly PropertyKey[] = [],
  typed = false,
): asserts value is ArrayLike<unknown> {
  if (Array.isArray(value) || (typed && ArrayBuffer.isView(value) && !(value instanceof DataView))) return;
  throw new KpiError("invalid_argument", `${where}: ${name} must be an array${typed ? " or a typed array" : ""}, not ${describeValue(value)}`, {
    path: [...path],
  });
}
