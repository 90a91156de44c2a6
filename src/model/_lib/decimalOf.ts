import { latin1 } from "../../internal/latin1.js";

/**
 * The decimal grammar of a number in a file (docs/conventions.md#numbers-in-files): an optional sign, digits with at
 * most one decimal point (at least one digit), an optional exponent. No hexadecimal, binary, `Infinity`, digit
 * separators or surrounding spaces. JSON's number grammar is a part of it.
 */
export const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const MINUS = 0x2d, PLUS = 0x2b, DOT = 0x2e, ZERO = 0x30, NINE = 0x39;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written by some bytes of ASCII, read as `Number()` reads a text of the {@link DECIMAL} grammar, or `NaN`
 * when they are outside it. Short plain decimals are read here without making a string, exactly: an integer mantissa
 * below 10^15 divided by an exact power of ten is one correctly rounded operation, so the very double `Number()` (and
 * `JSON.parse`) gives. Others — an exponent, more than 15 digits — go through the grammar and `Number()`. Internal to
 * the readers.
 *
 * @param buf - The bytes.
 * @param start - The first byte.
 * @param end - The byte after the last.
 * @returns The number, or `NaN`.
 *
 * @example
 * ```ts
 * [decimalOf(Buffer.from("-12.5"), 0, 5), decimalOf(Buffer.from("1e3"), 0, 3), decimalOf(Buffer.from("0x10"), 0, 4)];
 * //=> [-12.5, 1000, NaN]
 * ```
 */
export function decimalOf(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  const sign = buf[i];
  if (sign === MINUS) {
    negative = true;
    i++;
  } else if (sign === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let c = 0;
  while (i < end && (c = buf[i]!) >= ZERO && c <= NINE) {
    mantissa = mantissa * 10 + (c - ZERO);
    digits++;
    i++;
  }
  let fraction = 0;
  if (i < end && buf[i] === DOT) {
    i++;
    const first = i;
    while (i < end && (c = buf[i]!) >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      i++;
    }
    fraction = i - first;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const magnitude = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
    return negative ? -magnitude : magnitude;
  }
  const text = latin1(buf, start, end);
  return DECIMAL.test(text) ? Number(text) : NaN;
}
