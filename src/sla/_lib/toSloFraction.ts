import { KpiError } from "../../errors.js";
import { decimalToRational } from "./decimalToRational.js";
import type { Rational } from "./rational.js";

/**
 * Turns an SLO in percent (`"99.9"` or `99.9`) into the exact fraction it stands for (`999/1000`), checking that it
 * lies strictly between 0 and 100 %.
 *
 * @remarks
 * Parsed SLA terms already hold a normalised decimal string; this check catches hand-built objectives that bypass
 * the schema. Internal to kpi-kit's SLA functions.
 *
 * @param slo - The SLO in percent.
 * @param where - The calling function's name, for the message.
 * @param path - Where the SLO sits in the caller's input.
 * @returns The SLO as a fraction of 1, exact.
 * @throws {@link KpiError} `invalid_slo` for anything that is not a decimal in (0, 100).
 *
 * @example
 * ```ts
 * toSloFraction("99.9", "measureErrorBudget", ["slo"]);
 * //=> { numerator: 999n, denominator: 1000n }
 * ```
 */
export function toSloFraction(slo: unknown, where: string, path: readonly PropertyKey[]): Rational {
  const percent = typeof slo === "string" || typeof slo === "number" ? decimalToRational(slo) : null;
  if (percent === null || percent.numerator <= 0n || percent.numerator >= 100n * percent.denominator) {
    throw new KpiError("invalid_slo", `${where}: an SLO is a decimal percentage strictly between 0 and 100, not ${String(slo)}`, {
      path,
    });
  }
  return { numerator: percent.numerator, denominator: percent.denominator * 100n };
}
