// ISO-8601 date-time with a mandatory `Z` or numeric offset; seconds and fractions optional.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Converts an ISO-8601 instant string (with `Z` or an offset) to epoch milliseconds, or `null` when it is not one.
 *
 * @remarks
 * Strict: a date-time without a zone is refused, because it would be read in the machine's own time zone.
 * Calendar fields are checked (no 31 April, no hour 24). Fractions beyond milliseconds are truncated. The schemas that
 * use it say which field is out of range, e.g. "2026-02-30 is not a calendar date".
 *
 * @param text - E.g. `"2026-03-01T02:00:00+02:00"`.
 * @returns Epoch milliseconds, or `null`.
 *
 * @example
 * ```ts
 * toEpochMs("2026-03-01T02:00:00+02:00") === toEpochMs("2026-03-01T00:00:00Z");
 * //=> true
 * ```
 *
 * @category Model
 */
export function toEpochMs(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > daysInMonth) return null;
  const ms = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0..99 to 1900..1999; fix that up.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed - offsetMinutes * 60_000;
}
