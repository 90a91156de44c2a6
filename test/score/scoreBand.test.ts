import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { scoreBand } from "../../src/score/scoreBand.js";

describe("scoreBand", () => {
  it("matches the documented example", () => {
    // 96 inside → 1; 99: 1 − 1/5 = 0.8; 92: 1 − 3/5 = 0.4; 110: max(0, 1 − 12/5) = 0
    const band = { lo: 95, hi: 98, tolerance: 5 };
    const scores = [scoreBand(96, band), scoreBand(99, band), scoreBand(92, band), scoreBand(110, band)];
    expect(scores[0]).toBe(1);
    expect(scores[1]).toBeCloseTo(0.8, 12);
    expect(scores[2]).toBeCloseTo(0.4, 12);
    expect(scores[3]).toBe(0);
  });

  it("scores 1 on both bounds because the band is inclusive", () => {
    expect(scoreBand(95, { lo: 95, hi: 98, tolerance: 5 })).toBe(1);
    expect(scoreBand(98, { lo: 95, hi: 98, tolerance: 5 })).toBe(1);
  });

  it("scores 0 exactly at the tolerance edge", () => {
    // 103 − 98 = 5 = t → 1 − 5/5 = 0; 90: 95 − 90 = 5 → 0
    expect(scoreBand(103, { lo: 95, hi: 98, tolerance: 5 })).toBe(0);
    expect(scoreBand(90, { lo: 95, hi: 98, tolerance: 5 })).toBe(0);
  });

  it("scores a band of zero width as 1 only on its value", () => {
    // lo = hi = 10, t = 2: 10 → 1; 11 → 1 − 1/2 = 0.5; 9.5 → 1 − 0.5/2 = 0.75
    const band = { lo: 10, hi: 10, tolerance: 2 };
    expect(scoreBand(10, band)).toBe(1);
    expect(scoreBand(11, band)).toBeCloseTo(0.5, 12);
    expect(scoreBand(9.5, band)).toBeCloseTo(0.75, 12);
  });

  it("handles negative bands when the KPI can be negative", () => {
    // band [−2, −1], t = 1: −2.5 is 0.5 below → 0.5
    expect(scoreBand(-2.5, { lo: -2, hi: -1, tolerance: 1 })).toBeCloseTo(0.5, 12);
  });

  it("returns null when the actual is null", () => {
    expect(scoreBand(null, { lo: 1, hi: 2, tolerance: 1 })).toBeNull();
  });

  it("throws non_finite when the actual is NaN", () => {
    expect(() => scoreBand(Number.NaN, { lo: 1, hi: 2, tolerance: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["actual"] }),
    );
  });

  it("throws when the band is malformed", () => {
    expect(() => scoreBand(1, { lo: 2, hi: 1, tolerance: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["band", "hi"] }),
    );
    expect(() => scoreBand(1, { lo: 1, hi: 2, tolerance: -1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["band", "tolerance"] }),
    );
    expect(() => scoreBand(1, { lo: Number.NEGATIVE_INFINITY, hi: 2, tolerance: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["band", "lo"] }),
    );
  });
});

describe("scoreBand: wrong-shaped arguments", () => {
  it("throws invalid_argument for a band that is missing or not an object", () => {
    const error = (band: unknown) => kpiErrorOf(() => scoreBand(96, band as never));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: ["band"], message: "scoreBand: band must be an object, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["band"], message: "scoreBand: band must be an object, not null" });
    expect(error(95)).toEqual({ code: "invalid_argument", path: ["band"], message: "scoreBand: band must be an object, not number" });
  });
});
