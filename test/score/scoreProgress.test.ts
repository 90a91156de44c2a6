import { describe, expect, it } from "vitest";
import { scoreProgress } from "../../src/score/scoreProgress.js";

describe("scoreProgress", () => {
  it("matches the documented example", () => {
    // (70 − 60) / (80 − 60) = 10 / 20 = 0.5
    expect(scoreProgress(70, 60, 80)).toEqual({ unclamped: 0.5, clamped: 0.5 });
  });

  it("returns null when the target equals the baseline", () => {
    expect(scoreProgress(70, 80, 80)).toBeNull();
  });

  it("returns null when the actual is null", () => {
    expect(scoreProgress(null, 60, 80)).toBeNull();
  });

  it("clamps to [0, 1] but keeps the unclamped value when the actual overshoots", () => {
    // (90 − 60) / 20 = 1.5
    const p = scoreProgress(90, 60, 80);
    expect(p?.unclamped).toBeCloseTo(1.5, 12);
    expect(p?.clamped).toBe(1);
  });

  it("goes negative when the actual falls behind the baseline", () => {
    // (50 − 60) / 20 = −0.5
    const p = scoreProgress(50, 60, 80);
    expect(p?.unclamped).toBeCloseTo(-0.5, 12);
    expect(p?.clamped).toBe(0);
  });

  it("reads the same way when lower is better", () => {
    // baseline 20 days, target 10 days, actual 14: (14 − 20) / (10 − 20) = −6 / −10 = 0.6
    expect(scoreProgress(14, 20, 10)?.unclamped).toBeCloseTo(0.6, 12);
  });

  it("throws non_finite when an input is NaN or infinite", () => {
    expect(() => scoreProgress(Number.NaN, 1, 2)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["actual"] }));
    expect(() => scoreProgress(1, Number.NaN, 2)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["baseline"] }));
    expect(() => scoreProgress(1, 1, Number.POSITIVE_INFINITY)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["target"] }),
    );
  });
});
