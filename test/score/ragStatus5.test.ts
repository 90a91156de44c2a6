import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { ragStatus5 } from "../../src/score/ragStatus5.js";

describe("ragStatus5", () => {
  it("matches the documented example", () => {
    expect([ragStatus5(1.25), ragStatus5(1), ragStatus5(0.9), ragStatus5(0.8), ragStatus5(0.5), ragStatus5(null)]).toEqual([
      "exceeded",
      "met",
      "near",
      "below",
      "far_below",
      "no_data",
    ]);
  });

  it("is inclusive at the lower end of each level", () => {
    // 1.1 literal vs 1.1; 0.75 = 3/4 exactly
    expect(ragStatus5(1.1)).toBe("exceeded");
    expect(ragStatus5(3 / 4)).toBe("below");
    expect(ragStatus5(0.7499)).toBe("far_below");
  });

  it("uses the given thresholds", () => {
    expect(ragStatus5(1.05, { exceeded: 1.05 })).toBe("exceeded");
    expect(ragStatus5(0.6, { below: 0.5 })).toBe("below");
  });

  it("throws when a threshold is above the one before it", () => {
    expect(() => ragStatus5(1, { near: 1.2 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "near"] }),
    );
  });

  it("throws when a threshold or the score is not finite", () => {
    expect(() => ragStatus5(1, { met: Number.NaN })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["options", "met"] }),
    );
    expect(() => ragStatus5(Number.NEGATIVE_INFINITY)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["score"] }),
    );
  });
});

describe("ragStatus5: wrong-shaped arguments", () => {
  it("throws invalid_argument for options given but not an object", () => {
    const error = (options: unknown) => kpiErrorOf(() => ragStatus5(1, options as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus5: options must be an object, not null" });
    expect(error(0.9)).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus5: options must be an object, not number" });
    expect(error("green")).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus5: options must be an object, not string" });
    expect(error(undefined)).toBeNull();
  });
});
