import { describe, expect, it } from "vitest";
import { measureErrorBudget } from "../../src/sla/measureErrorBudget.js";

describe("measureErrorBudget", () => {
  it("matches the documented example", () => {
    expect(measureErrorBudget({ good: 99_950, total: 100_000 }, { slo: "99.9" })).toEqual({
      unit: "events",
      eligible: 100_000,
      good: 99_950,
      attainment: 0.9995,
      met: true,
      errorRatio: 0.0005, // 50 bad of 100 000
      budget: 100,
      spent: 50,
      remaining: 50,
      consumedFraction: 0.5,
    });
  });

  it("meets 99.9 % with 999 good of 1000, where the float comparison fails", () => {
    // Found by a search over good/total = SLO exactly: 999 / 1000 = 0.999, but 99.9 / 100 = 0.9990000000000001,
    // so `good / total >= slo / 100` (and `1 - bad / total >= slo / 100`) wrongly say "breached".
    expect(999 / 1000 >= 99.9 / 100).toBe(false);
    expect(1 - 1 / 1000 >= 99.9 / 100).toBe(false);
    const result = measureErrorBudget({ good: 999, total: 1000 }, { slo: "99.9" });
    expect(result.met).toBe(true);
    expect(result.remaining).toBe(0);
    expect(result.consumedFraction).toBe(1);
  });

  it("reports a negative remaining budget when overspent", () => {
    // 99 % of 200 events: budget 2, spent 5, remaining −3.
    const result = measureErrorBudget({ good: 195, total: 200 }, { slo: 99 });
    expect(result.met).toBe(false);
    expect(result.budget).toBeCloseTo(2, 12);
    expect(result.remaining).toBeCloseTo(-3, 12);
    expect(result.consumedFraction).toBeCloseTo(2.5, 12);
  });

  it("measures time amounts the same way", () => {
    // 99.5 % of 1 000 000 ms: budget 5 000 ms; 4 000 ms down.
    const result = measureErrorBudget({ goodMs: 996_000, eligibleMs: 1_000_000 }, { slo: "99.5" });
    expect(result.budget).toBeCloseTo(5000, 9);
    expect(result.remaining).toBeCloseTo(1000, 9);
    expect(result.met).toBe(true);
  });

  it("returns a null budget, not 0, when nothing is eligible (a month entirely under maintenance)", () => {
    expect(measureErrorBudget({ good: 0, total: 0 }, { slo: "99.9" })).toEqual({
      unit: "events",
      eligible: 0,
      good: 0,
      attainment: null,
      met: null,
      errorRatio: null,
      budget: null,
      spent: 0,
      remaining: null,
      consumedFraction: null,
    });
  });

  it("throws invalid_argument when good exceeds total", () => {
    expect(() => measureErrorBudget({ good: 11, total: 10 }, { slo: "99" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["amounts", "good"] }),
    );
  });

  it("throws non_finite when total is Infinity", () => {
    expect(() => measureErrorBudget({ good: 1, total: Infinity }, { slo: "99" })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["amounts", "total"] }),
    );
  });

  it("throws invalid_argument when a count is negative", () => {
    expect(() => measureErrorBudget({ goodMs: -1, eligibleMs: 10 }, { slo: "99" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["amounts", "goodMs"] }),
    );
  });

  it.each([["0"], ["100"], ["-1"], ["abc"], [100.5]])("throws invalid_slo when the SLO is %s", (slo) => {
    expect(() => measureErrorBudget({ good: 1, total: 1 }, { slo: slo })).toThrowError(
      expect.objectContaining({ code: "invalid_slo", path: ["options", "slo"] }),
    );
  });
});
