import { describe, expect, it } from "vitest";
import { evaluateBurnAlerts } from "../../src/sla/evaluateBurnAlerts.js";
import { measureBurnRate } from "../../src/sla/measureBurnRate.js";
import { MINUTE, at } from "./slaFixtures.js";

const t = at("2026-05-04T12:00:00Z");

describe("measureBurnRate", () => {
  it("matches the documented example", () => {
    // 9 bad of 625: error ratio 9 / 625 = 0.0144; ÷ (1 − 0.999) = 14.4.
    expect(measureBurnRate([{ at: t - 30 * MINUTE, good: 616, total: 625 }], { asOf: t, windowMinutes: 60 }, { slo: "99.9" })).toEqual({
      burnRate: 14.4, errorRatio: 0.0144, good: 616, bad: 9, total: 625,
    });
  });
  it("takes the window end as an ISO string or a Date as well as epoch ms", () => {
    const events = [{ at: t - 30 * MINUTE, good: 616, total: 625 }];
    const fromMs = measureBurnRate(events, { asOf: t, windowMinutes: 60 }, { slo: "99.9" });
    expect(measureBurnRate(events, { asOf: "2026-05-04T15:00:00+03:00", windowMinutes: 60 }, { slo: "99.9" })).toEqual(fromMs);
    expect(measureBurnRate(events, { asOf: new Date(t), windowMinutes: 60 }, { slo: "99.9" })).toEqual(fromMs);
    expect(() => measureBurnRate(events, { asOf: "2026-05-04T12:00:00", windowMinutes: 60 }, { slo: "99.9" })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["window", "asOf"] }),
    );
  });
  it("counts events at T − W but not at T", () => {
    // [T − 60 min, T): the event at T − 60 min is in (1 bad of 1), the one at T is out.
    const events = [
      { at: t - 60 * MINUTE, good: 0, total: 1 },
      { at: t, good: 0, total: 1000 },
      { at: t - 61 * MINUTE, good: 0, total: 1000 },
      { at: t - 10 * MINUTE, good: 999, total: 999 },
    ];
    // 1 bad / 1000 events ÷ 0.001 = 1.
    const r = measureBurnRate(events, { asOf: t, windowMinutes: 60 }, { slo: "99.9" });
    expect(r.burnRate).toBeCloseTo(1, 12);
    expect([r.good, r.bad, r.total]).toEqual([999, 1, 1000]);
  });
  it("returns null when the window has no events", () => {
    expect(measureBurnRate([{ at: t - 90 * MINUTE, good: 0, total: 5 }], { asOf: t, windowMinutes: 60 }, { slo: "99.9" })).toEqual({
      burnRate: null, errorRatio: null, good: 0, bad: 0, total: 0,
    });
  });
  it("throws invalid_argument when good exceeds total", () => {
    expect(() => measureBurnRate([{ at: t, good: 2, total: 1 }], { asOf: t, windowMinutes: 5 }, { slo: "99" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["events", 0, "good"] }),
    );
  });
  it("throws invalid_argument when the window is not positive", () => {
    expect(() => measureBurnRate([], { asOf: t, windowMinutes: 0 }, { slo: "99" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["window", "windowMinutes"] }),
    );
  });
});

