import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../src/time/addBusinessDays.js";
import { addBusinessTime } from "../../src/time/addBusinessTime.js";
import { businessIntervals } from "../../src/time/businessIntervals.js";
import { businessTimeBetween } from "../../src/time/businessTimeBetween.js";
import { periodCoverage } from "../../src/time/periodCoverage.js";
import { periodOf } from "../../src/time/periodOf.js";
import { evaluateBurnAlerts } from "../../src/sla/evaluateBurnAlerts.js";
import type { Calendar } from "../../src/model/calendar.js";

// One instant input (issue 10/11): every function that takes an instant accepts epoch ms, an ISO-8601 string with Z
// or an offset, or a Date, and refuses anything else saying what is wrong.
const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const office = {
  timeZone: "Europe/Riga", weekStart: 1, fiscalYearStartMonth: 1, publicHolidays: "none", holidays: [], extraWorkingDays: [], extraWorkingDayHoursOf: 1,
  businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "17:00" })),
} as unknown as Calendar;
// 2026-03-29T00:30+02:00 (before the DST switch at 03:00 local) is 28 March 22:30Z: local day 29 March, a Sunday
// of 23 hours that started at 22:00Z.
const ms = Date.parse("2026-03-28T22:30:00Z");
const forms = [ms, "2026-03-29T00:30:00+02:00", "2026-03-28T22:30:00Z", new Date(ms)] as const;

describe("instant inputs", () => {
  it("gives the same result for epoch ms, ISO strings with any offset and Dates", () => {
    for (const at of forms) {
      expect(periodOf(at, "day", riga).label).toBe("2026-03-29");
      // Monday 30 March 09:00 local (UTC+3) is 06:00Z; + 2 business hours = 08:00Z.
      expect(addBusinessTime(at, 2 * 3_600_000, office)).toBe(Date.parse("2026-03-30T08:00:00Z"));
      expect(addBusinessDays(at, 1, office)).toBe(Date.parse("2026-03-30T14:00:00Z"));
      expect(businessTimeBetween(at, "2026-03-30T10:00:00+03:00", office)).toBe(3_600_000);
      expect(businessIntervals(at, "2026-03-30T10:00:00+03:00", office)).toHaveLength(1);
      expect(periodCoverage({ start: "2026-03-28T22:00:00Z", end: "2026-03-29T21:00:00Z" }, at).elapsedFraction).toBeCloseTo(0.5 / 23, 12);
    }
  });

  it("refuses a string without a zone, a date that does not exist, an invalid Date and other types, naming the argument", () => {
    expect(() => periodOf("2026-03-29T00:30:00", "day", riga)).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["instant"] }));
    expect(() => periodOf("2026-02-30T00:00:00Z", "day", riga)).toThrowError(expect.objectContaining({ message: expect.stringContaining("2026-02-30 is not a calendar date") }));
    expect(() => addBusinessDays(new Date(Number.NaN), 1, office)).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["start"] }));
    expect(() => businessTimeBetween(ms, Number.POSITIVE_INFINITY, office)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["end"] }));
    expect(() => evaluateBurnAlerts([], { at: ms } as never, { slo: "99.9" })).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["asOf"] }));
  });
});
