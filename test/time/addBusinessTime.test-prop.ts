import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { addBusinessTime } from "../../src/time/addBusinessTime.js";
import { businessTimeBetween } from "../../src/time/businessTimeBetween.js";
import { rigaOffice, withChanges } from "./business.fixtures.js";

const HOUR = 3_600_000;
const startArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });
const calendarArb = fc.constantFrom(
  rigaOffice,
  withChanges({ timeZone: "America/New_York", publicHolidays: "none", holidays: ["2026-07-03"] }),
  withChanges({ businessHours: [6, 7].map((weekday) => ({ weekday, from: "00:00", to: "24:00" })) }),
);

test.prop([startArb, fc.integer({ min: 0, max: 200 * HOUR }), calendarArb], { numRuns: 80 })(
  "elapses exactly the duration by the deadline, and not a millisecond before",
  (start, duration, calendar) => {
    const deadline = addBusinessTime(start, duration, calendar);
    expect(businessTimeBetween(start, deadline, calendar)).toBe(duration);
    if (duration > 0) expect(businessTimeBetween(start, deadline - 1, calendar)).toBeLessThan(duration);
  },
);

test.prop([startArb, fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 0, max: 30 * 86_400_000 }), calendarArb], {
  numRuns: 80,
})("adds up over consecutive ranges", (start, a, b, calendar) => {
  const total = businessTimeBetween(start, start + a + b, calendar);
  expect(businessTimeBetween(start, start + a, calendar) + businessTimeBetween(start + a, start + a + b, calendar)).toBe(total);
  expect(total).toBeLessThanOrEqual(a + b);
});
