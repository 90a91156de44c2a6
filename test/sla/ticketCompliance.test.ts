import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/model/calendar.js";
import { ticketCompliance } from "../../src/sla/ticketCompliance.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const utc = {
  timeZone: "UTC",
  businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "17:00" })),
  fiscalYearStartMonth: 1,
} as unknown as Calendar;
const utcOffice = { ...utc, holidays: [], extraWorkingDays: [], publicHolidays: "none", extraWorkingDayHoursOf: 1 } as unknown as Calendar;
const at = (iso: string): number => Date.parse(iso);

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

  it("leaves out the tickets opened after asOf, and takes asOf as epoch ms, an ISO string or a Date", () => {
    const rule = { deadlineBusinessHours: 4, calendar: utcOffice };
    const tickets = [
      // Tuesday 7 April 2026, 4 business hours from 09:00 → deadline 13:00.
      { id: "a", openedAt: at("2026-04-07T09:00:00Z"), respondedAt: at("2026-04-07T10:00:00Z") }, // met
      { id: "b", openedAt: at("2026-04-07T15:00:00Z") }, // opened at asOf: known, due Wed 11:00: pending
      { id: "c", openedAt: at("2026-04-07T15:30:00Z") }, // opened after asOf: left out
      { id: "d", openedAt: at("2026-07-01T09:00:00Z"), respondedAt: at("2026-07-01T09:10:00Z") }, // July: left out
    ];
    const expected = [{ period: "2026-04", serviceId: null, met: 1, breached: 0, pending: 1, compliance: 1, breachedIds: [] }];
    const asOf = at("2026-04-07T15:00:00Z");
    for (const given of [asOf, "2026-04-07T15:00:00Z", "2026-04-07T18:00:00+03:00", new Date(asOf)]) {
      expect(ticketCompliance(tickets, rule, given)).toEqual(expected);
    }
    // By quarter, as of 5 April: the Q2 tickets opened from 7 April on are not known yet; no Q3 row.
    expect(ticketCompliance(tickets, rule, "2026-04-05T00:00:00Z", { grain: "quarter" })).toEqual([]);
    // A ticket opened after asOf is still checked.
    expect(kpiErrorOf(() => ticketCompliance([{ id: "x", openedAt: asOf + 1, respondedAt: asOf }], rule, asOf))).toMatchObject({
      code: "invalid_interval",
      path: ["tickets", 0, "respondedAt"],
    });
  });

  it("refuses an asOf that is no instant, naming ticketCompliance only", () => {
    const rule = { deadlineBusinessHours: 4, calendar: utcOffice };
    const tickets = [{ id: "a", openedAt: 0 }];
    expect(kpiErrorOf(() => ticketCompliance(tickets, rule, Number.NaN))).toEqual({
      code: "non_finite", path: ["asOf"], message: "ticketCompliance: asOf must be a finite number of epoch ms, not NaN",
    });
    expect(kpiErrorOf(() => ticketCompliance(tickets, rule, "yesterday"))).toMatchObject({ code: "invalid_input", path: ["asOf"] });
    expect(kpiErrorOf(() => ticketCompliance(tickets, rule, "yesterday"))?.message).toMatch(/^ticketCompliance: asOf is refused: /);
    expect(kpiErrorOf(() => ticketCompliance(tickets, rule, "2026-04-07T15:00:00"))?.message).not.toContain("evaluateTicketDeadline");
    // Checked even with no tickets.
    expect(kpiErrorOf(() => ticketCompliance([], rule, null as never))).toMatchObject({ code: "invalid_argument", path: ["asOf"] });
  });
});
