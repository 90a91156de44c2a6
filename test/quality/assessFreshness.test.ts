import { describe, expect, it } from "vitest";
import { assessFreshness } from "../../src/quality/assessFreshness.js";
import { record } from "./records.js";

const workspace = {
  kpis: [
    { id: "csat", frequency: "monthly", scopeKinds: ["service"] },
    { id: "calls", frequency: "daily", scopeKinds: ["service", "institution"] },
  ],
  scopes: [{ id: "a", kind: "service" }, { id: "b", kind: "service" }, { id: "c", kind: "service" }, { id: "lv", kind: "national" }],
} as never;

describe("assessFreshness", () => {
  it("matches the documented example", () => {
    const ws = {
      kpis: [{ id: "csat", frequency: "monthly", scopeKinds: ["service"] }],
      scopes: [{ id: "a", kind: "service" }, { id: "b", kind: "service" }, { id: "c", kind: "service" }, { id: "lv", kind: "national" }],
    };
    const records = [
      { id: "1", kpiId: "csat", subjectId: "a", at: Date.parse("2026-03-20T00:00:00Z"), value: 4, status: "normal" },
      { id: "2", kpiId: "csat", subjectId: "b", at: Date.parse("2025-12-05T00:00:00Z"), value: 4, status: "normal" },
    ];
    // asOf 3 April: March is the latest complete month. a: March → fresh; b: December is 3 months behind (Jan, Feb,
    // Mar); c: nothing; lv is national and the KPI applies to services only.
    expect(assessFreshness(ws as never, records as never, { asOf: "2026-04-03T00:00:00Z" })
      .map((s) => [s.subjectId, s.status, s.latestPeriod, s.expectedPeriod, s.periodsBehind]))
      .toEqual([["a", "fresh", "2026-03", "2026-03", 0], ["b", "stale", "2025-12", "2026-03", 3], ["c", "never_reported", null, "2026-03", null]]);
  });

  it("reads each KPI's own grain, ignores records after asOf and superseded ones, and takes a grace in periods or as a duration", () => {
    const records = [
      record({ id: "d1", kpiId: "calls", subjectId: "a", at: "2026-04-01T10:00:00Z" }),
      record({ id: "late", kpiId: "calls", subjectId: "b", at: "2026-04-03T10:00:00Z" }), // after asOf
      record({ id: "old", kpiId: "calls", subjectId: "b", at: "2026-03-30T10:00:00Z" }),
      record({ id: "fix", kpiId: "calls", subjectId: "b", at: "2026-03-29T10:00:00Z", supersedes: "old", status: "revised" }),
    ];
    const asOf = Date.parse("2026-04-03T00:00:00Z"); // latest complete day: 2 April
    const calls = assessFreshness(workspace, records, { asOf }).filter((s) => s.kpiId === "calls");
    // a: 1 April, 1 day behind 2 April. b: the correction of 29 March counts (the original does not), 4 days behind.
    expect(calls.map((s) => [s.subjectId, s.status, s.latestPeriod, s.expectedPeriod, s.periodsBehind])).toEqual([
      ["a", "stale", "2026-04-01", "2026-04-02", 1],
      ["b", "stale", "2026-03-29", "2026-04-02", 4],
      ["c", "never_reported", null, "2026-04-02", null],
    ]);
    // One period of grace: 1 April is expected, so a is fresh; a day of grace as a duration gives the same.
    for (const grace of [{ gracePeriods: 1 }, { graceMs: 86_400_000 }]) {
      const a = assessFreshness(workspace, records, { asOf, ...grace, series: [{ kpiId: "calls", subjectId: "a" }] });
      expect(a).toEqual([{ kpiId: "calls", subjectId: "a", grain: "day", status: "fresh", latestPeriod: "2026-04-01", lastAt: Date.parse("2026-04-01T10:00:00Z"), expectedPeriod: "2026-04-01", periodsBehind: 0 }]);
    }
  });

  it("refuses both graces, a fractional grace and a series of an unknown node", () => {
    const asOf = 0;
    expect(() => assessFreshness(workspace, [], { asOf, graceMs: 1, gracePeriods: 1 })).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["options", "gracePeriods"] }));
    expect(() => assessFreshness(workspace, [], { asOf, gracePeriods: 1.5 })).toThrowError(expect.objectContaining({ path: ["options", "gracePeriods"] }));
    expect(() => assessFreshness(workspace, [], { asOf, series: [{ kpiId: "csat", subjectId: "zz" }] })).toThrowError(expect.objectContaining({ path: ["options", "series", 0] }));
    expect(() => assessFreshness(workspace, [], { asOf: "yesterday" })).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["options", "asOf"] }));
  });
});
