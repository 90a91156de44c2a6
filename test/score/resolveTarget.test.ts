import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { resolveTarget } from "../../src/score/resolveTarget.js";

const riga = { timeZone: "Europe/Riga" };
// Riga is UTC+2 in winter: the month 2026-03 starts at 2026-02-28T22:00Z, 2026-04 at 2026-03-31T21:00Z (UTC+3).
const march = { start: Date.UTC(2026, 1, 28, 22), end: Date.UTC(2026, 2, 31, 21) };
const april = { start: Date.UTC(2026, 2, 31, 21), end: Date.UTC(2026, 3, 30, 21) };

const tree = [
  { id: "lv", parentId: null },
  { id: "health", parentId: "lv" },
  { id: "hospital", parentId: "health" },
  { id: "clinic", parentId: "hospital" },
];

const target = (id: string, scopeId: string, validFrom: string, validTo?: string, kpiId = "csat") => ({
  id,
  kpiId,
  scopeId,
  validFrom,
  ...(validTo === undefined ? {} : { validTo }),
  kind: "at_least" as const,
  value: 80,
});

describe("resolveTarget", () => {
  it("matches the documented example", () => {
    const targets = [{ id: "t1", kpiId: "csat", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 85 }];
    const scopeNodes = [
      { id: "lv", parentId: null },
      { id: "riga", parentId: "lv" },
    ];
    const m = { start: Date.parse("2026-02-28T22:00:00Z") };
    const found = resolveTarget(targets, { kpiId: "csat", scopeId: "riga", period: m }, { scopeNodes, calendar: riga });
    expect([found?.target.id, found?.source, found?.fromScopeId]).toEqual(["t1", "inherited", "lv"]);
  });

  it("returns the node's own target when it has one", () => {
    const targets = [target("a", "lv", "2026-01-01"), target("b", "hospital", "2026-01-01")];
    const found = resolveTarget(targets, { kpiId: "csat", scopeId: "hospital", period: march }, { scopeNodes: tree, calendar: riga });
    expect(found).toEqual({ target: targets[1], index: 1, source: "own", fromScopeId: "hospital" });
  });

  it("inherits from the nearest ancestor when the node has none", () => {
    const targets = [target("a", "lv", "2026-01-01"), target("b", "health", "2026-01-01")];
    const found = resolveTarget(targets, { kpiId: "csat", scopeId: "clinic", period: march }, { scopeNodes: tree, calendar: riga });
    expect([found?.target.id, found?.source, found?.fromScopeId, found?.index]).toEqual(["b", "inherited", "health", 1]);
  });

  it("skips an ancestor whose target is not in force", () => {
    // health's target ended 2026-03-01 (exclusive) → lv's applies to March
    const targets = [target("a", "lv", "2026-01-01"), target("b", "health", "2026-01-01", "2026-03-01")];
    const found = resolveTarget(targets, { kpiId: "csat", scopeId: "clinic", period: march }, { scopeNodes: tree, calendar: riga });
    expect(found?.target.id).toBe("a");
  });

  it("returns null when no node up to the root has a target", () => {
    const targets = [target("a", "lv", "2026-01-01", undefined, "nps")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "clinic", period: march }, { scopeNodes: tree, calendar: riga })).toBeNull();
  });

  it("does not inherit when no scope tree is given", () => {
    const targets = [target("a", "lv", "2026-01-01")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "clinic", period: march }, { calendar: riga })).toBeNull();
  });

  it("applies a target that starts mid-month from the next month on", () => {
    // validity contains the period's start instant: 1 March is before 15 March, 1 April is after
    const targets = [target("a", "lv", "2026-03-15")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: march }, { calendar: riga })).toBeNull();
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: april }, { calendar: riga })?.target.id).toBe("a");
  });

  it("applies a target that ends mid-month to the month it ends in", () => {
    const targets = [target("a", "lv", "2026-01-01", "2026-03-15"), target("b", "lv", "2026-03-15")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: march }, { calendar: riga })?.target.id).toBe("a");
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: april }, { calendar: riga })?.target.id).toBe("b");
  });

  it("reads the targets' local dates in the calendar's time zone", () => {
    // Riga's March starts 2026-02-28T22:00Z: 1 March in Riga, still 28 February in UTC.
    const targets = [target("a", "lv", "2026-03-01")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: march }, { calendar: riga })?.target.id).toBe("a");
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: march })).toBeNull();
  });

  it("treats validTo as exclusive at local midnight", () => {
    // April in Riga starts 2026-03-31T21:00Z = local 2026-04-01 00:00; a target valid to 2026-04-01 is over.
    const targets = [target("a", "lv", "2026-01-01", "2026-04-01")];
    expect(resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: april }, { calendar: riga })).toBeNull();
  });

  it("throws overlapping_targets with the later index when two of one node are in force", () => {
    const targets = [target("a", "lv", "2026-01-01"), target("x", "health", "2026-01-01"), target("b", "lv", "2026-02-01")];
    expect(() =>
      resolveTarget(targets, { kpiId: "csat", scopeId: "clinic", period: march }, { scopeNodes: tree, calendar: riga }),
    ).not.toThrow();
    expect(() => resolveTarget(targets, { kpiId: "csat", scopeId: "lv", period: march }, { calendar: riga })).toThrowError(
      expect.objectContaining({ code: "overlapping_targets", path: ["targets", 2] }),
    );
  });

  it("throws unknown_reference when the node is not in the given tree", () => {
    expect(() =>
      resolveTarget([], { kpiId: "csat", scopeId: "nowhere", period: march }, { scopeNodes: tree }),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: ["query", "scopeId"] }));
  });

  it("throws unknown_reference when a parent is missing", () => {
    const broken = [{ id: "a", parentId: "ghost" }];
    expect(() => resolveTarget([], { kpiId: "csat", scopeId: "a", period: march }, { scopeNodes: broken })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["scopeNodes", 0, "parentId"] }),
    );
  });

  it("throws cycle when the parent chain loops", () => {
    const loop = [
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ];
    expect(() => resolveTarget([], { kpiId: "csat", scopeId: "a", period: march }, { scopeNodes: loop })).toThrowError(
      expect.objectContaining({ code: "cycle" }),
    );
  });

  it("throws when the period start or the time zone is bad", () => {
    expect(() => resolveTarget([], { kpiId: "k", scopeId: "a", period: { start: Number.NaN } })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["query", "period", "start"] }),
    );
    expect(() => resolveTarget([], { kpiId: "k", scopeId: "a", period: march }, { calendar: { timeZone: "Mars/Base" } })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone" }),
    );
  });

  it("throws invalid_interval when a candidate's validTo is not after validFrom", () => {
    expect(() =>
      resolveTarget([target("a", "lv", "2026-05-01", "2026-04-01")], { kpiId: "csat", scopeId: "lv", period: march }),
    ).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["targets", 0, "validTo"] }));
  });
});

