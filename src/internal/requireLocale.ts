import { KpiError } from "../errors.js";
import { showValue } from "./describeValue.js";

/**
 * Refuses a locale other than `"lv"` and `"en"` with a `KpiError` naming the function, in one wording wherever a
 * locale is an argument or an option.
 *
 * @param locale - The locale given.
 * @param where - The public function's name.
 * @param path - The error's path: `["locale"]`, or `["options", "locale"]` for an option.
 * @throws {@link KpiError} `invalid_argument`, with `path`; the message shows a string in quotes, else its kind.
 *
 * @example
 * ```ts
 * try {
 *   requireLocale("de", "formatValue", ["locale"]);
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> 'formatValue: locale must be "lv" or "en", not "de"'
 * }
 * ```
 */
export function requireLocale(locale: unknown, where: string, path: readonly PropertyKey[]): asserts locale is "lv" | "en" {
  // Called per record by the report code (labelOf): one cheap test, the message built only on failure.
  if (locale !== "lv" && locale !== "en") {
    throw new KpiError("invalid_argument", `${where}: locale must be "lv" or "en", not ${showValue(locale)}`, { path: [...path] });
  }
}
