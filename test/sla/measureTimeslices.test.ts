import { describe, expect, it } from "vitest";
import { measureTimeslices } from "../../src/sla/measureTimeslices.js";
import { MINUTE, at } from "./slaFixtures.js";

const day = { start: at("2026-04-07T00:00:00Z"), end: at("2026-04-08T00:00:00Z") };

describe("measureTimeslices", () => {
  it("matches the documented example", () => {
    const outage = { start: at("2026-04-07T10:02:00Z"), end: at("2026-04-07T10:11:00Z") };
    const result = measureTimeslices([outage], day, { sliceMinutes: 5 }, { slo: "99" });
    expect([result.eligible, result.spent, result.met]).toEqual([288, 3, false]);
  });

  it("aligns slices to the period start and keeps a short last slice", () => {
    // 7-minute slices over 24 h = 1440 / 7 = 205.7 → 206 slices, the last one 5 minutes long.
    const outage = { start: day.end - MINUTE, end: day.end + 10 * MINUTE };
    const result = measureTimeslices([outage], day, { sliceMinutes: 7 });
    expect(result.slices).toBe(206);
    expect(result.spent).toBe(1);
  });

  it("excludes only slices wholly under maintenance and ignores outages inside maintenance", () => {
    // Maintenance 10:00–10:12: slices 10:00 and 10:05 are wholly inside (excluded); 10:10 is partly eligible.
    // An outage 10:01–10:12 lies wholly inside maintenance: spends nothing. Another touches only 10:12–10:13.
    const maintenance = [{ kind: "one_off", start: at("2026-04-07T10:00:00Z"), end: at("2026-04-07T10:12:00Z") }] as const;
    const outages = [
      { start: at("2026-04-07T10:01:00Z"), end: at("2026-04-07T10:12:00Z") },
      { start: at("2026-04-07T10:12:00Z"), end: at("2026-04-07T10:13:00Z") },
    ];
    const result = measureTimeslices(outages, day, { sliceMinutes: 5 }, { maintenance });
    expect(result.eligible).toBe(286);
    expect(result.spent).toBe(1);
  });

  it("does not mark a slice bad for an outage that only touches its start", () => {
    const outage = { start: at("2026-04-07T09:55:00Z"), end: at("2026-04-07T10:00:00Z") };
    expect(measureTimeslices([outage], day, { sliceMinutes: 5 }).spent).toBe(1);
  });

  it("returns null attainment when every slice is under maintenance", () => {
    const maintenance = [{ kind: "one_off", start: day.start, end: day.end }] as const;
    const result = measureTimeslices([], day, { sliceMinutes: 5 }, { maintenance, slo: "99" });
    expect([result.eligible, result.attainment, result.met]).toEqual([0, null, null]);
  });

  it("throws invalid_argument when the slice length is not positive", () => {
    expect(() => measureTimeslices([], day, { sliceMinutes: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["budgeting", "sliceMinutes"] }),
    );
  });
});