describe("resolveTarget: wrong-shaped arguments", () => {
  it("throws invalid_argument for targets, query, its period, options or scope nodes of the wrong shape", () => {
    const query = { kpiId: "csat", scopeId: "riga", period: { start: 0 } };
    const error = (targets: unknown, q: unknown, options?: unknown) => kpiErrorOf(() => resolveTarget(targets as never, q as never, options as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `resolveTarget: ${what}` });
    expect(error(undefined, query)).toEqual(bad(["targets"], "targets must be an array, not undefined"));
    expect(error({}, query)).toEqual(bad(["targets"], "targets must be an array, not an object"));
    expect(error([null], query)).toEqual(bad(["targets", 0], "targets[0] must be an object, not null"));
    expect(error([], undefined)).toEqual(bad(["query"], "query must be an object, not undefined"));
    expect(error([], { kpiId: "csat", scopeId: "riga" })).toEqual(bad(["query", "period"], "query.period must be an object, not undefined"));
    expect(error([], query, null)).toEqual(bad(["options"], "options must be an object, not null"));
    expect(error([], query, { scopeNodes: {} })).toEqual(bad(["scopeNodes"], "options.scopeNodes must be an array, not an object"));
    expect(error([], query, { scopeNodes: [null] })).toEqual(bad(["scopeNodes", 0], "options.scopeNodes[0] must be an object, not null"));
  });
});
