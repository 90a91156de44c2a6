import type { Locale } from "../../model/localizedText.js";

/** `signDisplay: "negative"`: no sign on a value that rounds to zero (ES2023, in every Node.js kpi-kit runs on; not in the ES2022 types). */
export const NEGATIVE_ONLY = "negative" as Intl.NumberFormatOptions["signDisplay"];

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for a locale with a fixed number of decimals (`null` → the locale's "no value" text).
 *
 * @param value - The number, or `null`.
 * @param locale - `"lv"` or `"en"`.
 * @param decimals - Fraction digits, minimum and maximum.
 * @returns The text.
  * @example
 * ```ts
 * formatNumber(1234.5, "lv", 1);
 * //=> "1234,5"
 * ```
 */
export function formatNumber(value: number | null, locale: Locale, decimals = 2): string {
  if (value === null) return locale === "lv" ? "nav datu" : "—";
  const key = `${locale}|${decimals}`;
  let format = cache.get(key);
  if (format === undefined) {
    // signDisplay "negative": a value that rounds to zero shows as "0,00", not "-0,00".
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: NEGATIVE_ONLY });
    cache.set(key, format);
  }
  // -0 prints as "-0": normalise.
  return format.format(value === 0 ? 0 : value);
}
