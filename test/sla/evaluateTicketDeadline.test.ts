import { describe, expect, it } from "vitest";
import { evaluateTicketDeadline } from "../../src/sla/evaluateTicketDeadline.js";
import { ticketCompliance } from "../../src/sla/ticketCompliance.js";
import type { Calendar } from "../../src/model/calendar.js";
import { HOUR, at, rigaOffice } from "./slaFixtures.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("evaluateTicketDeadline", () => {
  it("matches the documented example", () => {
    const ticket = { id: "T-1", openedAt: at("2026-11-13T15:00:00+02:00"), respondedAt: at("2026-11-16T10:00:00+02:00") };
    const r = evaluateTicketDeadline(ticket, { deadlineBusinessHours: 4, calendar: rigaOffice }, at("2026-11-20T00:00:00Z"));
    expect([new Date(r.deadline).toISOString(), r.status, r.businessMs / HOUR]).toEqual(["2026-11-16T08:30:00.000Z", "met", 3.5]);
  });

  it("takes the deadline in business days: N × the calendar's business day (8.5 h here)", () => {
    // Opened Tuesday 17 Nov 2026 16:00 local; 1 business day = 8.5 h: 1 h on Tuesday, Wednesday 18 Nov is a holiday,
    // 7.5 h on Thursday from 08:30 → 16:00 local (UTC+2) = 14:00Z.
    const ticket = { id: "T-3", openedAt: at("2026-11-17T16:00:00+02:00") };
    const r = evaluateTicketDeadline(ticket, { deadlineBusinessDays: 1, calendar: rigaOffice }, at("2026-11-20T00:00:00Z"));
    expect([new Date(r.deadline).toISOString(), r.status]).toEqual(["2026-11-19T14:00:00.000Z", "breached"]);
    expect(evaluateTicketDeadline(ticket, { deadlineBusinessHours: 8.5, calendar: rigaOffice }, at("2026-11-20T00:00:00Z")).deadline).toBe(r.deadline);
    const both = { deadlineBusinessDays: 1, deadlineBusinessHours: 8, calendar: rigaOffice } as never;
    expect(() => evaluateTicketDeadline(ticket, both, 0)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["rule", "deadlineBusinessHours"] }));
    expect(() => evaluateTicketDeadline(ticket, { deadlineBusinessDays: 0, calendar: rigaOffice }, 0)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["rule", "deadlineBusinessDays"] }),
    );
  });

  it("skips the weekend and the 18 November holiday", () => {
    // Opened Tuesday 17 Nov 2026 at 16:00 local, 8 business hours: 1 h on Tuesday; Wednesday 18 Nov is a holiday;
    // 7 h on Thursday 19 Nov from 08:30 → 15:30 local = 13:30Z.
    const ticket = { id: "T-2", openedAt: at("2026-11-17T16:00:00+02:00") };
    const rule = { deadlineBusinessHours: 8, calendar: rigaOffice };
    const r = evaluateTicketDeadline(ticket, rule, at("2026-11-19T13:00:00Z"));
    expect(r.deadline).toBe(at("2026-11-19T13:30:00Z"));
    expect(r.status).toBe("pending");
    // Business time so far: 1 h Tuesday + 15:00 − 08:30 = 6.5 h Thursday = 7.5 h.
    expect(r.businessMs).toBe(7.5 * HOUR);
  });

  it("carries a deadline over the weekend", () => {
    // Friday 20 Nov 2026 16:00 local + 3 business hours: 1 h Friday, 2 h Monday 23 Nov → 10:30 local = 08:30Z.
    const ticket = { id: "T-3", openedAt: at("2026-11-20T16:00:00+02:00"), resolvedAt: at("2026-11-23T08:30:00Z") };
    const r = evaluateTicketDeadline(ticket, { deadlineBusinessHours: 3, calendar: rigaOffice }, at("2026-12-01T00:00:00Z"), {
      event: "resolution",
    });
    // Resolved exactly at the deadline: met.
    expect([r.deadline, r.status]).toEqual([at("2026-11-23T08:30:00Z"), "met"]);
  });

  it("is breached when asOf is past the deadline without an event, and an event one ms late breaches", () => {
    const opened = at("2026-11-23T08:30:00+02:00");
    const rule = { deadlineBusinessHours: 1, calendar: rigaOffice };
    expect(evaluateTicketDeadline({ id: "x", openedAt: opened }, rule, opened + HOUR).status).toBe("pending");
    expect(evaluateTicketDeadline({ id: "x", openedAt: opened }, rule, opened + HOUR + 1).status).toBe("breached");
    expect(evaluateTicketDeadline({ id: "x", openedAt: opened, respondedAt: opened + HOUR + 1 }, rule, opened + 9 * HOUR).status).toBe(
      "breached",
    );
  });

  it("throws invalid_interval when the response precedes the opening", () => {
    expect(() =>
      evaluateTicketDeadline({ id: "x", openedAt: 10, respondedAt: 5 }, { deadlineBusinessHours: 1, calendar: rigaOffice }, 20),
    ).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["ticket", "respondedAt"] }));
  });

  it("throws empty_calendar when the calendar has no working time", () => {
    const empty = { ...rigaOffice, businessHours: [] } as unknown as Calendar;
    expect(() => evaluateTicketDeadline({ id: "x", openedAt: 0 }, { deadlineBusinessHours: 1, calendar: empty }, 20)).toThrowError(
      expect.objectContaining({ code: "empty_calendar", path: ["rule", "calendar", "businessHours"] }),
    );
  });
});

