import type { Locale } from "../../model/localizedText.js";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/**
 * Formats an instant as a local date or date and time of a time zone, with the zone named when the time is shown
 * (internal: one date format for every report, "2026. gada 5. aprīlis, 12:00 (Europe/Riga)",
 * "April 5, 2026, 12:00 (Europe/Riga)").
 *
 * @example
 * ```ts
 * formatLocalTime("2026-04-05T09:00:00Z", "lv", "Europe/Riga", "date_time");
 * //=> "2026. gada 5. aprīlis, 12:00 (Europe/Riga)"
 * ```
 *
 * @param instant - Epoch ms or an ISO-8601 instant.
 * @param locale - `"lv"` or `"en"`.
 * @param timeZone - The calendar's IANA time zone.
 * @param what - `date` or `date_time`.
 * @returns The text.
 */
export function formatLocalTime(instant: number | string, locale: Locale, timeZone: string, what: "date" | "date_time"): string {
  const ms = typeof instant === "number" ? instant : Date.parse(instant);
  const date = format(locale, timeZone, { dateStyle: "long" }).format(ms);
  if (what === "date") return date;
  const time = format(locale, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);
  return `${date}, ${time} (${timeZone})`;
}

/**
 * Names a period label in words ("2026-03" → "2026. g. marts" / "March 2026", "2026-Q1" → "2026. gada 1. ceturksnis"
 * / "Q1 2026"); a label of another form is returned as it is (internal).
 *
 * @example
 * ```ts
 * [formatPeriodName("2026-03", "en"), formatPeriodName("2026-Q1", "lv")];
 * //=> ["March 2026", "2026. gada 1. ceturksnis"]
 * ```
 *
 * @param label - The period label.
 * @param locale - `"lv"` or `"en"`.
 * @returns The name.
 */
export function formatPeriodName(label: string, locale: Locale): string {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month !== null) return format(locale, "UTC", { year: "numeric", month: "long" }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter !== null) return locale === "lv" ? `${quarter[1]}. gada ${quarter[2]}. ceturksnis` : `Q${quarter[2]} ${quarter[1]}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (day !== null) return format(locale, "UTC", { dateStyle: "long" }).format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return label;
}
