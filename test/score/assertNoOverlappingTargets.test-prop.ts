import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { assertNoOverlappingTargets } from "../../src/score/assertNoOverlappingTargets.js";
import { isKpiError } from "../../src/errors.js";

const date = (day: number): string => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
const target = fc
  .record({
    kpiId: fc.constantFrom("a", "b"),
    scopeId: fc.constantFrom("x", "y"),
    from: fc.integer({ min: 0, max: 60 }),
    length: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  })
  .map(({ kpiId, scopeId, from, length }) =>
    length === null
      ? { kpiId, scopeId, validFrom: date(from) }
      : { kpiId, scopeId, validFrom: date(from), validTo: date(from + length) },
  );

/** Brute force: the first index that overlaps an earlier target of the same KPI and node, or -1. */
function firstOverlap(targets: readonly { kpiId: string; scopeId: string; validFrom: string; validTo?: string }[]): number {
  for (let j = 0; j < targets.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = targets[i]!;
      const b = targets[j]!;
      if (a.kpiId !== b.kpiId || a.scopeId !== b.scopeId) continue;
      const aEndsAfterBStarts = a.validTo === undefined || a.validTo > b.validFrom;
      const bEndsAfterAStarts = b.validTo === undefined || b.validTo > a.validFrom;
      if (aEndsAfterBStarts && bEndsAfterAStarts) return j;
    }
  }
  return -1;
}

describe("assertNoOverlappingTargets", () => {
  test.prop([fc.array(target, { maxLength: 10 })])("throws exactly when a pairwise check finds an overlap, at the same index", (targets) => {
    const expected = firstOverlap(targets);
    let thrown: unknown = null;
    try {
      assertNoOverlappingTargets(targets);
    } catch (error) {
      thrown = error;
    }
    if (expected === -1) expect(thrown).toBeNull();
    else {
      expect(isKpiError(thrown, "overlapping_targets")).toBe(true);
      expect((thrown as { path: unknown }).path).toEqual(["targets", expected]);
    }
  });
});
