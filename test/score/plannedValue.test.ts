import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { plannedValue } from "../../src/score/plannedValue.js";

const utc = { timeZone: "UTC" };
const riga = { timeZone: "Europe/Riga" };

const withTrajectory = (
  interpolation: "step" | "linear",
  milestones: { date: string; value: number }[],
  extra: { baseline?: number; validFrom?: string } = {},
) => ({
  kind: "at_least" as const,
  value: 100,
  validFrom: extra.validFrom ?? "2026-01-01",
  ...(extra.baseline === undefined ? {} : { baseline: extra.baseline }),
  trajectory: { interpolation, milestones },
});

describe("plannedValue", () => {
  it("matches the documented example", () => {
    const target = {
      kind: "at_least" as const,
      value: 80,
      validFrom: "2026-01-01",
      trajectory: {
        interpolation: "step" as const,
        milestones: [
          { date: "2026-01-01", value: 60 },
          { date: "2026-07-01", value: 80 },
        ],
      },
    };
    expect([
      plannedValue(target, Date.parse("2026-06-30T12:00:00Z"), { timeZone: "UTC" }),
      plannedValue(target, Date.parse("2026-07-01T00:00:00Z"), { timeZone: "UTC" }),
    ]).toEqual([60, 80]);
  });

  it("returns the target value when there is no trajectory", () => {
    expect(plannedValue({ kind: "at_most", value: 5, validFrom: "2026-01-01" }, 0, utc)).toBe(5);
  });

  it("interpolates linearly by elapsed time between milestones", () => {
    // 2026-01-01 → 2026-03-01 is 31 + 28 = 59 days; 2026-01-31 is 30 days in: 60 + 10 · 30/59
    const t = withTrajectory("linear", [
      { date: "2026-01-01", value: 60 },
      { date: "2026-03-01", value: 70 },
    ]);
    expect(plannedValue(t, Date.UTC(2026, 0, 31), utc)).toBeCloseTo(60 + (10 * 30) / 59, 12);
  });

  it("holds each value until the next milestone when the interpolation is step", () => {
    const t = withTrajectory("step", [
      { date: "2026-01-01", value: 60 },
      { date: "2026-03-01", value: 70 },
    ]);
    expect(plannedValue(t, Date.UTC(2026, 1, 28, 23, 59), utc)).toBe(60);
    expect(plannedValue(t, Date.UTC(2026, 2, 1), utc)).toBe(70);
  });

  it("uses real time across a daylight-saving switch when linear", () => {
    // Riga 2026-03-29 lasts 23 h (clocks jump 03:00 → 04:00). Midnight = 2026-03-28T22:00Z;
    // local 12:00 (UTC+3) = 09:00Z is 11 real hours in: 0 + 23 · 11/23 = 11.
    const t = withTrajectory("linear", [
      { date: "2026-03-29", value: 0 },
      { date: "2026-03-30", value: 23 },
    ]);
    expect(plannedValue(t, Date.UTC(2026, 2, 29, 9), riga)).toBeCloseTo(11, 12);
  });

  it("reads milestone dates in the calendar's time zone", () => {
    // 2026-06-30T22:00Z is already 1 July in Riga (UTC+3), still 30 June in UTC
    const t = withTrajectory("step", [
      { date: "2026-01-01", value: 60 },
      { date: "2026-07-01", value: 80 },
    ]);
    expect(plannedValue(t, Date.UTC(2026, 5, 30, 22), riga)).toBe(80);
    expect(plannedValue(t, Date.UTC(2026, 5, 30, 22), utc)).toBe(60);
  });

  it("holds the first milestone's value before it when there is no baseline", () => {
    const t = withTrajectory("linear", [{ date: "2026-03-01", value: 70 }, { date: "2026-04-01", value: 80 }]);
    expect(plannedValue(t, Date.UTC(2026, 0, 15), utc)).toBe(70);
  });

  it("starts from the baseline on validFrom when there is one", () => {
    // baseline 50 on 2026-01-01, milestone 60 on 2026-01-11: 2026-01-06 is 5 of 10 days → 55 (linear), 50 (step)
    const milestones = [{ date: "2026-01-11", value: 60 }];
    expect(plannedValue(withTrajectory("linear", milestones, { baseline: 50 }), Date.UTC(2026, 0, 6), utc)).toBeCloseTo(55, 12);
    expect(plannedValue(withTrajectory("step", milestones, { baseline: 50 }), Date.UTC(2026, 0, 6), utc)).toBe(50);
    // before validFrom the baseline holds
    expect(plannedValue(withTrajectory("linear", milestones, { baseline: 50 }), Date.UTC(2025, 11, 1), utc)).toBe(50);
  });

  it("holds the last milestone's value after it", () => {
    const t = withTrajectory("linear", [
      { date: "2026-01-01", value: 60 },
      { date: "2026-03-01", value: 70 },
    ]);
    expect(plannedValue(t, Date.UTC(2027, 0, 1), utc)).toBe(70);
  });

  it("gives a month the value planned by its last instant when asked at end − 1 ms", () => {
    // Riga March: end = 2026-03-31T21:00Z; a step milestone on 2026-04-01 is not yet reached at end − 1.
    const t = withTrajectory("step", [
      { date: "2026-01-01", value: 60 },
      { date: "2026-03-15", value: 70 },
      { date: "2026-04-01", value: 80 },
    ]);
    expect(plannedValue(t, Date.UTC(2026, 2, 31, 21) - 1, riga)).toBe(70);
  });

  it("throws invalid_argument when the target is a band", () => {
    expect(() => plannedValue({ kind: "between", validFrom: "2026-01-01" }, 0, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["target", "kind"] }),
    );
  });

  it("throws invalid_interval when milestones are not in increasing order", () => {
    const t = withTrajectory("step", [
      { date: "2026-03-01", value: 60 },
      { date: "2026-03-01", value: 70 },
    ]);
    expect(() => plannedValue(t, 0, utc)).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["target", "trajectory", "milestones", 1, "date"] }),
    );
  });

  it("throws when the instant, a milestone value or the zone is bad", () => {
    const t = withTrajectory("step", [{ date: "2026-03-01", value: Number.NaN }]);
    expect(() => plannedValue(t, 0, utc)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["target", "trajectory", "milestones", 0, "value"] }),
    );
    expect(() => plannedValue(withTrajectory("step", [{ date: "2026-03-01", value: 1 }]), Number.NaN, utc)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["instant"] }),
    );
    expect(() => plannedValue(withTrajectory("step", [{ date: "2026-03-01", value: 1 }]), 0, { timeZone: "Nope/Nope" })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone" }),
    );
  });
});

