import { describe, expect, it } from "vitest";
import { scoreAttainment } from "../../src/score/scoreAttainment.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("scoreAttainment", () => {
  it("matches the documented example", () => {
    // 90 / 120 = 0.75; 5 / 4 = 1.25; an at_most actual of 0 is undefined.
    expect([
      scoreAttainment(90, { kind: "at_least", value: 120 }),
      scoreAttainment(4, { kind: "at_most", value: 5 }),
      scoreAttainment(0, { kind: "at_most", value: 5 }),
    ]).toEqual([0.75, 1.25, null]);
  });

  it("divides actual by target when the target is at_least", () => {
    // 85 / 80 = 1.0625 (not capped)
    expect(scoreAttainment(85, { kind: "at_least", value: 80 })).toBeCloseTo(1.0625, 12);
  });

  it("returns null when an at_least target is 0", () => {
    expect(scoreAttainment(0, { kind: "at_least", value: 0 })).toBeNull();
    expect(scoreAttainment(5, { kind: "at_least", value: 0 })).toBeNull();
  });

  it("returns null when an at_least target is negative", () => {
    expect(scoreAttainment(5, { kind: "at_least", value: -10 })).toBeNull();
  });

  it("scores below 0 when the actual is negative and the at_least target positive", () => {
    // -20 / 80 = -0.25: not floored
    expect(scoreAttainment(-20, { kind: "at_least", value: 80 })).toBeCloseTo(-0.25, 12);
  });

  it("returns null when an at_most actual is 0 or negative", () => {
    expect(scoreAttainment(0, { kind: "at_most", value: 0 })).toBeNull();
    expect(scoreAttainment(-3, { kind: "at_most", value: 5 })).toBeNull();
  });

  it("returns 0 when an at_most target is 0 and the actual positive", () => {
    // 0 / 2 = 0
    expect(scoreAttainment(2, { kind: "at_most", value: 0 })).toBe(0);
  });

  it("does not cap a score above 1", () => {
    // at_most 10 days, actual 2 days: 10 / 2 = 5
    expect(scoreAttainment(2, { kind: "at_most", value: 10 })).toBeCloseTo(5, 12);
  });

  it("scores exactly 1 when the actual equals the target", () => {
    expect(scoreAttainment(0.1, { kind: "at_least", value: 0.1 })).toBe(1);
    expect(scoreAttainment(0.1, { kind: "at_most", value: 0.1 })).toBe(1);
  });

  it("returns null when the actual is null", () => {
    expect(scoreAttainment(null, { kind: "at_least", value: 5 })).toBeNull();
    expect(scoreAttainment(null, { kind: "between", lo: 1, hi: 2, tolerance: 1 })).toBeNull();
  });

  it("uses the planned value instead of the target value when given", () => {
    // 90 / 100 = 0.9 instead of 90 / 120
    expect(scoreAttainment(90, { kind: "at_least", value: 120 }, { plannedValue: 100 })).toBe(0.9);
  });

  it("scores a band when the target is between", () => {
    // inside → 1; 2 above hi with tolerance 4 → 1 − 2/4 = 0.5
    const band = { kind: "between", lo: 10, hi: 20, tolerance: 4 } as const;
    expect(scoreAttainment(15, band)).toBe(1);
    expect(scoreAttainment(22, band)).toBeCloseTo(0.5, 12);
  });

  it("returns null when the ratio overflows a double", () => {
    expect(scoreAttainment(1e300, { kind: "at_least", value: 1e-300 })).toBeNull();
  });

  it("throws non_finite when the actual is NaN or infinite", () => {
    expect(() => scoreAttainment(Number.NaN, { kind: "at_least", value: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["actual"] }),
    );
    expect(() => scoreAttainment(Number.POSITIVE_INFINITY, { kind: "at_most", value: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["actual"] }),
    );
  });

  it("throws non_finite when the target value or planned value is not finite", () => {
    expect(() => scoreAttainment(1, { kind: "at_least", value: Number.NaN })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["target", "value"] }),
    );
    expect(() => scoreAttainment(1, { kind: "at_least", value: 1 }, { plannedValue: Number.NaN })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["options", "plannedValue"] }),
    );
  });

  it("throws when a between target is malformed", () => {
    expect(() => scoreAttainment(1, { kind: "between", lo: 3, hi: 2, tolerance: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["target", "hi"] }),
    );
    expect(() => scoreAttainment(1, { kind: "between", lo: 1, hi: 2, tolerance: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["target", "tolerance"] }),
    );
  });

  it("throws invalid_argument when the kind is unknown", () => {
    const bad = { kind: "exactly", value: 1 } as unknown as { kind: "at_least"; value: number };
    expect(() => scoreAttainment(1, bad)).toThrowError(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("refuses an unknown kind up front, on the path of the kind, listing the kinds", () => {
    const bad = { kind: "atleast", value: 100 } as unknown as { kind: "at_least"; value: number };
    expect(kpiErrorOf(() => scoreAttainment(90, bad))).toEqual({
      code: "invalid_argument",
      path: ["target", "kind"],
      message: 'scoreAttainment: target.kind must be "at_least", "at_most" or "between", not "atleast"',
    });
    // A missing kind is named as such, and a null actual does not skip the check.
    expect(kpiErrorOf(() => scoreAttainment(null, { value: 1 } as never))).toEqual({
      code: "invalid_argument",
      path: ["target", "kind"],
      message: 'scoreAttainment: target.kind must be "at_least", "at_most" or "between", not undefined',
    });
  });

  it("refuses options that are null or not an object, and takes undefined as no options", () => {
    const target = { kind: "at_least", value: 1 } as const;
    expect(kpiErrorOf(() => scoreAttainment(1, target, null as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "scoreAttainment: options must be an object, not null",
    });
    expect(kpiErrorOf(() => scoreAttainment(1, target, 5 as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "scoreAttainment: options must be an object, not number",
    });
    expect(scoreAttainment(1, target, undefined)).toBe(1);
  });
});
