import { describe, expect, it } from "vitest";
import { parseSlaTerms } from "../../src/model/slaTerms.js";
import { evaluateSla } from "../../src/sla/evaluateSla.js";
import { HOUR, MINUTE, at, rigaOffice } from "./slaFixtures.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const april = { start: at("2026-04-01T00:00:00Z"), end: at("2026-05-01T00:00:00Z") };
const name = { lv: "x", en: "x" };

describe("evaluateSla", () => {
  it("matches the documented example", () => {
    const terms = parseSlaTerms({
      id: "sla-portal", serviceId: "svc-portal", name: { lv: "Portāla PLV", en: "Portal SLA" },
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
        slo: "99.9", window: { kind: "calendar", grain: "month" } }],
    });
    const outages = [
      { id: "INC-7", start: at("2026-04-09T10:00:00Z"), end: at("2026-04-09T10:20:00Z") },
      { id: "INC-9", start: at("2026-04-20T08:00:00Z"), end: at("2026-04-20T08:05:00Z") },
    ];
    const [avail] = evaluateSla(terms, { outages }, april).objectives;
    expect([avail?.met, avail?.remaining, avail?.spentBy.map((s) => s.id)]).toEqual([true, 1_092_000, ["INC-7", "INC-9"]]);
  });

  it("has no budget (null, not 0) and no error ratio when the whole month is under maintenance; days as ticket deadlines", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      maintenance: [{ kind: "one_off", start: "2026-03-31T00:00:00Z", end: "2026-05-02T00:00:00Z" }],
      objectives: [{ id: "avail", name, indicator: "availability", slo: "99.9", window: { kind: "calendar", grain: "month" } }],
    });
    const [avail] = evaluateSla(terms, { outages: [] }, april).objectives;
    expect([avail?.eligible, avail?.budget, avail?.remaining, avail?.errorRatio, avail?.met]).toEqual([0, null, null, null, null]);
    // 20 min of downtime in April (43 200 min): error ratio 20 / 43 200.
    const open = parseSlaTerms({ id: "sla", serviceId: "svc", name, objectives: [{ id: "a", name, indicator: "availability", slo: "99.9", window: { kind: "calendar", grain: "month" } }] });
    const [down] = evaluateSla(open, { outages: [{ id: "i", start: at("2026-04-09T10:00:00Z"), end: at("2026-04-09T10:20:00Z") }] }, april).objectives;
    expect(down?.errorRatio).toBe(20 / 43_200);
    expect(() => parseSlaTerms({ id: "s", serviceId: "svc", name, objectives: [{ id: "r", name, indicator: "response_time", slo: "90", window: { kind: "calendar", grain: "month" }, deadlineBusinessHours: 8, deadlineBusinessDays: 1 }] }))
      .toThrowError(expect.objectContaining({ code: "invalid_input" }));
    const byDays = parseSlaTerms({ id: "s", serviceId: "svc", name, objectives: [{ id: "r", name, indicator: "response_time", slo: "90", window: { kind: "calendar", grain: "month" }, deadlineBusinessDays: 1 }] });
    // Opened Thursday 2 April 16:00 local (UTC+3); 1 business day = 8.5 h: 1 h on Thursday; Friday 3 April (Good
    // Friday) and Monday 6 April (Easter Monday) are Latvian holidays; 7.5 h on Tuesday 7 April 08:30 → 16:00 local.
    const tickets = [
      { id: "T1", openedAt: at("2026-04-02T16:00:00+03:00"), respondedAt: at("2026-04-07T16:00:00+03:00") },
      { id: "T2", openedAt: at("2026-04-02T16:00:00+03:00"), respondedAt: at("2026-04-07T16:01:00+03:00") },
    ];
    const [response] = evaluateSla(byDays, { tickets, serviceHours: rigaOffice }, april).objectives;
    expect([response?.eligible, response?.spent, response?.spentBy.map((x) => x.id)]).toEqual([2, 1, ["T2"]]);
  });

  it("judges availability, timeslices, tickets and a threshold SLI together and names what spent the budget", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      maintenance: [{ kind: "one_off", start: "2026-04-10T00:00:00Z", end: "2026-04-10T01:00:00Z" }],
      objectives: [
        { id: "avail", name, indicator: "availability", slo: "99.5", window: { kind: "calendar", grain: "month" } },
        { id: "slices", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" },
          budgeting: { method: "timeslices", sliceMinutes: 60 } },
        { id: "resp", name, indicator: "response_time", slo: "90", deadlineBusinessHours: 4,
          window: { kind: "calendar", grain: "month" } },
        { id: "latency", name, indicator: "threshold", slo: "99", threshold: { value: 300, comparison: "at_most" },
          window: { kind: "rolling", days: 28 } },
      ],
    });
    const outages = [
      // Overlapping: A 09:00–11:00, B 10:00–12:00 on 7 April → union 3 h; A is charged 2 h, B the last 1 h.
      { id: "A", start: at("2026-04-07T09:00:00Z"), end: at("2026-04-07T11:00:00Z") },
      { id: "B", start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T12:00:00Z") },
      // Inside maintenance: spends nothing.
      { id: "M", start: at("2026-04-10T00:10:00Z"), end: at("2026-04-10T00:50:00Z") },
    ];
    const tickets = [
      { id: "T1", openedAt: at("2026-04-14T09:00:00+03:00"), respondedAt: at("2026-04-14T10:00:00+03:00") },
      { id: "T2", openedAt: at("2026-04-14T09:00:00+03:00"), respondedAt: at("2026-04-15T16:00:00+03:00") },
      { id: "T3", openedAt: at("2026-03-31T09:00:00+03:00") }, // opened in March: not counted
    ];
    const events = { latency: [{ at: at("2026-04-03T00:00:00Z"), good: 990, total: 1000 }] };
    const result = evaluateSla(terms, { outages, tickets, events, serviceHours: rigaOffice }, april);
    const [avail, slices, resp, latency] = result.objectives;
    // Eligible: 720 h − 1 h maintenance = 719 h; downtime 3 h; budget 0.5 % × 719 h = 3.595 h → met.
    expect(avail).toMatchObject({ unit: "ms", eligible: 719 * HOUR, spent: 3 * HOUR, met: true });
    expect(avail?.spentBy).toEqual([{ id: "A", spent: 2 * HOUR }, { id: "B", spent: HOUR }]);
    // 720 hourly slices, the 00:00 slice of 10 April wholly under maintenance → 719 eligible; 09, 10, 11 bad.
    // 716 / 719 = 99.58 % ≥ 99 %. Slices 09 and 10 go to A (it starts first), 11 to B.
    expect(slices).toMatchObject({ unit: "slices", eligible: 719, spent: 3, met: true });
    expect(slices?.spentBy).toEqual([{ id: "A", spent: 2 }, { id: "B", spent: 1 }]);
    // T1 met, T2 breached (deadline 14 Apr 13:00 local): 1 / 2 = 50 % < 90 %.
    expect(resp).toMatchObject({ unit: "tickets", eligible: 2, attainment: 0.5, met: false, spentBy: [{ id: "T2", spent: 1 }] });
    // 990 / 1000 = 99 % exactly: met.
    expect(latency).toMatchObject({ unit: "events", attainment: 0.99, met: true, remaining: 0 });
    expect(result.met).toBe(false);
  });

  it("needs the service-hours calendar for ticket objectives", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      objectives: [{ id: "resp", name, indicator: "response_time", slo: "90", deadlineBusinessHours: 4,
        window: { kind: "calendar", grain: "month" } }],
    });
    expect(() => evaluateSla(terms, {}, april)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["inputs", "serviceHours"] }),
    );
  });

  it("points into inputs.outages for a bad outage", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      objectives: [{ id: "a", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    });
    const outages = [{ start: 0, end: 1 }, { start: 5, end: 1 }];
    expect(() => evaluateSla(terms, { outages }, april)).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["inputs", "outages", 1, "end"] }),
    );
  });

  it("throws invalid_slo for a hand-built objective that bypasses the schema", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      objectives: [{ id: "a", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    });
    const bad = { ...terms, objectives: [{ ...terms.objectives[0]!, slo: "100" }] };
    expect(() => evaluateSla(bad, {}, april)).toThrowError(
      expect.objectContaining({ code: "invalid_slo", path: ["terms", "objectives", 0, "slo"] }),
    );
  });

  it("reports null for a month wholly under maintenance", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      maintenance: [{ kind: "one_off", start: april.start, end: april.end }],
      objectives: [{ id: "a", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    });
    const result = evaluateSla(terms, { outages: [{ start: april.start, end: april.start + MINUTE }] }, april);
    expect([result.met, result.objectives[0]?.attainment]).toEqual([null, null]);
  });

  describe("counts only what was known at asOf", () => {
    const month = { kind: "calendar", grain: "month" } as const;
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      objectives: [
        { id: "avail", name, indicator: "availability", slo: "99.5", window: month },
        { id: "slices", name, indicator: "availability", slo: "99", window: month, budgeting: { method: "timeslices", sliceMinutes: 60 } },
        { id: "latency", name, indicator: "threshold", slo: "90", threshold: { value: 300, comparison: "at_most" }, window: month },
        { id: "ratio", name, indicator: "threshold", slo: "40", threshold: { value: 300, comparison: "at_most" }, window: month,
          budgeting: { method: "ratio_timeslices", sliceMinutes: 1, threshold: "95" } },
        { id: "resp", name, indicator: "response_time", slo: "90", deadlineBusinessHours: 4, window: month },
      ],
    });
    const asOf = at("2026-04-07T12:00:00Z");
    const outages = [
      { id: "A", start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T13:20:00Z") }, // 200 min, ongoing at asOf
      { id: "B", start: at("2026-04-07T12:00:00Z"), end: at("2026-04-07T12:30:00Z") }, // starts at asOf
      { id: "C", start: at("2026-04-14T08:00:00Z"), end: at("2026-04-14T08:10:00Z") }, // a week later
    ];
    const events = [
      { at: at("2026-04-07T11:59:00Z"), good: 90, total: 100 },
      { at: asOf, good: 100, total: 100 }, // at asOf: known
      { at: at("2026-04-07T12:01:00Z"), good: 0, total: 100 }, // after asOf
    ];
    const tickets = [
      // Opened 09:00 Riga (06:00Z) on Tuesday 7 April, answered within the hour: met.
      { id: "T-known", openedAt: at("2026-04-07T09:00:00+03:00"), respondedAt: at("2026-04-07T10:00:00+03:00") },
      // Opened on 8 April, after asOf, answered two days late: not known at asOf.
      { id: "T-later", openedAt: at("2026-04-08T09:00:00+03:00"), respondedAt: at("2026-04-10T16:00:00+03:00") },
    ];
    const inputs = { outages, events: { latency: events, ratio: events }, tickets, serviceHours: rigaOffice };

    it("counts an outage ongoing at asOf up to asOf and leaves out later outages, events and tickets", () => {
      const [avail, slices, latency, ratio, resp] = evaluateSla(terms, inputs, april, { asOf }).objectives;
      // April: 30 × 1440 = 43 200 min eligible; budget 0.5 % × 43 200 = 216 min. A counts 10:00–12:00 = 120 min of its
      // 200; B (starting at asOf) and C count 0. Remaining 216 − 120 = 96 min.
      expect(avail).toMatchObject({ eligible: 43_200 * MINUTE, spent: 120 * MINUTE, remaining: 96 * MINUTE, met: true });
      expect(avail?.spentBy).toEqual([{ id: "A", spent: 120 * MINUTE }]);
      // Hourly slices: A up to 12:00 touches the 10:00 and 11:00 slices only: 2 bad of 720.
      expect(slices).toMatchObject({ eligible: 720, spent: 2 });
      expect(slices?.spentBy).toEqual([{ id: "A", spent: 2 }]);
      // Occurrences: the events at 11:59 and at 12:00: (90 + 100) / (100 + 100) = 0.95.
      expect(latency).toMatchObject({ eligible: 200, good: 190, attainment: 0.95 });
      // Ratio slices of 1 min: 11:59 is bad (90 %), 12:00 good (100 %); the 12:01 slice has no known event: 1 of 2.
      expect(ratio).toMatchObject({ eligible: 2, good: 1, attainment: 0.5 });
      // Only T-known: met, 1 of 1.
      expect(resp).toMatchObject({ eligible: 1, good: 1, spentBy: [] });
    });

    it("counts everything in the period when asOf is its end (the default)", () => {
      const [avail, slices, latency, ratio, resp] = evaluateSla(terms, inputs, april).objectives;
      // 200 + 30 (B overlaps A: nothing new) + 10 = 210 min: A is charged 200, C 10; 216 − 210 = 6 min left.
      expect(avail).toMatchObject({ spent: 210 * MINUTE, remaining: 6 * MINUTE, met: true });
      expect(avail?.spentBy).toEqual([{ id: "A", spent: 200 * MINUTE }, { id: "C", spent: 10 * MINUTE }]);
      // A: 10:00, 11:00, 12:00, 13:00 slices (B's 12:00 slice is A's); C: the 08:00 slice of 14 April → 5 bad.
      expect(slices).toMatchObject({ spent: 5 });
      // All three events: 190 / 300; all three ratio slices, 1 good.
      expect(latency).toMatchObject({ eligible: 300, good: 190 });
      expect(ratio).toMatchObject({ eligible: 3, good: 1 });
      // T-later: deadline Wednesday 8 April 13:00 Riga, answered Friday 10 April: breached.
      expect(resp).toMatchObject({ eligible: 2, good: 1, spentBy: [{ id: "T-later", spent: 1 }] });
    });

    it("counts nothing of an outage that starts after asOf, and accepts asOf as an ISO string or a Date", () => {
      const early = at("2026-04-02T00:00:00Z");
      for (const given of [early, "2026-04-02T03:00:00+03:00", new Date(early)]) {
        const [avail] = evaluateSla(terms, inputs, april, { asOf: given }).objectives;
        expect([avail?.spent, avail?.attainment, avail?.spentBy]).toEqual([0, 1, []]);
      }
    });
  });

  it("refuses terms, inputs or options that are not objects, and keeps undefined options working", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      objectives: [{ id: "a", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    });
    const bad = (path: string, what: string) => ({ code: "invalid_argument", path: [path], message: `evaluateSla: ${path} must be an object, not ${what}` });
    expect(kpiErrorOf(() => evaluateSla(terms, {}, april, null as never))).toEqual(bad("options", "null"));
    expect(kpiErrorOf(() => evaluateSla(terms, {}, april, 5 as never))).toEqual(bad("options", "number"));
    expect(kpiErrorOf(() => evaluateSla(terms, null as never, april))).toEqual(bad("inputs", "null"));
    expect(kpiErrorOf(() => evaluateSla(null as never, {}, april))).toEqual(bad("terms", "null"));
    expect(evaluateSla(terms, {}, april, undefined).met).toBe(true);
  });

  it("says which input gives weekly maintenance its time zone when none does", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "svc", name,
      maintenance: [{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 }],
      objectives: [{ id: "a", name, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    });
    expect(kpiErrorOf(() => evaluateSla(terms, {}, april))).toEqual({
      code: "invalid_time_zone",
      path: ["inputs", "timeZone"],
      message: "evaluateSla: terms.maintenance has weekly windows, which need a time zone: pass inputs.timeZone or inputs.serviceHours (its timeZone is used)",
    });
    // Sundays of April 2026 (UTC): 5, 12, 19, 26 → 4 × 120 min of maintenance; 43 200 − 480 = 42 720 min eligible.
    expect(evaluateSla(terms, { timeZone: "UTC" }, april).objectives[0]?.eligible).toBe(42_720 * MINUTE);
    expect(evaluateSla(terms, { serviceHours: { ...rigaOffice, timeZone: "UTC" } }, april).objectives[0]?.eligible).toBe(42_720 * MINUTE);
  });
});
