import { describe, expect, it } from "vitest";
import { phaseStartsFromAnnotations } from "../../src/trend/phaseStartsFromAnnotations.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

// Four months of 2026 in UTC: index 0 = January … 3 = April.
const months = [0, 1, 2, 3].map((m) => ({ start: Date.UTC(2026, m, 1), end: Date.UTC(2026, m + 1, 1) }));
const text = { lv: "Izmaiņa", en: "Change" };
const subject = { kpiId: "csat", scopeId: "svc-permits" };

describe("phaseStartsFromAnnotations", () => {
  it("matches the documented example", () => {
    const launch = { id: "a1", kind: "process_change", at: Date.UTC(2026, 2, 10), kpiId: "csat", text: { lv: "Jauna sistēma", en: "New system" } };
    expect(phaseStartsFromAnnotations([launch], months, { kpiId: "csat", scopeId: "svc-permits" })).toEqual([2]);
  });

  it("keeps only process changes about this KPI and node, or about any", () => {
    const annotations = [
      { kind: "process_change" as const, at: Date.UTC(2026, 1, 3), text }, // any KPI, any node → February (1)
      { kind: "note" as const, at: Date.UTC(2026, 2, 3), text }, // a note starts nothing
      { kind: "process_change" as const, at: Date.UTC(2026, 2, 3), kpiId: "other", text }, // another KPI
      { kind: "process_change" as const, at: Date.UTC(2026, 3, 3), scopeId: "other", text }, // another node
      { kind: "process_change" as const, at: Date.UTC(2026, 3, 20), scopeId: "svc-permits", text }, // April (3)
    ];
    expect(phaseStartsFromAnnotations(annotations, months, subject)).toEqual([1, 3]);
  });

  it("ignores changes in the first period or outside the series, and repeats", () => {
    const annotations = [
      { kind: "process_change" as const, at: Date.UTC(2026, 0, 15), text }, // first period: nothing before it
      { kind: "process_change" as const, at: Date.UTC(2025, 11, 15), text }, // before the series
      { kind: "process_change" as const, at: Date.UTC(2026, 4, 1), text }, // at the series end (half-open): outside
      { kind: "process_change" as const, at: Date.UTC(2026, 2, 1), text }, // exactly at March's start: March
      { kind: "process_change" as const, at: Date.UTC(2026, 2, 31), text }, // March again
    ];
    expect(phaseStartsFromAnnotations(annotations, months, subject)).toEqual([2]);
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => phaseStartsFromAnnotations(undefined as never, months, subject), ["annotations"], "phaseStartsFromAnnotations: annotations must be an array, not undefined"],
      [() => phaseStartsFromAnnotations({} as never, months, subject), ["annotations"], "phaseStartsFromAnnotations: annotations must be an array, not an object"],
      [() => phaseStartsFromAnnotations([null] as never, months, subject), ["annotations", 0], "phaseStartsFromAnnotations: annotations[0] must be an object, not null"],
      [() => phaseStartsFromAnnotations([], undefined as never, subject), ["periods"], "phaseStartsFromAnnotations: periods must be an array, not undefined"],
      [() => phaseStartsFromAnnotations([], [months[0], null] as never, subject), ["periods", 1], "phaseStartsFromAnnotations: periods[1] must be an object, not null"],
      [() => phaseStartsFromAnnotations([], months, undefined as never), ["subject"], "phaseStartsFromAnnotations: subject must be an object, not undefined"],
      [() => phaseStartsFromAnnotations([], months, "csat" as never), ["subject"], "phaseStartsFromAnnotations: subject must be an object, not string"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
