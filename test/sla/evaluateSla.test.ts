import { describe, expect, it } from "vitest";
import { parseSlaTerms } from "../../src/model/slaTerms.js";
import { evaluateSla } from "../../src/sla/evaluateSla.js";
import { HOUR, MINUTE, at, rigaOffice } from "./slaFixtures.js";

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
});
