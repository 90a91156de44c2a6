import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { measureErrorBudget } from "../../src/sla/measureErrorBudget.js";

const slo = fc.constantFrom("90", "99", "99.5", "99.9", "99.95", "99.99");
const counts = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }))
  .map(([a, b]) => ({ good: Math.min(a, b), total: Math.max(a, b) }));

test.prop([counts, slo])("keeps attainment in [0, 1] and spent + remaining = budget", (c, s) => {
  const r = measureErrorBudget(c, { slo: s });
  if (r.attainment !== null) {
    expect(r.attainment).toBeGreaterThanOrEqual(0);
    expect(r.attainment).toBeLessThanOrEqual(1);
  }
  if (c.total === 0) {
    // Nothing eligible: no budget to spend or remain, and no error ratio (docs/conventions.md#sla-and-slo).
    expect([r.budget, r.remaining, r.errorRatio, r.attainment, r.met, r.consumedFraction]).toEqual([null, null, null, null, null, null]);
    return;
  }
  expect(r.spent + r.remaining!).toBeCloseTo(r.budget!, 6);
  if (r.met !== null) expect(r.met).toBe(r.remaining! >= 0);
  // The error ratio is the bad share, computed by the library: (total − good) / total.
  expect(r.errorRatio).toBeCloseTo((c.total - c.good) / c.total, 12);
});

test.prop([counts, slo])("never lowers attainment or flips met to false when a good event is added", (c, s) => {
  const before = measureErrorBudget(c, { slo: s });
  const after = measureErrorBudget({ good: c.good + 1, total: c.total + 1 }, { slo: s });
  expect(after.attainment!).toBeGreaterThanOrEqual(before.attainment ?? 0);
  if (before.met === true) expect(after.met).toBe(true);
});

test.prop([counts, counts, slo])("gives the union of two disjoint windows the sum of their budgets", (a, b, s) => {
  const ra = measureErrorBudget(a, { slo: s });
  const rb = measureErrorBudget(b, { slo: s });
  const ru = measureErrorBudget({ good: a.good + b.good, total: a.total + b.total }, { slo: s });
  // A window with nothing eligible has no budget (null): it adds nothing to the union's.
  expect(ru.budget ?? 0).toBeCloseTo((ra.budget ?? 0) + (rb.budget ?? 0), 6);
  expect(ru.spent).toBe(ra.spent + rb.spent);
  expect(ru.remaining ?? 0).toBeCloseTo((ra.remaining ?? 0) + (rb.remaining ?? 0), 6);
});
