import { KpiError } from "../errors.js";
import { describeValue } from "./describeValue.js";

/**
 * Refuses an argument that is not an object (`undefined`, `null`, a number…) with a `KpiError` naming the function
 * and the argument, before the function reads a field of it: from JavaScript, a missing options object would
 * otherwise end in a `TypeError` from deep inside.
 *
 * @param value - The argument.
 * @param where - The public function's name.
 * @param name - The argument's name, as the documentation calls it.
 * @param path - The error's path (`[]` unless the function's other errors name this argument in theirs).
 * @throws {@link KpiError} `invalid_argument`, with `path`.
 *
 * @example
 * ```ts
 * try {
 *   requireObject(undefined, "buildReport", "options");
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> "buildReport: options must be an object, not undefined"
 * }
 * ```
 */
export function requireObject(value: unknown, where: string, name: string, path: readonly PropertyKey[] = []): asserts value is object {
  if (typeof value !== "object" || value === null) {
    throw new KpiError("invalid_argument", `${where}: ${name} must be an object, not ${describeValue(value)}`, { path: [...path] });
  }
}
