import { parseInstantFast } from "../../time/_lib/parseInstantFast.js";

/**
 * Parses an ISO-8601 instant with `Z` or an offset and writes its epoch milliseconds into `out[i]`; returns whether
 * the text was one.
 *
 * @remarks
 * Internal to the row converter of the aggregation engine. It accepts exactly what `parseInstantFast` accepts and
 * gives the same numbers, but writes into a column instead of returning a number: a function that returns a double
 * that is not a small integer boxes it in a fresh heap object, one per row. The common shapes
 * `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DDTHH:MM:SS.sssZ` are read with fixed-position character arithmetic (about
 * 25 ns); every other shape goes to `parseInstantFast`.
 *
 * @param text - E.g. `"2026-03-01T00:00:00Z"`.
 * @param out - The column to write into.
 * @param i - The position to write.
 * @returns `true` when the text was an instant (and `out[i]` holds it), else `false` (and `out[i]` is unchanged).
 *
 * @example
 * ```ts
 * const out = new Float64Array(1);
 * [parseInstantInto("2026-03-01T02:00:00+02:00", out, 0), out[0] === Date.parse("2026-03-01T00:00:00Z")];
 * //=> [true, true]
 * ```
 */
export function parseInstantInto(text: string, out: Float64Array, i: number): boolean {
  const length = text.length;
  if ((length === 20 || length === 24) && text.charCodeAt(length - 1) === 90) {
    const y0 = text.charCodeAt(0) - 48;
    const y1 = text.charCodeAt(1) - 48;
    const y2 = text.charCodeAt(2) - 48;
    const y3 = text.charCodeAt(3) - 48;
    const mo0 = text.charCodeAt(5) - 48;
    const mo1 = text.charCodeAt(6) - 48;
    const d0 = text.charCodeAt(8) - 48;
    const d1 = text.charCodeAt(9) - 48;
    const h0 = text.charCodeAt(11) - 48;
    const h1 = text.charCodeAt(12) - 48;
    const mi0 = text.charCodeAt(14) - 48;
    const mi1 = text.charCodeAt(15) - 48;
    const s0 = text.charCodeAt(17) - 48;
    const s1 = text.charCodeAt(18) - 48;
    let millis = 0;
    let shape =
      text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 &&
      text.charCodeAt(16) === 58;
    if (length === 24) {
      const f0 = text.charCodeAt(20) - 48;
      const f1 = text.charCodeAt(21) - 48;
      const f2 = text.charCodeAt(22) - 48;
      shape = shape && text.charCodeAt(19) === 46 && f0 >>> 0 <= 9 && f1 >>> 0 <= 9 && f2 >>> 0 <= 9;
      millis = f0 * 100 + f1 * 10 + f2;
    }
    if (
      shape &&
      y0 >>> 0 <= 9 && y1 >>> 0 <= 9 && y2 >>> 0 <= 9 && y3 >>> 0 <= 9 && mo0 >>> 0 <= 9 && mo1 >>> 0 <= 9 &&
      d0 >>> 0 <= 9 && d1 >>> 0 <= 9 && h0 >>> 0 <= 9 && h1 >>> 0 <= 9 && mi0 >>> 0 <= 9 && mi1 >>> 0 <= 9 &&
      s0 >>> 0 <= 5 && s1 >>> 0 <= 9
    ) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = mo0 * 10 + mo1;
      const day = d0 * 10 + d1;
      const hour = h0 * 10 + h1;
      const minute = mi0 * 10 + mi1;
      if (month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59) {
        let valid = true;
        if (day > 28) {
          const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
          valid = day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
        }
        if (!valid) return false;
        // days_from_civil (Howard Hinnant), shifted by 400 years so that all of it is small non-negative integers.
        const y = (month <= 2 ? year - 1 : year) + 400;
        const era = (y / 400) | 0;
        const yearOfEra = y - era * 400;
        const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
        const days = era * 146097 + yearOfEra * 365 + (yearOfEra >> 2) - ((yearOfEra / 100) | 0) + dayOfYear - 719468 - 146097;
        out[i] = days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + (s0 * 10 + s1) * 1000 + millis;
        return true;
      }
      return false;
    }
  }
  const ms = parseInstantFast(text);
  if (ms === null) return false;
  out[i] = ms;
  return true;
}
