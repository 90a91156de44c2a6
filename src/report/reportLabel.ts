import type { Locale } from "../model/localizedText.js";
import { KpiError } from "../errors.js";
import { REPORT_LABELS, type ReportLabelKey } from "./reportLabels.js";
import { requireLocale } from "../internal/requireLocale.js";

/**
 * Returns a report text in a locale, with its `{name}` placeholders filled in.
 *
 * @remarks
 * A placeholder without a value is left as it is, so a missing value shows rather than vanishes.
 *
 * @param key - A key of {@link REPORT_LABELS}.
 * @param locale - `"lv"` or `"en"`.
 * @param values - The values of the placeholders.
 * @returns The text.
 * @throws {@link KpiError} `invalid_argument` (path `["locale"]`) for a locale other than `lv` and `en`, or (path
 * `["key"]`) for an unknown key.
 *
 * @example
 * ```ts
 * reportLabel("chart_budget", "lv");
 * //=> "Kļūdu budžets"
 * ```
 *
 * @category Report
 */
export function reportLabel(
  key: ReportLabelKey,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  requireLocale(locale, "reportLabel", ["locale"]);
  if (!Object.hasOwn(REPORT_LABELS, key)) {
    throw new KpiError("invalid_argument", `reportLabel: "${String(key)}" is not a report label`, { path: ["key"] });
  }
  const text = REPORT_LABELS[key][locale];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
