import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/model/calendar.js";
import { ticketCompliance } from "../../src/sla/ticketCompliance.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const utc = {
  timeZone: "UTC",
  businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "17:00" })),
  fiscalYearStartMonth: 1,
} as unknown as Calendar;

describe("ticketCompliance", () => {
  it("throws invalid_argument for tickets, rule, its calendar or options of the wrong shape", () => {
    const rule = { deadlineBusinessHours: 4, calendar: utc };
    const error = (tickets: unknown, r: unknown, options?: unknown) => kpiErrorOf(() => ticketCompliance(tickets as never, r as never, 0, options as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `ticketCompliance: ${what}` });
    expect(error(undefined, rule)).toEqual(bad(["tickets"], "tickets must be an array"));
    expect(error([], undefined)).toEqual(bad(["rule"], "rule must be an object, not undefined"));
    expect(error([], 4)).toEqual(bad(["rule"], "rule must be an object, not number"));
    expect(error([], { deadlineBusinessHours: 4 })).toEqual(bad(["rule", "calendar"], "rule.calendar must be an object, not undefined"));
    expect(error([{ id: "a", openedAt: 0 }], { deadlineBusinessHours: 4, calendar: null })).toEqual(
      bad(["rule", "calendar"], "rule.calendar must be an object, not null"),
    );
    expect(error([], rule, null)).toEqual(bad(["options"], "options must be an object, not null"));
    expect(error([], rule, "month")).toEqual(bad(["options"], "options must be an object, not string"));
    expect(ticketCompliance([], rule, 0)).toEqual([]);
  });
});
