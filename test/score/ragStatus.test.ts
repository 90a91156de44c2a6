import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { ragStatus } from "../../src/score/ragStatus.js";

describe("ragStatus", () => {
  it("matches the documented example", () => {
    expect([ragStatus(1), ragStatus(90 / 100), ragStatus(0.89), ragStatus(null), ragStatus(0.8, { green: 0.95, amber: 0.8 })]).toEqual([
      "green",
      "amber",
      "red",
      "no_data",
      "amber",
    ]);
  });

  it("is amber when the score is exactly 0.9 however it is written", () => {
    // 0.9, 90/100 and 9/10 round to the same double (IEEE-754 correctly rounded division), so all are ≥ 0.9.
    expect(90 / 100).toBe(0.9);
    expect(9 / 10).toBe(0.9);
    expect(ragStatus(0.9)).toBe("amber");
    expect(ragStatus(9 / 10)).toBe("amber");
  });

  it("is red when arithmetic lands a hair below 0.9", () => {
    // 0.3 * 3 = 0.8999999999999999 in doubles
    expect(ragStatus(0.3 * 3)).toBe("red");
  });

  it("is green when the score is exactly the green threshold", () => {
    expect(ragStatus(1)).toBe("green");
    expect(ragStatus(0.9999999999999999)).toBe("amber");
  });

  it("uses the given thresholds inclusively", () => {
    expect(ragStatus(0.95, { green: 0.95, amber: 0.8 })).toBe("green");
    expect(ragStatus(0.7999, { green: 0.95, amber: 0.8 })).toBe("red");
  });

  it("is never amber when the amber threshold equals the green one", () => {
    expect(ragStatus(0.99, { green: 1, amber: 1 })).toBe("red");
  });

  it("returns red when the score is negative", () => {
    expect(ragStatus(-0.25)).toBe("red");
  });

  it("throws when the score is not finite", () => {
    expect(() => ragStatus(Number.NaN)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["score"] }));
  });

  it("throws when the thresholds are inverted or not finite", () => {
    expect(() => ragStatus(1, { green: 0.9, amber: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "amber"] }),
    );
    expect(() => ragStatus(1, { green: Number.NaN, amber: 1 })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["options", "green"] }),
    );
  });

  it("takes its thresholds as one options object, each defaulting on its own", () => {
    // green from 0.95 (amber stays 0.9): 0.95 green, 0.92 amber; amber from 0.8 (green stays 1): 0.85 amber.
    expect([ragStatus(0.95, { green: 0.95 }), ragStatus(0.92, { green: 0.95 }), ragStatus(0.85, { amber: 0.8 }), ragStatus(0.85, {})]).toEqual([
      "green",
      "amber",
      "amber",
      "red",
    ]);
  });
});


describe("ragStatus: wrong-shaped arguments", () => {
  it("throws invalid_argument for options given but not an object", () => {
    const error = (options: unknown) => kpiErrorOf(() => ragStatus(1, options as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus: options must be an object, not null" });
    expect(error(0.9)).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus: options must be an object, not number" });
    expect(error("green")).toEqual({ code: "invalid_argument", path: ["options"], message: "ragStatus: options must be an object, not string" });
    expect(error(undefined)).toBeNull();
  });
});
