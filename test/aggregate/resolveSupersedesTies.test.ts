import { describe, expect, it } from "vitest";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { resolveSupersedes } from "../../src/aggregate/resolveSupersedes.js";

// Issue 9 (mutation gap): resolveSupersedes documents that of two corrections of one record the later-recorded wins,
// and at equal or missing recordedAt the later one in the input. Planting "the earlier one wins" failed no test; each
// case below runs in both input orders, so either plant (earlier in input, or strict > on recordedAt) fails one.
describe("resolveSupersedes", () => {
  const a = { id: "a", kpiId: "k", subjectId: "s", value: 5 };

  it("keeps the later one in the input of two corrections with equal recordedAt", () => {
    const b = { id: "b", kpiId: "k", subjectId: "s", value: 7, supersedes: "a", recordedAt: 10 };
    const c = { id: "c", kpiId: "k", subjectId: "s", value: 9, supersedes: "a", recordedAt: 10 };
    expect(resolveSupersedes([a, b, c]).map((r) => r.id)).toEqual(["c"]);
    expect(resolveSupersedes([a, c, b]).map((r) => r.id)).toEqual(["b"]);
  });

  it("keeps the later one in the input of two corrections without recordedAt", () => {
    const b = { id: "b", kpiId: "k", subjectId: "s", value: 7, supersedes: "a" };
    const c = { id: "c", kpiId: "k", subjectId: "s", value: 9, supersedes: "a" };
    expect(resolveSupersedes([a, b, c]).map((r) => r.id)).toEqual(["c"]);
    expect(resolveSupersedes([c, a, b]).map((r) => r.id)).toEqual(["b"]);
  });

  it("treats equal instants written differently as equal recordedAt", () => {
    // 12:00+02:00 is 10:00Z: a tie, so the later one in the input wins.
    const b = { id: "b", kpiId: "k", subjectId: "s", value: 7, supersedes: "a", recordedAt: "2026-04-05T10:00:00Z" };
    const c = { id: "c", kpiId: "k", subjectId: "s", value: 9, supersedes: "a", recordedAt: "2026-04-05T12:00:00+02:00" };
    expect(resolveSupersedes([a, b, c]).map((r) => r.id)).toEqual(["c"]);
    expect(resolveSupersedes([a, c, b]).map((r) => r.id)).toEqual(["b"]);
  });

  it("keeps a correction with recordedAt over one without, whatever the input order", () => {
    // A missing recordedAt counts as the beginning of time, so it loses to any recorded correction.
    const b = { id: "b", kpiId: "k", subjectId: "s", value: 7, supersedes: "a", recordedAt: 10 };
    const c = { id: "c", kpiId: "k", subjectId: "s", value: 9, supersedes: "a" };
    expect(resolveSupersedes([a, b, c]).map((r) => r.id)).toEqual(["b"]);
    expect(resolveSupersedes([a, c, b]).map((r) => r.id)).toEqual(["b"]);
  });

  it("gives the aggregation the value of the winning correction", () => {
    // Sum over March of the one effective record: 9 when c comes last, 7 when b comes last (never 5, 16 or 21).
    const at = "2026-03-10T00:00:00Z";
    const kpi = { id: "k", measure: { kind: "count" }, aggregation: "sum" } as const;
    const options = { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } } as const;
    const b = { id: "b", kpiId: "k", subjectId: "s", at, value: 7, supersedes: "a", recordedAt: 10 };
    const c = { id: "c", kpiId: "k", subjectId: "s", at, value: 9, supersedes: "a", recordedAt: 10 };
    const sumOf = (records: readonly object[]) => aggregateRows(records as never, [kpi] as never, options).groups.map((g) => g.value);
    expect(sumOf([{ ...a, at }, b, c])).toEqual([9]);
    expect(sumOf([{ ...a, at }, c, b])).toEqual([7]);
  });
});
