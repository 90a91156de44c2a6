import type { Locale } from "../../model/localizedText.js";
import { formatValue } from "../formatValue.js";
import { REPORT_NOUNS } from "../reportLabels.js";

/**
 * A count with its noun in the plural form the locale's rules select for it (`Intl.PluralRules`): Latvian "12
 * periodu", "1 punkts", "3 signāli"; English "1 signal", "12 points". Internal to the reports and their charts.
 *
 * @param n - The count.
 * @param noun - One of {@link REPORT_NOUNS}.
 * @param locale - `lv` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * [countText(12, "periods", "lv"), countText(21, "points", "lv"), countText(1, "signals", "en"), countText(0, "signals", "lv")];
 * //=> ["12 periodu", "21 punkts", "1 signal", "0 signālu"]
 * ```
 */
export function countText(n: number, noun: keyof typeof REPORT_NOUNS, locale: Locale): string {
  return formatValue(n, { unit: REPORT_NOUNS[noun], precision: 0 }, locale);
}
