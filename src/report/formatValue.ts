import type { KpiDefinition, KpiUnit } from "../model/kpiDefinition.js";
import type { Locale } from "../model/localizedText.js";
import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { requireLocale } from "../internal/requireLocale.js";
import { NEGATIVE_ONLY } from "./_lib/formatNumber.js";


const formats = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** Intl options for the unit codes that Intl knows; `null` for any other unit. */
function intlOptions(unit: KpiUnit): Intl.NumberFormatOptions | null {
  if (typeof unit !== "string") return null;
  switch (unit.trim().toLowerCase()) {
    case "%":
      return { style: "unit", unit: "percent" };
    case "eur":
    case "€":
      return { style: "currency", currency: "EUR" };
    case "d":
    case "day":
    case "days":
      return { style: "unit", unit: "day", unitDisplay: "long" };
    case "h":
    case "hour":
    case "hours":
      return { style: "unit", unit: "hour", unitDisplay: "short" };
    case "min":
    case "minute":
    case "minutes":
      return { style: "unit", unit: "minute", unitDisplay: "short" };
    case "s":
    case "second":
    case "seconds":
      return { style: "unit", unit: "second", unitDisplay: "short" };
    case "ms":
    case "millisecond":
    case "milliseconds":
      return { style: "unit", unit: "millisecond", unitDisplay: "short" };
    default:
      return null;
  }
}

/** The unit's word for a formatted number: its plural form in the locale (Intl.PluralRules), or the text as given. */
function unitWord(unit: KpiUnit, locale: Locale, value: number, precision: number): string {
  if (typeof unit === "string") return unit;
  const forms = unit[locale];
  if (typeof forms === "string") return forms;
  if (typeof forms !== "object" || forms === null) {
    throw new KpiError("invalid_argument", `formatValue: kpi.unit.${locale} must be a string or plural forms ({ one, other })`, { path: ["kpi", "unit", locale] });
  }
  const key = `${locale}|${precision}`;
  let rules = plurals.get(key);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale, { minimumFractionDigits: precision, maximumFractionDigits: precision });
    plurals.set(key, rules);
  }
  switch (rules.select(value)) {
    case "one":
      return forms.one;
    case "zero":
      return forms.zero ?? forms.other;
    default:
      return forms.other;
  }
}

/**
 * Formats a KPI's value for a locale with the KPI's unit and precision; `null` is "—" in English and "nav datu" in
 * Latvian.
 *
 * @remarks
 * Uses `Intl.NumberFormat` with exactly `precision` decimals. Unit codes Intl knows are localised (`%`, `EUR`,
 * `days`, `h`, `min`, `s`, `ms`: "12,5 dienas", "€18,543.50"). A unit in both languages is written after the number in
 * the locale, in the plural form that `Intl.PluralRules` selects for the number as shown ("1 incidents",
 * "7 incidenti", "10 incidentu"; "1 incident", "7 incidents"). Any other plain-string unit is written after the
 * number as it is.
 *
 * @param value - The value, or `null`.
 * @param kpi - The KPI's `unit` and `precision`.
 * @param locale - `"lv"` or `"en"`.
 * @returns The formatted value.
 * @throws {@link KpiError} `non_finite` (path `["value"]`) for `NaN` or an infinite value; `invalid_argument`
 * (path `["kpi", "precision"]`) for a precision that is not a whole number from 0 to 6, or for missing or wrong-shaped
 * arguments: `kpi` not an object (path `["kpi"]`), `kpi.unit` neither a string nor an object (path `["kpi", "unit"]`),
 * a unit in both languages without a form for `locale` (path `["kpi", "unit", locale]`), a locale other than `lv` and
 * `en` (path `["locale"]`).
 *
 * @example
 * ```ts
 * const incidents = { lv: { one: "incidents", other: "incidenti", zero: "incidentu" }, en: { one: "incident", other: "incidents" } };
 * [
 *   formatValue(99.456, { unit: "%", precision: 1 }, "lv"),
 *   formatValue(null, { unit: "%", precision: 1 }, "en"),
 *   formatValue(1, { unit: incidents, precision: 0 }, "lv"),
 *   formatValue(7, { unit: incidents, precision: 0 }, "lv"),
 *   formatValue(10, { unit: incidents, precision: 0 }, "lv"),
 *   formatValue(1, { unit: incidents, precision: 0 }, "en"),
 * ];
 * //=> ["99,5%", "—", "1 incidents", "7 incidenti", "10 incidentu", "1 incident"]
 * ```
 *
 * @category Report
 */
export function formatValue(value: number | null, kpi: Pick<KpiDefinition, "unit" | "precision">, locale: Locale): string {
  requireObject(kpi, "formatValue", "kpi", ["kpi"]);
  if (typeof kpi.unit !== "string" && (typeof kpi.unit !== "object" || kpi.unit === null)) {
    throw new KpiError("invalid_argument", "formatValue: kpi.unit must be a string or an object ({ lv, en })", { path: ["kpi", "unit"] });
  }
  requireLocale(locale, "formatValue", ["locale"]);
  if (value === null) return locale === "lv" ? "nav datu" : "—";
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new KpiError("non_finite", "formatValue: the value must be a finite number or null", { path: ["value"] });
  }
  const precision = kpi.precision;
  if (!Number.isInteger(precision) || precision < 0 || precision > 6) {
    throw new KpiError("invalid_argument", "formatValue: precision must be a whole number from 0 to 6", { path: ["kpi", "precision"] });
  }
  const options = intlOptions(kpi.unit);
  const key = `${locale}|${precision}|${options === null ? "" : JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    // signDisplay "negative": a value that rounds to zero ("-0.3" at no decimals) shows as "0", not "-0".
    format = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: precision, maximumFractionDigits: precision, signDisplay: NEGATIVE_ONLY });
    formats.set(key, format);
  }
  const shown = value === 0 ? 0 : value;
  const text = format.format(shown);
  return options === null ? `${text} ${unitWord(kpi.unit, locale, shown, precision)}` : text;
}

/**
 * Returns a KPI unit's name in a locale, for an axis title or a fact table: the Intl unit's short name, the
 * `other` plural form of a bilingual unit, or a plain unit as written.
 *
 * @example
 * ```ts
 * [unitName("days", "lv"), unitName({ lv: "izsniegumi/h", en: "loans/h" }, "en")];
 * //=> ["dienas", "loans/h"]
 * ```
 *
 * @param unit - The unit.
 * @param locale - `"lv"` or `"en"`.
 * @returns The name.
 */
export function unitName(unit: KpiUnit, locale: Locale): string {
  const options = intlOptions(unit);
  if (options === null) {
    if (typeof unit === "string") return unit;
    const forms = unit[locale];
    return typeof forms === "string" ? forms : forms.other;
  }
  if (options.style === "currency") return "EUR";
  const parts = new Intl.NumberFormat(locale, { ...options, unitDisplay: options.unitDisplay ?? "short" }).formatToParts(5);
  return parts
    .filter((p) => p.type === "unit" || p.type === "percentSign")
    .map((p) => p.value)
    .join("")
    .trim();
}