describe("evaluateBurnAlerts", () => {
  it("matches the documented example", () => {
    const events = Array.from({ length: 60 }, (_, i) => ({ at: t - (i + 1) * 60_000, good: i < 5 ? 98 : 100, total: 100 }));
    const result = evaluateBurnAlerts(events, t, { slo: "99.9" });
    expect([result.severity, result.tiers.map((tier) => tier.firing)]).toEqual(["ticket", [false, false, true]]);
    expect(result.tiers[0]?.longBurnRate).toBeCloseTo(10 / 6000 / 0.001, 12);
    expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(20, 12);
  });

  it("does not page when both burn rates equal 14.4 exactly, although floating point exceeds it", () => {
    // 9 bad of 625 = 0.0144 = 14.4 × 0.001. Found by a search over bad/total = threshold × (1 − SLO) exactly: in
    // doubles (9 / 625) / (1 − 99.9 / 100) = 14.400000000001585, which would page.
    expect(9 / 625 / (1 - 99.9 / 100)).toBeGreaterThan(14.4);
    // All events in the last 5 minutes, so the 1 h and 5 min windows see the same 9 of 625.
    const events = [{ at: t - 2 * MINUTE, good: 616, total: 625 }];
    const result = evaluateBurnAlerts(events, t, { slo: "99.9" });
    expect(result.tiers[0]?.threshold).toBe(14.4);
    expect(result.tiers[0]?.firing).toBe(false);
    // The 6 h / 30 min rule (threshold 6) does fire: 14.4 > 6.
    expect(result.tiers[1]?.firing).toBe(true);
    expect(result.severity).toBe("page");
  });

  it("pages when the burn rate is just above 14.4", () => {
    // 10 bad of 625 = 0.016 → burn 16.
    const result = evaluateBurnAlerts([{ at: t - MINUTE, good: 615, total: 625 }], t, { slo: "99.9" });
    expect(result.tiers[0]?.firing).toBe(true);
  });

  it("does not fire the ticket rule at a burn rate of exactly 1", () => {
    // 3 bad of 500 against 99.4 %: 0.006 / 0.006 = 1 exactly (1 bad of 1000 against 99.9 % is 1.0000000000001101 in doubles).
    const result = evaluateBurnAlerts([{ at: t - MINUTE, good: 497, total: 500 }], t, { slo: "99.4" });
    expect(result.tiers[2]?.firing).toBe(false);
    expect(result.severity).toBeNull();
    expect(1 / 1000 / (1 - 99.9 / 100)).toBeGreaterThan(1);
    expect(evaluateBurnAlerts([{ at: t - MINUTE, good: 999, total: 1000 }], t, { slo: "99.9" }).severity).toBeNull();
  });

  it("pages no one for 1 bad request of 2, below minEvents", () => {
    const result = evaluateBurnAlerts([{ at: t - MINUTE, good: 1, total: 2 }], t, { slo: "99.9" });
    expect(result.severity).toBeNull();
    expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(500, 9);
    expect(evaluateBurnAlerts([{ at: t - MINUTE, good: 1, total: 2 }], t, { slo: "99.9", minEvents: 1 }).severity).toBe("page");
  });

  it("scales budgetPercent thresholds to a 7-day SLO window", () => {
    // 2 % × 7 d × 1440 / 60 min = 3.36; 5 % × 7 × 1440 / 360 = 1.4; 10 % × 7 × 1440 / 4320 = 0.2333…
    const result = evaluateBurnAlerts([], t, { slo: "99.9", sloWindowDays: 7 });
    expect(result.tiers.map((x) => x.threshold)).toEqual([3.36, 1.4, 7 / 30]);
  });

  it("uses a fixed threshold as given", () => {
    const tiers = [{ severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: "2" }] as const;
    // 2 bad of 1000 = burn 2 exactly: not > 2.
    const result = evaluateBurnAlerts([{ at: t - MINUTE, good: 998, total: 1000 }], t, { slo: "99.9", tiers, sloWindowDays: 7 });
    expect(result.tiers[0]).toMatchObject({ name: "page 60m/5m", threshold: 2, firing: false });
  });

  it("never fires on windows without events", () => {
    expect(evaluateBurnAlerts([], t, { slo: "99.9" }).severity).toBeNull();
  });

  it("throws invalid_argument when a tier has both budgetPercent and threshold", () => {
    const tiers = [{ severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 2, budgetPercent: 2 }] as const;
    expect(() => evaluateBurnAlerts([], t, { slo: "99.9", tiers })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "tiers", 0] }),
    );
  });

  it("throws non_finite when asOf is NaN", () => {
    expect(() => evaluateBurnAlerts([], Number.NaN, { slo: "99.9" })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["asOf"] }),
    );
  });
});
