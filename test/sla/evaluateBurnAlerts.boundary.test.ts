// Burn-rate alerts at the threshold on one window only (docs/conventions.md#sla-and-slo: a burn rate exactly equal
// to the threshold does not fire, and a rule fires only when BOTH windows exceed it). Each case has one window
// strictly above the threshold and the other exactly at it, so comparing either window with `>=` fails a test;
// a twin case one bad event further shows that the rule does fire once both windows are above.
//
// Counts worked by hand. Minute i (i = 1 … 60) is the event at T − i minutes with `total` events, so the 5-minute
// window [T − 5 min, T) holds minutes 1 … 5 and the 60-minute window [T − 60 min, T) holds minutes 1 … 60.
import { describe, expect, it } from "vitest";
import { evaluateBurnAlerts, type BurnAlertTier } from "../../src/sla/evaluateBurnAlerts.js";
import { MINUTE, at } from "./slaFixtures.js";

const t = at("2026-05-04T12:00:00Z");

/** 60 minutes of `total` events each; `bad(i)` failed events in minute i (1 = the minute just before T). */
function minutes(total: number, bad: (i: number) => number) {
  return Array.from({ length: 60 }, (_, k) => {
    const i = k + 1;
    return { at: t - i * MINUTE, good: total - bad(i), total };
  });
}

function sum(n: number, f: (i: number) => number): number {
  let s = 0;
  for (let i = 1; i <= n; i++) s += f(i);
  return s;
}

describe("evaluateBurnAlerts at the threshold on one window", () => {
  describe("fixed threshold 2 on a 99 % SLO (error-ratio threshold 2 × 0.01 = 0.02)", () => {
    const tier: BurnAlertTier = { name: "t", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: "2" };
    const run = (events: ReturnType<typeof minutes>) => evaluateBurnAlerts(events, t, { slo: "99", tiers: [tier] });

    it("does not fire when the long window is above and the short window exactly at the threshold", () => {
      // Minutes 1–5: 2 bad of 100 each → short 10 / 500 = 0.02 → burn 2 (equal). Minutes 6–60: 3 bad each → long
      // (10 + 165) / 6000 = 0.029166… → burn 2.9166… > 2.
      const bad = (i: number) => (i <= 5 ? 2 : 3);
      expect(sum(5, bad)).toBe(10);
      expect(sum(60, bad)).toBe(175);
      const result = run(minutes(100, bad));
      expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(2, 12);
      expect(result.tiers[0]?.longBurnRate).toBeCloseTo(175 / 6000 / 0.01, 12);
      expect(result.tiers[0]?.firing).toBe(false);
      expect(result.severity).toBeNull();
    });

    it("fires when the short window has one bad event more (11 / 500 → 2.2)", () => {
      const bad = (i: number) => (i === 1 ? 3 : i <= 5 ? 2 : 3);
      const result = run(minutes(100, bad));
      expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(2.2, 12);
      expect(result.tiers[0]?.firing).toBe(true);
      expect(result.severity).toBe("page");
    });

    it("does not fire when the short window is above and the long window exactly at the threshold", () => {
      // Minutes 1–5: 4 bad of 100 each → short 20 / 500 = 0.04 → burn 4 > 2. Minute 30: 100 bad, all others 0 → long
      // (20 + 100) / 6000 = 0.02 → burn 2 (equal).
      const bad = (i: number) => (i <= 5 ? 4 : i === 30 ? 100 : 0);
      expect(sum(60, bad)).toBe(120);
      const result = run(minutes(100, bad));
      expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(4, 12);
      expect(result.tiers[0]?.longBurnRate).toBeCloseTo(2, 12);
      expect(result.tiers[0]?.firing).toBe(false);
      expect(result.severity).toBeNull();
    });

    it("fires when the long window has one bad event more (121 / 6000 → 2.0166…)", () => {
      const bad = (i: number) => (i <= 5 ? 4 : i === 30 ? 100 : i === 31 ? 1 : 0);
      const result = run(minutes(100, bad));
      expect(result.tiers[0]?.longBurnRate).toBeCloseTo(121 / 6000 / 0.01, 12);
      expect(result.tiers[0]?.firing).toBe(true);
    });
  });

  describe("the workbook's page rule, 2 % of a 30-day budget in 1 h (threshold 2 % × 720 h / 1 h = 14.4) on 99.9 %", () => {
    // Error-ratio threshold 14.4 × 0.001 = 0.0144 = 9 / 625. 125 events a minute: short 625 events, long 7500.
    const tier: BurnAlertTier = { severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetPercent: "2" };
    const run = (events: ReturnType<typeof minutes>) => evaluateBurnAlerts(events, t, { slo: "99.9", tiers: [tier] });

    it("scales the threshold to exactly 14.4", () => {
      expect(run(minutes(125, () => 0)).tiers[0]?.threshold).toBe(14.4);
    });

    it("does not page when the long window is above and the short window exactly at 14.4", () => {
      // Minutes 1–5: 9 bad in all (2, 2, 2, 2, 1) → 9 / 625 = 0.0144 → 14.4 (equal; as doubles (9/625)/0.001 is
      // 14.400000000001585). Minutes 6–60: 2 bad each → long (9 + 110) / 7500 = 0.015866… → 15.87 > 14.4.
      const bad = (i: number) => (i <= 4 ? 2 : i === 5 ? 1 : 2);
      expect(sum(5, bad)).toBe(9);
      expect(sum(60, bad)).toBe(119);
      const result = run(minutes(125, bad));
      expect(result.tiers[0]?.longBurnRate).toBeCloseTo(119 / 7500 / 0.001, 9);
      expect(result.tiers[0]?.firing).toBe(false);
      expect(result.severity).toBeNull();
    });

    it("does not page when the short window is above and the long window exactly at 14.4", () => {
      // Minutes 1–5: 4 bad each → 20 / 625 = 0.032 → 32 > 14.4. Minutes 6–49: 2 bad each (88), 50–60: 0 → long
      // (20 + 88) / 7500 = 108 / 7500 = 0.0144 → 14.4 (equal).
      const bad = (i: number) => (i <= 5 ? 4 : i <= 49 ? 2 : 0);
      expect(sum(60, bad)).toBe(108);
      const result = run(minutes(125, bad));
      expect(result.tiers[0]?.shortBurnRate).toBeCloseTo(32, 9);
      expect(result.tiers[0]?.firing).toBe(false);
      expect(result.severity).toBeNull();
    });

    it("pages when both windows are above 14.4 (long 111 / 7500, short 20 / 625)", () => {
      const bad = (i: number) => (i <= 5 ? 4 : i <= 50 ? 2 : i === 51 ? 1 : 0);
      expect(sum(60, bad)).toBe(111);
      const result = run(minutes(125, bad));
      expect(result.tiers[0]?.firing).toBe(true);
      expect(result.severity).toBe("page");
    });
  });
});
