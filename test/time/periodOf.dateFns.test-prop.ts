// periodOf against a second, independent method: date-fns 4 with a TZDate in the same zone (the library the project
// chose for calendar arithmetic; kpi-kit itself uses day arithmetic plus the zone offset at boundaries, for speed).
import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { TZDate } from "@date-fns/tz";
import { addMonths, addQuarters, addWeeks, addYears, startOfISOWeek, startOfMonth, startOfQuarter, startOfYear } from "date-fns";
import { periodOf } from "../../src/time/periodOf.js";

const zones = ["Europe/Riga", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"] as const;
// 2000-01-01 .. 2040-01-01
const instantArb = fc.integer({ min: 946_684_800_000, max: 2_208_988_800_000 });

describe("periodOf", () => {
  test.prop([instantArb, fc.constantFrom(...zones)], { numRuns: 300 })(
    "agrees with date-fns' start and end of the month, ISO week, quarter and year in the zone",
    (ms, timeZone) => {
      const calendar = { timeZone, fiscalYearStartMonth: 1 };
      const d = new TZDate(ms, timeZone);
      const cases = [
        ["month", startOfMonth(d), addMonths(startOfMonth(d), 1)],
        ["week", startOfISOWeek(d), addWeeks(startOfISOWeek(d), 1)],
        ["quarter", startOfQuarter(d), addQuarters(startOfQuarter(d), 1)],
        ["year", startOfYear(d), addYears(startOfYear(d), 1)],
      ] as const;
      for (const [grain, start, end] of cases) {
        const p = periodOf(ms, grain, calendar);
        expect(p.start).toBe(start.getTime());
        expect(p.end).toBe(startOf(grain, end).getTime());
      }
    },
  );
});

// addMonths etc. keep the wall time of the start (local midnight), which is the next period's start; recompute the
// start in the zone to be safe across DST.
function startOf(grain: "month" | "week" | "quarter" | "year", d: Date): Date {
  switch (grain) {
    case "month":
      return startOfMonth(d);
    case "week":
      return startOfISOWeek(d);
    case "quarter":
      return startOfQuarter(d);
    case "year":
      return startOfYear(d);
  }
}
