import { z } from "zod";

// ISO-8601 date-time with a mandatory `Z` or numeric offset; seconds and fractions optional.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Converts an ISO-8601 instant string (with `Z` or an offset) to epoch milliseconds, or `null` when it is not one.
 *
 * @remarks
 * Strict: a date-time without a zone is refused, because it would be read in the machine's own time zone.
 * Calendar fields are checked (no 31 April, no hour 25). Fractions beyond milliseconds are truncated.
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
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/**
 * Schema of an instant: an ISO-8601 string with `Z` or an offset, epoch milliseconds, or a `Date`; parses to epoch ms.
 *
 * @category Model
 */
export const InstantSchema = z
  .union([z.string(), z.number(), z.date()])
  .transform((input, ctx): number => {
    let ms: number | null;
    if (typeof input === "string") ms = toEpochMs(input);
    else if (typeof input === "number") ms = Number.isFinite(input) && Number.isInteger(input) ? input : null;
    else ms = input.getTime();
    if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
      ctx.addIssue({
        code: "custom",
        message:
          typeof input === "string"
            ? `"${input.slice(0, 40)}" is not an ISO-8601 instant with Z or an offset`
            : "an instant must be a whole, finite number of epoch milliseconds or a valid Date",
      });
      return z.NEVER;
    }
    return ms;
  });

/**
 * An instant in epoch milliseconds (UTC), as every parsed kpi-kit object holds it.
 *
 * @category Model
 */
export type Instant = number;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Schema of a local calendar date `YYYY-MM-DD` (a real date of the proleptic Gregorian calendar).
 *
 * @category Model
 */
export const LocalDateSchema = z.string().refine((text) => {
  const m = LOCAL_DATE.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}, "a local date is written YYYY-MM-DD and must exist");

/**
 * A local calendar date `YYYY-MM-DD`, read in the calendar's time zone.
 *
 * @category Model
 */
export type LocalDate = string;

const LOCAL_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/**
 * Schema of a local time of day `HH:MM` (`24:00` allowed as the end of a day).
 *
 * @category Model
 */
export const LocalTimeSchema = z.string().regex(LOCAL_TIME, "a local time is written HH:MM (00:00 to 24:00)");

/**
 * Converts a local time `HH:MM` to minutes after midnight.
 *
 * @param text - A time such as `"08:30"` or `"24:00"`.
 * @returns Minutes after midnight, e.g. `510`.
 *
 * @example
 * ```ts
 * toMinutesOfDay("08:30");
 * //=> 510
 * ```
 *
 * @category Model
 */
export function toMinutesOfDay(text: string): number {
  if (text === "24:00") return 1440;
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
