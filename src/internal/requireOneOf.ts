import { KpiError } from "../errors.js";
import { showValue } from "./describeValue.js";

/**
 * Refuses a value that is not one of a closed set of strings (an enum field such as a target's `kind`), with a
 * `KpiError` naming the function, the field and the allowed values, before the function switches on it: from
 * JavaScript, an unknown value would otherwise reach an `assertNever` and be reported without its path.
 *
 * @param value - The value.
 * @param allowed - The allowed values, in the order the message lists them.
 * @param where - The public function's name.
 * @param name - The field's name, as the documentation calls it (e.g. `target.kind`).
 * @param path - The error's path, the field's path in the function's arguments.
 * @throws {@link KpiError} `invalid_argument`, with `path`.
 *
 * @example
 * ```ts
 * try {
 *   requireOneOf("atleast", ["at_least", "at_most", "between"], "scoreAttainment", "target.kind", ["target", "kind"]);
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> 'scoreAttainment: target.kind must be "at_least", "at_most" or "between", not "atleast"'
 * }
 * ```
 */
export function requireOneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  where: string,
  name: string,
  path: readonly PropertyKey[],
): asserts value is T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return;
  const quoted = allowed.map((a) => JSON.stringify(a));
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]!}` : quoted.join("");
  throw new KpiError("invalid_argument", `${where}: ${name} must be ${list}, not ${showValue(value)}`, { path: [...path] });
}
