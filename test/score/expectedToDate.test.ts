import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { expectedToDate } from "../../src/score/expectedToDate.js";

const HOUR = 3_600_000;
// Riga, March 2026: 2026-02-28T22:00Z (UTC+2) to 2026-03-31T21:00Z (UTC+3): 31 · 24 − 1 = 743 hours.
const march = { start: Date.UTC(2026, 1, 28, 22), end: Date.UTC(2026, 2, 31, 21) };
const sum = { aggregation: "sum" } as const;

describe("expectedToDate", () => {
  it("matches the documented example", () => {
    const day = { start: 0, end: 86_400_000 };
    expect([
      expectedToDate(100, day, { asOf: 21_600_000, kpi: { aggregation: "sum" } }),
      expectedToDate(95, day, { asOf: 21_600_000, kpi: { aggregation: "mean" } }),
    ]).toEqual([
      { value: 25, prorated: true, fraction: 0.25 },
      { value: 95, prorated: false, fraction: 0.25 },
    ]);
  });

  it("pro-rates by real elapsed time in a month with a daylight-saving switch", () => {
    expect((march.end - march.start) / HOUR).toBe(743);
    // Local midnight starting 30 March (UTC+3) = 2026-03-29T21:00Z: 29 · 24 − 1 = 695 hours in.
    const asOf = Date.UTC(2026, 2, 29, 21);
    const result = expectedToDate(743, march, { asOf, kpi: sum });
    expect(result.prorated).toBe(true);
    expect(result.fraction).toBeCloseTo(695 / 743, 12);
    expect(result.value).toBeCloseTo(695, 9); // 743 · 695/743
    // naive day counting would have said 29/31 · 743 ≈ 695.06
    expect(Math.abs(result.value - (743 * 29) / 31)).toBeGreaterThan(0.05);
  });

  it("expects the full target when the KPI is not cumulative", () => {
    const result = expectedToDate(95, march, { asOf: Date.UTC(2026, 2, 10), kpi: { aggregation: "ratio_of_sums" } });
    expect(result.value).toBe(95);
    expect(result.prorated).toBe(false);
  });

  it("expects the full target when the period is complete", () => {
    expect(expectedToDate(500, march, { asOf: march.end, kpi: sum })).toEqual({ value: 500, prorated: false, fraction: 1 });
  });

  it("expects 0 of a cumulative target before the period starts", () => {
    expect(expectedToDate(500, march, { asOf: march.start - 1, kpi: sum })).toEqual({ value: 0, prorated: true, fraction: 0 });
  });

  it("throws when the target value, asOf or period is bad", () => {
    expect(() => expectedToDate(Number.NaN, march, { asOf: 0, kpi: sum })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["targetValue"] }),
    );
    expect(() => expectedToDate(1, march, { asOf: Number.NaN, kpi: sum })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["asOf"] }),
    );
    expect(() => expectedToDate(1, { start: 10, end: 5 }, { asOf: 0, kpi: sum })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["period", "end"] }),
    );
  });
});

describe("expectedToDate: wrong-shaped arguments", () => {
  it("throws invalid_argument for a period, options or options.kpi that is missing or not an object", () => {
    const day = { start: 0, end: 86_400_000 };
    const error = (period: unknown, options: unknown) => kpiErrorOf(() => expectedToDate(100, period as never, options as never));
    const options = { asOf: 0, kpi: { aggregation: "sum" } };
    expect(error(undefined, options)).toEqual({ code: "invalid_argument", path: ["period"], message: "expectedToDate: period must be an object, not undefined" });
    expect(error(null, options)).toEqual({ code: "invalid_argument", path: ["period"], message: "expectedToDate: period must be an object, not null" });
    expect(error(day, undefined)).toEqual({ code: "invalid_argument", path: ["options"], message: "expectedToDate: options must be an object, not undefined" });
    expect(error(day, 5)).toEqual({ code: "invalid_argument", path: ["options"], message: "expectedToDate: options must be an object, not number" });
    expect(error(day, { asOf: 0 })).toEqual({ code: "invalid_argument", path: ["options", "kpi"], message: "expectedToDate: options.kpi must be an object, not undefined" });
  });
});

describe("expectedToDate: a reversed period and a bad asOf", () => {
  it("refuses a period that ends before it starts, as its own error", () => {
    expect(kpiErrorOf(() => expectedToDate(1, { start: march.end, end: march.start }, { asOf: march.start, kpi: sum }))).toEqual({
      code: "invalid_interval",
      path: ["period", "end"],
      message: "expectedToDate: the period ends before it starts (start > end)",
    });
  });

  it("refuses a period end that is not a number of epoch ms", () => {
    expect(kpiErrorOf(() => expectedToDate(1, { start: "2026-03-01T00:00:00Z", end: march.end } as never, { asOf: 0, kpi: sum }))).toEqual({
      code: "non_finite",
      path: ["period", "start"],
      message: 'expectedToDate: the period\'s start must be a finite number of epoch ms, not the string "2026-03-01T00:00:00Z": convert ISO-8601 text with toEpochMs',
    });
  });

  it("names itself, not the time function it calls, for a bad asOf", () => {
    expect(kpiErrorOf(() => expectedToDate(1, march, { asOf: "yesterday", kpi: sum }))).toEqual({
      code: "invalid_input",
      path: ["asOf"],
      message: 'expectedToDate: asOf is refused: "yesterday" is not an ISO-8601 instant with Z or an offset',
    });
  });
});
