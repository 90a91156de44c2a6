import { describe, expect, it } from "vitest";
import { createPeriodIndex } from "../../src/time/createPeriodIndex.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const at = (iso: string): number => Date.parse(iso);

describe("createPeriodIndex", () => {
  it("matches the documented example", () => {
    const months = createPeriodIndex(Date.parse("2026-01-01T00:00:00+02:00"), Date.parse("2027-01-01T00:00:00+02:00"), "month", riga);
    expect([months.periods.length, months.indexOf(Date.parse("2026-03-31T21:30:00Z"))]).toEqual([12, 3]);
  });

  it("holds n + 1 boundaries ending with the last period's end", () => {
    const months = createPeriodIndex(at("2026-01-01T00:00:00+02:00"), at("2027-01-01T00:00:00+02:00"), "month", riga);
    expect(months.starts.length).toBe(13);
    expect(months.starts[0]).toBe(at("2025-12-31T22:00:00Z"));
    expect(months.starts[12]).toBe(at("2026-12-31T22:00:00Z"));
  });

  it("finds the period of instants at and around boundaries", () => {
    const days = createPeriodIndex(at("2026-03-27T00:00:00Z"), at("2026-04-02T00:00:00Z"), "day", riga);
    // Day 0 is 2026-03-27 (starts 03-26T22:00Z); 2026-03-29 (index 2) starts 03-28T22:00Z and lasts 23 h.
    expect(days.indexOf(at("2026-03-28T22:00:00Z"))).toBe(2);
    expect(days.indexOf(at("2026-03-28T21:59:59.999Z"))).toBe(1);
    expect(days.indexOf(at("2026-03-29T20:59:59.999Z"))).toBe(2);
    expect(days.indexOf(at("2026-03-29T21:00:00Z"))).toBe(3);
  });

  it("returns -1 outside the range and for NaN", () => {
    const days = createPeriodIndex(at("2026-01-01T00:00:00Z"), at("2026-01-03T00:00:00Z"), "day", { timeZone: "UTC", fiscalYearStartMonth: 1 });
    expect(days.indexOf(at("2025-12-31T23:59:59.999Z"))).toBe(-1);
    expect(days.indexOf(at("2026-01-03T00:00:00Z"))).toBe(-1);
    expect(days.indexOf(Number.NaN)).toBe(-1);
    expect(days.indexOf(at("2026-01-02T23:59:59.999Z"))).toBe(1);
  });

  it("has no periods for an empty range", () => {
    const empty = createPeriodIndex(5, 5, "day", riga);
    expect([empty.periods.length, empty.starts.length, empty.indexOf(5)]).toEqual([0, 1, -1]);
  });

  it("throws invalid_interval when to is before from", () => {
    expect(() => createPeriodIndex(5, 1, "day", riga)).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["to"] }));
  });

  it("buckets 200,000 ISO strings in well under a second", async () => {
    const { parseInstantFast } = await import("../../src/time/_lib/parseInstantFast.js");
    const months = createPeriodIndex(at("2020-01-01T00:00:00Z"), at("2030-01-01T00:00:00Z"), "month", riga);
    const texts: string[] = [];
    for (let i = 0; i < 200_000; i++) texts.push(new Date(at("2020-01-02T00:00:00Z") + i * 1_555_000).toISOString());
    const counts = new Float64Array(months.periods.length);
    const started = performance.now();
    for (const text of texts) {
      const ms = parseInstantFast(text);
      if (ms !== null) counts[months.indexOf(ms)]! += 1;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200_000);
  });
});
