import type { Rational } from "./rational.js";

const DECIMAL = /^(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Returns the exact value of a non-negative decimal, written as a string or as a number, or `null` when it is not
 * one.
 *
 * @remarks
 * A number is read through its shortest round-trip decimal (`String(14.4)` is `"14.4"`), so `14.4` means the decimal
 * fourteen point four that the user wrote, not the nearest double (which is 14.4000000000000003552…). Exponent
 * notation (`"1e-7"`) is accepted. Internal to kpi-kit's SLA functions.
 *
 * @param value - E.g. `"99.9"`, `99.95` or `"1e-3"`.
 * @returns The exact rational, or `null` for a negative, non-finite or malformed value.
 *
 * @example
 * ```ts
 * decimalToRational("99.9");
 * //=> { numerator: 999n, denominator: 10n }
 * ```
 */
export function decimalToRational(value: number | string): Rational | null {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (match === null) return null;
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  const exponent = match[3] === undefined ? 0 : Number(match[3]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  let numerator = BigInt(whole + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator *= 10n ** BigInt(-exponent);
  return { numerator, denominator };
}
