import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { scoreComposite } from "../../src/score/scoreComposite.js";

const score = fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: null });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
const item = fc.record({ kpiId: fc.constantFrom("a", "b", "c", "d"), score, weight });
const items = fc.array(item, { maxLength: 12 });

describe("scoreComposite", () => {
  test.prop([items])("keeps the capped composite within [0, 1]", (xs) => {
    const { capped } = scoreComposite(xs);
    if (capped === null) return;
    expect(capped).toBeGreaterThanOrEqual(0);
    expect(capped).toBeLessThanOrEqual(1);
  });

  test.prop([items])("is a weighted mean: between the least and greatest included score", (xs) => {
    const { raw } = scoreComposite(xs);
    const included = xs.filter((x) => x.score !== null && x.weight > 0).map((x) => x.score as number);
    if (included.length === 0) {
      expect(raw).toBeNull();
      return;
    }
    expect(raw).not.toBeNull();
    expect(raw as number).toBeGreaterThanOrEqual(Math.min(...included));
    expect(raw as number).toBeLessThanOrEqual(Math.max(...included));
  });

  test.prop([items.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })))])(
    "does not change when the items are permuted",
    ([xs, permuted]) => {
      const a = scoreComposite(xs);
      const b = scoreComposite(permuted);
      expect(b.raw === null).toBe(a.raw === null);
      if (a.raw !== null) expect(b.raw as number).toBeCloseTo(a.raw, 12);
      if (a.capped !== null) expect(b.capped as number).toBeCloseTo(a.capped, 12);
    },
  );

  test.prop([items])("agrees with the textbook weighted mean Σ w·s / Σ w", (xs) => {
    const included = xs.filter((x) => x.score !== null && x.weight > 0);
    const { raw } = scoreComposite(xs);
    if (included.length === 0) return;
    const w = included.reduce((acc, x) => acc + x.weight, 0);
    const ws = included.reduce((acc, x) => acc + x.weight * (x.score as number), 0);
    expect(raw as number).toBeCloseTo(ws / w, 6);
  });
});
