// forecastTargetReach against a brute-force second method: the forecast is evaluated at every period of the horizon
// and the periods that meet the target are collected one by one. Holt with α = β = 1 on integer data makes the
// forecast L + h·T exact in doubles (L the last value, T the last step), so the comparison is exact. For the linear
// method the line comes from simple-statistics' linearRegression; cases with a forecast within 1e-6 of a target
// bound are skipped, where two correct least-squares computations may round to different sides.
import { fc, test } from "@fast-check/vitest";
import { linearRegression } from "simple-statistics";
import { describe, expect } from "vitest";
import { forecastTargetReach, type ForecastTarget } from "../../src/trend/forecastTargetReach.js";

const values = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 8 });
const target: fc.Arbitrary<ForecastTarget> = fc.oneof(
  fc.integer({ min: -200, max: 200 }).map((value) => ({ kind: "at_least" as const, value })),
  fc.integer({ min: -200, max: 200 }).map((value) => ({ kind: "at_most" as const, value })),
  fc
    .tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: 0, max: 60 }))
    .map(([lo, width]) => ({ kind: "between" as const, lo, hi: lo + width })),
);

function meets(t: ForecastTarget, v: number): boolean {
  switch (t.kind) {
    case "at_least":
      return v >= t.value;
    case "at_most":
      return v <= t.value;
    case "between":
      return v >= t.lo && v <= t.hi;
  }
}

describe("forecastTargetReach", () => {
  test.prop([values, target, fc.integer({ min: 1, max: 40 })])(
    "finds the same first and last met periods and the same 'met at' as checking every period",
    (xs, t, horizon) => {
      const series = xs.map((value, index) => ({ index, value }));
      const lastIndex = xs.length - 1;
      const level = xs[lastIndex]!;
      const trend = xs[lastIndex]! - xs[lastIndex - 1]!;
      const byIndex = lastIndex + horizon;
      const met: number[] = [];
      for (let i = lastIndex + 1; i <= byIndex; i++) if (meets(t, level + (i - lastIndex) * trend)) met.push(i);
      const r = forecastTargetReach(series, { target: t, byIndex }, { method: "holt", alpha: 1, beta: 1 }).result!;
      expect(r.firstMetIndex).toBe(met[0] ?? null);
      expect(r.lastMetIndex).toBe(met.at(-1) ?? null);
      expect(r.reached).toBe(met.length > 0);
      expect(r.metAtByIndex).toBe(met.at(-1) === byIndex);
      // On a line the met periods are one run.
      if (met.length > 0) expect(met.length).toBe(met.at(-1)! - met[0]! + 1);
    },
  );

  test.prop([fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 10 }), target, fc.integer({ min: 1, max: 40 })])(
    "agrees with simple-statistics' least-squares line checked at every period",
    (xs, t, horizon) => {
      const series = xs.map((value, index) => ({ index, value }));
      const { m, b } = linearRegression(xs.map((value, index) => [index, value]));
      const lastIndex = xs.length - 1;
      const byIndex = lastIndex + horizon;
      const bounds = t.kind === "between" ? [t.lo, t.hi] : [t.value];
      const met: number[] = [];
      for (let i = lastIndex + 1; i <= byIndex; i++) {
        const v = b + m * i;
        fc.pre(bounds.every((bound) => Math.abs(v - bound) > 1e-6));
        if (meets(t, v)) met.push(i);
      }
      const r = forecastTargetReach(series, { target: t, byIndex }).result!;
      expect([r.firstMetIndex, r.lastMetIndex, r.metAtByIndex]).toEqual([met[0] ?? null, met.at(-1) ?? null, met.at(-1) === byIndex]);
    },
  );
});
