import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { periodCoverage } from "../../src/time/periodCoverage.js";
import { periodOf } from "../../src/time/periodOf.js";

describe("periodCoverage", () => {
  it("matches the documented example", () => {
    expect(periodCoverage({ start: 0, end: 86_400_000 }, 21_600_000)).toEqual({ complete: false, elapsedFraction: 0.25 });
  });

  it("measures real time on a 23-hour day", () => {
    // 2026-03-29 in Riga lasts 23 h from 03-28T22:00Z; at 10:00Z, 12 h have passed: 12/23.
    const day = periodOf(Date.parse("2026-03-29T10:00:00Z"), "day", { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 });
    const coverage = periodCoverage(day, Date.parse("2026-03-29T10:00:00Z"));
    expect(coverage.complete).toBe(false);
    expect(coverage.elapsedFraction).toBeCloseTo(12 / 23, 12);
  });

  it("clamps before the start and is complete from the end on", () => {
    expect(periodCoverage({ start: 100, end: 200 }, 50)).toEqual({ complete: false, elapsedFraction: 0 });
    expect(periodCoverage({ start: 100, end: 200 }, 200)).toEqual({ complete: true, elapsedFraction: 1 });
    expect(periodCoverage({ start: 100, end: 200 }, 199).complete).toBe(false);
  });

  it("handles a zero-length period", () => {
    expect(periodCoverage({ start: 100, end: 100 }, 99)).toEqual({ complete: false, elapsedFraction: 0 });
    expect(periodCoverage({ start: 100, end: 100 }, 100)).toEqual({ complete: true, elapsedFraction: 1 });
  });

  it("throws invalid_interval when the period ends before it starts", () => {
    expect(() => periodCoverage({ start: 2, end: 1 }, 0)).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["period", "end"] }));
  });

  it("throws non_finite for non-finite numbers", () => {
    expect(() => periodCoverage({ start: 0, end: 1 }, Number.NaN)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["asOf"] }));
    expect(() => periodCoverage({ start: Number.NaN, end: 1 }, 0)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["period", "start"] }));
    expect(() => periodCoverage({ start: 0, end: Infinity }, 0)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["period", "end"] }));
  });
});

describe("periodCoverage: wrong-shaped arguments", () => {
  it("throws invalid_argument for a period that is missing or not an object", () => {
    const error = (period: unknown) => kpiErrorOf(() => periodCoverage(period as never, 0));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: ["period"], message: "periodCoverage: period must be an object, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["period"], message: "periodCoverage: period must be an object, not null" });
    expect(error(86_400_000)).toEqual({ code: "invalid_argument", path: ["period"], message: "periodCoverage: period must be an object, not number" });
  });
});
