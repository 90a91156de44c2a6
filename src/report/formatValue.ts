import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { Locale } from "../model/localizedText.js";
import { KpiError } from "../errors.js";

const cache = new Map<string, Intl.NumberFormat>();

/** Intl options for units that Intl knows; other units are appended as written. */
function intlOptions(unit: string): Intl.NumberFormatOptions | null {
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
    default:
      return null;
  }
}

/**
 * Formats a KPI's value for a locale with the KPI's unit and precision; `null` is "—" in English and "nav datu" in
 * Latvian.
 *
 * @remarks
 * Uses `Intl.NumberFormat` with exactly `precision` decimals. Units Intl knows are localised (`%`, `EUR`, `days`,
 * `h`, `min`, `s`: "12,5 dienas", "€18,543.50"); any other unit is written after the number ("3 incidents").
 *
 * @param value - The value, or `null`.
 * @param kpi - The KPI's `unit` and `precision`.
 * @param locale - `"lv"` or `"en"`.
 * @returns The formatted value.
 * @throws {@link KpiError} `non_finite` (path `["value"]`) for `NaN` or an infinite value; `invalid_argument`
 * (path `["kpi", "precision"]`) for a precision that is not a whole number from 0 to 6.
 *
 * @example
 * ```ts
 * [formatValue(99.456, { unit: "%", precision: 1 }, "lv"), formatValue(null, { unit: "%", precision: 1 }, "en")];
 * //=> ["99,5%", "—"]
 * ```
 *
 * @category Report
 */
export function formatValue(value: number | null, kpi: Pick<KpiDefinition, "unit" | "precision">, locale: Locale): string {
  if (value === null) return locale === "lv" ? "nav datu" : "—";
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new KpiError("non_finite", "formatValue: the value must be a finite number or null", { path: ["value"] });
  }
  const precision = kpi.precision;
  if (!Number.isInteger(precision) || precision < 0 || precision > 6) {
    throw new KpiError("invalid_argument", "formatValue: precision must be a whole number from 0 to 6", { path: ["kpi", "precision"] });
  }
  const key = `${locale}|${precision}|${kpi.unit}`;
  let format = cache.get(key);
  const options = intlOptions(kpi.unit);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: precision, maximumFractionDigits: precision });
    cache.set(key, format);
  }
  const text = format.format(value === 0 ? 0 : value);
  return options === null ? `${text} ${kpi.unit}` : text;
}
