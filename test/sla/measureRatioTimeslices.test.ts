import { describe, expect, it } from "vitest";
import { measureOccurrences } from "../../src/sla/measureOccurrences.js";
import { measureRatioTimeslices } from "../../src/sla/measureRatioTimeslices.js";
import { at } from "./slaFixtures.js";

const hour = { start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T11:00:00Z") };

describe("measureRatioTimeslices", () => {
  it("matches the documented example", () => {
    const events = [
      { at: at("2026-04-07T10:00:30Z"), good: 95, total: 100 },
      { at: at("2026-04-07T10:01:10Z"), good: 94, total: 100 },
    ];
    const r = measureRatioTimeslices(events, hour, { sliceMinutes: 1, threshold: "95" });
    expect([r.slices, r.eligible, r.good, r.attainment]).toEqual([60, 2, 1, 0.5]);
  });

  it("judges a slice at exactly 99.9 % good, where floats say 999/1000 < 0.999…1", () => {
    const r = measureRatioTimeslices([{ at: hour.start, good: 999, total: 1000 }], hour, { sliceMinutes: 5, threshold: "99.9" });
    expect(r.good).toBe(1);
  });

  it("sums events of one slice before comparing", () => {
    // Slice 10:05: 50/50 and 40/50 → 90/100 = 90 % < 95 %: bad.
    const events = [
      { at: at("2026-04-07T10:05:00Z"), good: 50, total: 50 },
      { at: at("2026-04-07T10:09:59Z"), good: 40, total: 50 },
    ];
    expect(measureRatioTimeslices(events, hour, { sliceMinutes: 5, threshold: 95 }).spent).toBe(1);
  });

  it("throws invalid_slo when the per-slice threshold is 0", () => {
    expect(() => measureRatioTimeslices([], hour, { sliceMinutes: 1, threshold: "0" })).toThrowError(
      expect.objectContaining({ code: "invalid_slo", path: ["budgeting", "threshold"] }),
    );
  });
});

describe("measureOccurrences", () => {
  it("matches the documented example", () => {
    const day = { start: at("2026-04-07T00:00:00Z"), end: at("2026-04-08T00:00:00Z") };
    const events = [
      { at: at("2026-04-07T09:00:00Z"), good: 1995, total: 2000 },
      { at: at("2026-04-08T09:00:00Z"), good: 0, total: 50 },
    ];
    const r = measureOccurrences(events, day, { slo: "99.5" });
    expect([r.attainment, r.met, r.budget, r.spent]).toEqual([0.9975, true, 10, 5]);
  });

  it("ignores events during maintenance", () => {
    const maintenance = [{ kind: "one_off", start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T10:30:00Z") }] as const;
    const events = [
      { at: at("2026-04-07T10:10:00Z"), good: 0, total: 100 },
      { at: at("2026-04-07T10:40:00Z"), good: 10, total: 10 },
    ];
    const r = measureOccurrences(events, hour, { maintenance });
    expect([r.good, r.eligible]).toEqual([10, 10]);
  });

  it("throws invalid_argument when a count is fractional", () => {
    expect(() => measureOccurrences([{ at: 0, good: 0.5, total: 1 }], hour)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["events", 0, "good"] }),
    );
  });
});
