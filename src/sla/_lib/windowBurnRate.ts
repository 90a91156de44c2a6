import type { EventIndex } from "./indexEvents.js";
import { lowerBound } from "../../internal/lowerBound.js";
import type { Rational } from "./rational.js";

/**
 * The burn rate of one window, exact and as a double, with the event counts behind it.
 */
export interface WindowBurn {
  /** The burn rate as an exact rational, or `null` with no events. */
  readonly exact: Rational | null;
  /** The burn rate as a double, or `null` with no events. */
  readonly value: number | null;
  /** All events in the window. */
  readonly total: number;
  /** Bad events in the window. */
  readonly bad: number;
}

/**
 * Returns the burn rate of the events in `[end − windowMs, end)`: their error ratio divided by `1 − SLO`.
 *
 * @remarks
 * Internal to kpi-kit's SLA functions; see `measureBurnRate`.
 *
 * @param index - Events indexed by `indexEvents`.
 * @param end - The window end T (exclusive).
 * @param windowMs - The window length W.
 * @param slo - The SLO as an exact fraction of 1.
 * @returns The burn rate.
 *
 * @example
 * ```ts
 * // 1 bad of 1000 against 99.9 %: error ratio 0.001 ÷ 0.001 = 1.
 * windowBurnRate(indexEvents([{ at: 0, good: 999, total: 1000 }], "x"), 60_000, 60_000, { numerator: 999n, denominator: 1000n }).value;
 * //=> 1
 * ```
 */
export function windowBurnRate(index: EventIndex, end: number, windowMs: number, slo: Rational): WindowBurn {
  const lo = lowerBound(index.at, end - windowMs);
  const hi = lowerBound(index.at, end);
  const total = (index.total[hi] as number) - (index.total[lo] as number);
  const bad = total - ((index.good[hi] as number) - (index.good[lo] as number));
  if (total === 0) return { exact: null, value: null, total, bad };
  const exact: Rational = {
    numerator: BigInt(bad) * slo.denominator,
    denominator: BigInt(total) * (slo.denominator - slo.numerator),
  };
  const value = Number(exact.numerator) / Number(exact.denominator);
  return { exact, value, total, bad };
}