describe("evaluateTicketDeadline: asOf and arguments", () => {
  const rule = { deadlineBusinessHours: 4, calendar: rigaOffice };
  const ticket = { id: "T-1", openedAt: at("2026-11-13T15:00:00+02:00"), respondedAt: at("2026-11-16T10:00:00+02:00") };

  it("takes asOf as epoch ms, an ISO string with an offset or a Date, alike", () => {
    // Monday 16 Nov 10:00 +02:00 = 08:00Z: the response (08:00Z) is known, deadline 08:30Z → met either way.
    const ms = at("2026-11-16T08:00:00Z");
    const expected = evaluateTicketDeadline(ticket, rule, ms);
    expect(expected.status).toBe("met");
    expect(evaluateTicketDeadline(ticket, rule, "2026-11-16T10:00:00+02:00")).toEqual(expected);
    expect(evaluateTicketDeadline(ticket, rule, new Date(ms))).toEqual(expected);
    // One ms earlier the response is not known yet and the deadline not past: pending.
    expect(evaluateTicketDeadline(ticket, rule, "2026-11-16T07:59:59.999Z").status).toBe("pending");
  });

  it("refuses an asOf that is no instant and arguments that are not objects; undefined options work", () => {
    const bad = (path: string[], message: string) => ({ code: "invalid_argument", path, message: `evaluateTicketDeadline: ${message}` });
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, rule, 1, null as never))).toEqual(bad(["options"], "options must be an object, not null"));
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, rule, 1, "response" as never))).toEqual(bad(["options"], "options must be an object, not string"));
    expect(kpiErrorOf(() => evaluateTicketDeadline(null as never, rule, 1))).toEqual(bad(["ticket"], "ticket must be an object, not null"));
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, null as never, 1))).toEqual(bad(["rule"], "rule must be an object, not null"));
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, { deadlineBusinessHours: 4 } as never, 1))).toEqual(
      bad(["rule", "calendar"], "rule.calendar must be an object, not undefined"),
    );
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, rule, Number.POSITIVE_INFINITY))).toMatchObject({ code: "non_finite", path: ["asOf"] });
    expect(kpiErrorOf(() => evaluateTicketDeadline(ticket, rule, "16.11.2026"))).toMatchObject({ code: "invalid_input", path: ["asOf"] });
    expect(evaluateTicketDeadline(ticket, rule, at("2026-11-20T00:00:00Z"), undefined).status).toBe("met");
  });
});

describe("ticketCompliance", () => {
  const utc = {
    timeZone: "UTC",
    businessHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "17:00" })),
    holidays: [],
    extraWorkingDays: [],
    publicHolidays: "none",
    extraWorkingDayHoursOf: 1,
    fiscalYearStartMonth: 1,
  } as unknown as Calendar;

  it("matches the documented example", () => {
    const open = at("2026-04-07T09:00:00Z");
    const tickets = [
      { id: "a", openedAt: open, respondedAt: at("2026-04-07T10:00:00Z") },
      { id: "b", openedAt: open, respondedAt: at("2026-04-07T14:00:00Z") },
      { id: "c", openedAt: open },
      { id: "d", openedAt: at("2026-04-07T14:00:00Z") },
    ];
    expect(ticketCompliance(tickets, { deadlineBusinessHours: 4, calendar: utc }, at("2026-04-07T15:00:00Z"))).toEqual([
      { period: "2026-04", serviceId: null, met: 1, breached: 2, pending: 1, compliance: 1 / 3, breachedIds: ["b", "c"] },
    ]);
  });

  it("groups by period of opening and service, with null compliance when nothing is decided", () => {
    const tickets = [
      { id: "1", serviceId: "web", openedAt: at("2026-03-31T10:00:00Z"), respondedAt: at("2026-03-31T10:30:00Z") },
      { id: "2", serviceId: "api", openedAt: at("2026-04-01T10:00:00Z") },
      { id: "3", serviceId: "web", openedAt: at("2026-04-01T10:00:00Z"), respondedAt: at("2026-04-01T11:00:00Z") },
    ];
    const rows = ticketCompliance(tickets, { deadlineBusinessHours: 4, calendar: utc }, at("2026-04-01T12:00:00Z"));
    expect(rows.map((r) => [r.period, r.serviceId, r.compliance])).toEqual([
      ["2026-03", "web", 1],
      ["2026-04", "api", null],
      ["2026-04", "web", 1],
    ]);
  });

  it("throws with the ticket's index in the path", () => {
    const tickets = [{ id: "ok", openedAt: 0 }, { id: "bad", openedAt: Number.NaN }];
    expect(() => ticketCompliance(tickets, { deadlineBusinessHours: 4, calendar: utc }, 0)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["tickets", 1, "openedAt"] }),
    );
  });
});