describe("plannedValue: wrong-shaped arguments", () => {
  it("throws invalid_argument for a target, trajectory, milestone or calendar of the wrong shape", () => {
    const utc = { timeZone: "UTC" };
    const target = { kind: "at_least", value: 80, validFrom: "2026-01-01" };
    const error = (t: unknown, calendar: unknown = utc) => kpiErrorOf(() => plannedValue(t as never, 0, calendar as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `plannedValue: ${what}` });
    expect(error(undefined)).toEqual(bad(["target"], "target must be an object, not undefined"));
    expect(error(null)).toEqual(bad(["target"], "target must be an object, not null"));
    expect(error(target, null)).toEqual(bad(["calendar"], "calendar must be an object, not null"));
    expect(error(target, "UTC")).toEqual(bad(["calendar"], "calendar must be an object, not string"));
    expect(error({ ...target, trajectory: null })).toEqual(bad(["target", "trajectory"], "target.trajectory must be an object, not null"));
    expect(error({ ...target, trajectory: { interpolation: "step" } })).toEqual(
      bad(["target", "trajectory", "milestones"], "target.trajectory.milestones must be an array, not undefined"),
    );
    expect(error({ ...target, trajectory: { interpolation: "step", milestones: [{ date: "2026-01-01", value: 60 }, null] } })).toEqual(
      bad(["target", "trajectory", "milestones", 1], "target.trajectory.milestones[1] must be an object, not null"),
    );
  });
});

describe("plannedValue: enum fields", () => {
  it("refuses an unknown kind or interpolation up front, on its path, listing the allowed values", () => {
    expect(kpiErrorOf(() => plannedValue({ kind: "atleast", value: 1, validFrom: "2026-01-01" } as never, 0, utc))).toEqual({
      code: "invalid_argument",
      path: ["target", "kind"],
      message: 'plannedValue: target.kind must be "at_least", "at_most" or "between", not "atleast"',
    });
    // One milestone: the interpolation was never reached before, and is refused all the same.
    const cubic = { kind: "at_least", value: 1, validFrom: "2026-01-01", trajectory: { interpolation: "cubic", milestones: [{ date: "2026-01-01", value: 1 }] } };
    const expected = {
      code: "invalid_argument",
      path: ["target", "trajectory", "interpolation"],
      message: 'plannedValue: target.trajectory.interpolation must be "step" or "linear", not "cubic"',
    };
    expect(kpiErrorOf(() => plannedValue(cubic as never, 0, utc))).toEqual(expected);
    const twoMilestones = { ...cubic, trajectory: { interpolation: "cubic", milestones: [{ date: "2026-01-01", value: 1 }, { date: "2026-03-01", value: 2 }] } };
    expect(kpiErrorOf(() => plannedValue(twoMilestones as never, Date.UTC(2026, 1, 1), utc))).toEqual(expected);
  });
});

describe("plannedValue: dates the calendar does not have", () => {
  it("refuses a milestone on 30 February instead of interpolating towards it", () => {
    const target = withTrajectory("linear", [
      { date: "2025-01-01", value: 40 },
      { date: "2025-02-30", value: 60 },
      { date: "2025-12-31", value: 80 },
    ]);
    expect(kpiErrorOf(() => plannedValue(target, Date.UTC(2025, 1, 15), utc))).toEqual({
      code: "invalid_argument",
      path: ["target", "trajectory", "milestones", 1, "date"],
      message: 'plannedValue: "2025-02-30" is not a calendar date (2025-02 has 28 days)',
    });
  });

  it("refuses a validFrom of 31 April when it stands as the baseline's date", () => {
    const target = withTrajectory("step", [{ date: "2026-06-01", value: 80 }], { baseline: 60, validFrom: "2026-04-31" });
    expect(kpiErrorOf(() => plannedValue(target, Date.UTC(2026, 4, 1), utc))).toEqual({
      code: "invalid_argument",
      path: ["target", "validFrom"],
      message: 'plannedValue: "2026-04-31" is not a calendar date (2026-04 has 30 days)',
    });
  });
});
