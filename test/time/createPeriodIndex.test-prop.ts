import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { createPeriodIndex } from "../../src/time/createPeriodIndex.js";
import type { Grain } from "../../src/time/grain.js";
import { indexOfInstant } from "../../src/time/indexOfInstant.js";
import { periodOf } from "../../src/time/periodOf.js";

const zones = ["Europe/Riga", "America/New_York", "UTC", "Australia/Sydney"];
const grains: Grain[] = ["day", "week", "month", "quarter", "year", "fiscal_year"];
const YEAR = 365 * 86_400_000;

test.prop(
  [
    fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    fc.integer({ min: 0, max: 3 * YEAR }),
    fc.constantFrom(...grains),
    fc.record({ timeZone: fc.constantFrom(...zones), fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }) }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
  ],
  { numRuns: 60 },
)("agrees with periodOf on random instants", (from, length, grain, calendar, fractions) => {
  const to = from + length;
  const index = createPeriodIndex(from, to, grain, calendar);
  for (const f of fractions) {
    const ms = Math.floor(from + f * (to - from));
    if (ms >= to) continue;
    const i = index.indexOf(ms);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(index.periods[i]!.label).toBe(periodOf(ms, grain, calendar).label);
    expect(indexOfInstant(index, ms)).toBe(i);
  }
  // Boundaries: each start maps to its own period, the instant before it to the previous one.
  index.periods.forEach((p, i) => {
    expect(index.indexOf(p.start)).toBe(i);
    expect(index.indexOf(p.start - 1)).toBe(i - 1);
  });
  expect(index.indexOf(index.starts[index.starts.length - 1]!)).toBe(-1);
});
