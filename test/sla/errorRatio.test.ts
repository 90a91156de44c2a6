import { describe, expect, it } from "vitest";
import { evaluateBurnAlerts } from "../../src/sla/evaluateBurnAlerts.js";
import { measureAvailability } from "../../src/sla/measureAvailability.js";
import { measureOccurrences } from "../../src/sla/measureOccurrences.js";
import { measureTimeslices } from "../../src/sla/measureTimeslices.js";
import { MINUTE, HOUR, at } from "./slaFixtures.js";

// Issue 10: the error ratio comes beside availability and attainment, so a caller never derives 1 − x; burn-alert
// windows carry their event counts; no budget when nothing is eligible.
const day = { start: at("2026-05-04T00:00:00Z"), end: at("2026-05-05T00:00:00Z") };

describe("error ratios and counts", () => {
  it("gives availability's error ratio as downtime over eligible time", () => {
    // 36 min down of 24 h: 36 / 1440 = 0.025.
    const r = measureAvailability([{ start: day.start + HOUR, end: day.start + HOUR + 36 * MINUTE }], day, { slo: "99" });
    expect([r.errorRatio, r.attainment]).toEqual([0.025, 0.975]);
  });

  it("gives occurrences' and time slices' error ratios, and null with nothing eligible", () => {
    // 3 bad of 40 events.
    const events = [{ at: day.start + HOUR, good: 37, total: 40 }];
    expect(measureOccurrences(events, day, { slo: "99" }).errorRatio).toBe(3 / 40);
    expect(measureOccurrences([], day, { slo: "99" })).toMatchObject({ errorRatio: null, budget: null, remaining: null });
    // One outage touching 2 of 24 hour slices: 2 / 24.
    const slices = measureTimeslices([{ start: day.start + HOUR + 30 * MINUTE, end: day.start + 2 * HOUR + 10 * MINUTE }], day, { sliceMinutes: 60 });
    expect([slices.spent, slices.errorRatio]).toEqual([2, 2 / 24]);
  });

  it("lists each burn-alert window's good, bad and total events with its error ratio", () => {
    const t = at("2026-05-04T12:00:00Z");
    // Long window (60 min): 20 bad of 1000 + 5 bad of 100 = 25 bad of 1100; short window (5 min): only the second.
    const events = [{ at: t - 30 * MINUTE, good: 980, total: 1000 }, { at: t - 2 * MINUTE, good: 95, total: 100 }];
    const tier = { severity: "page" as const, longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4 };
    const r = evaluateBurnAlerts(events, t, { slo: "99.9", tiers: [tier] }).tiers[0]!;
    expect([r.long.good, r.long.bad, r.long.total, r.short.good, r.short.bad, r.short.total]).toEqual([1075, 25, 1100, 95, 5, 100]);
    expect(r.long.errorRatio).toBe(25 / 1100);
    expect(r.short.errorRatio).toBe(0.05);
    // Burn rates: error ratio ÷ 0.001.
    expect(r.long.burnRate).toBeCloseTo(25 / 1100 / 0.001, 9);
    expect(r.longBurnRate).toBe(r.long.burnRate);
  });
});
