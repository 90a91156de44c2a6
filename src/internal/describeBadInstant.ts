// The grammar of toEpochMs and parseInstantFast: date, `T`, hours and minutes, optional seconds and fraction, zone.
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * Says why a string is not an instant that `toEpochMs` and `parseInstantFast` accept: the one wording of that rule
 * for every parse path. Internal, not exported.
 *
 * @remarks
 * A string of the right shape whose fields are out of range is named precisely ("2026-02-30 is not a calendar date",
 * "24:00 is not a time of day", "+25:00 is not a zone offset"); anything else is "not an ISO-8601 instant with Z or
 * an offset". Call it only after the parser has returned `null`.
 *
 * @param text - The string the parser refused.
 * @returns The reason, starting with the quoted string (cut to 40 characters).
 *
 * @example
 * ```ts
 * describeBadInstant("2026-02-30T00:00:00Z");
 * //=> '"2026-02-30T00:00:00Z": 2026-02-30 is not a calendar date'
 * ```
 */
export function describeBadInstant(text: string): string {
  const quoted = `"${text.slice(0, 40)}"`;
  const m = ISO_SHAPE.exec(text);
  if (m === null) return `${quoted} is not an ISO-8601 instant with Z or an offset`;
  const [, y, mo, d, h, mi, s, zone, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return `${quoted}: ${y}-${mo}-${d} is not a calendar date`;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) {
    return `${quoted}: ${h}:${mi}${s === undefined ? "" : `:${s}`} is not a time of day (00:00 to 23:59:59)`;
  }
  if (oh !== undefined && om !== undefined && (Number(oh) > 23 || Number(om) > 59)) {
    return `${quoted}: ${zone ?? ""} is not a zone offset`;
  }
  return `${quoted} is not an ISO-8601 instant with Z or an offset`;
}
