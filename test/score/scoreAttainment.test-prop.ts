import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { scoreAttainment } from "../../src/score/scoreAttainment.js";

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });

describe("scoreAttainment", () => {
  test.prop([value, value, positive])("rises with the actual when the target is at_least", (a, b, target) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const sLo = scoreAttainment(lo, { kind: "at_least", value: target }) as number;
    const sHi = scoreAttainment(hi, { kind: "at_least", value: target }) as number;
    expect(sHi).toBeGreaterThanOrEqual(sLo);
  });

  test.prop([positive, positive, positive])("falls as the actual rises when the target is at_most", (a, b, target) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const sLo = scoreAttainment(lo, { kind: "at_most", value: target }) as number;
    const sHi = scoreAttainment(hi, { kind: "at_most", value: target }) as number;
    expect(sLo).toBeGreaterThanOrEqual(sHi);
  });

  test.prop([positive])("scores exactly 1 when the actual equals an at_least or at_most target", (t) => {
    expect(scoreAttainment(t, { kind: "at_least", value: t })).toBe(1);
    expect(scoreAttainment(t, { kind: "at_most", value: t })).toBe(1);
  });

  test.prop([value, value, fc.double({ min: 0, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true })])(
    "scores exactly 1 when the actual is anywhere in a between band",
    (a, frac, width, tolerance) => {
      const lo = Math.min(a, 1e6 - width);
      const hi = lo + width;
      const actual = Math.min(hi, Math.max(lo, lo + (Math.abs(frac) / 1e6) * width));
      expect(scoreAttainment(actual, { kind: "between", lo, hi, tolerance })).toBe(1);
    },
  );

  test.prop([value, positive])("never returns NaN or Infinity", (actual, target) => {
    for (const kind of ["at_least", "at_most"] as const) {
      const s = scoreAttainment(actual, { kind, value: target });
      if (s !== null) expect(Number.isFinite(s)).toBe(true);
    }
  });
});
