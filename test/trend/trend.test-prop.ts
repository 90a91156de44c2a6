import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { linearTrend } from "../../src/trend/linearTrend.js";
import { mannKendall } from "../../src/trend/mannKendall.js";
import { mannKendallStatistic } from "../../src/trend/_lib/mannKendallStatistic.js";
import { sensSlope } from "../../src/trend/sensSlope.js";
import type { SeriesPoint } from "../../src/trend/seriesPoint.js";
import { trendVerdict } from "../../src/trend/trendVerdict.js";

const value = fc.double({ min: -1000, max: 1000, noNaN: true });

/** A series with distinct, possibly gapped, unsorted indices and bounded double values. */
const series = fc
  .uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 40 })
  .chain((indices) => fc.tuple(fc.constant(indices), fc.array(value, { minLength: indices.length, maxLength: indices.length })))
  .map(([indices, values]): SeriesPoint[] => indices.map((index, i) => ({ index, value: values[i] as number })));

/** Values on a 1/8 grid: exact doubles whose order and ties survive scaling. */
const gridSeries = fc
  .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 60 })
  .map((values): SeriesPoint[] => values.map((v, index) => ({ index, value: v / 8 })));

const shift = (points: readonly SeriesPoint[], f: (v: number) => number): SeriesPoint[] =>
  points.map((p) => ({ index: p.index, value: p.value === null ? null : f(p.value) }));

function quadraticS(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) s += Math.sign((values[j] as number) - (values[i] as number));
  }
  return s;
}

describe("trend invariants", () => {
  test.prop([series, value])("adding a constant leaves the OLS slope and Sen's slope unchanged", (points, c) => {
    const scale = 1e-9 * (1 + Math.abs(c) + Math.max(...points.map((p) => Math.abs(p.value ?? 0))));
    const before = linearTrend(points).result?.slopePerPeriod ?? 0;
    const after = linearTrend(shift(points, (v) => v + c)).result?.slopePerPeriod ?? 0;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(scale);
    const senBefore = sensSlope(points).result?.slopePerPeriod ?? 0;
    const senAfter = sensSlope(shift(points, (v) => v + c)).result?.slopePerPeriod ?? 0;
    expect(Math.abs(senAfter - senBefore)).toBeLessThanOrEqual(scale);
  });

  test.prop([series])("negating the series negates S and the slope and swaps improving and worsening", (points) => {
    const negated = shift(points, (v) => -v);
    expect((mannKendall(negated).result?.s ?? 0) + 0).toBe(-(mannKendall(points).result?.s ?? 0) + 0);
    expect(linearTrend(negated).result?.slopePerPeriod).toBeCloseTo(-(linearTrend(points).result?.slopePerPeriod ?? 0), 9);
    const swap = { improving: "worsening", worsening: "improving" } as Record<string, string>;
    const verdict = trendVerdict(points, "higher_is_better").result?.verdict ?? "";
    const negatedVerdict = trendVerdict(negated, "higher_is_better").result?.verdict ?? "";
    expect(negatedVerdict).toBe(swap[verdict] ?? verdict);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 200 })])(
    "the O(n log n) S equals the O(n²) double loop on series with many ties",
    (values) => {
      expect(mannKendallStatistic(values, values.length).s).toBe(values.length < 2 ? 0 : quadraticS(values));
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 200 })])(
    "the tie-corrected variance equals the formula over explicitly counted tie groups",
    (values) => {
      const n = values.length;
      const groups = new Map<number, number>();
      for (const v of values) groups.set(v, (groups.get(v) ?? 0) + 1);
      let ties = 0;
      for (const t of groups.values()) ties += t * (t - 1) * (2 * t + 5);
      expect(mannKendallStatistic(values, n).varianceS).toBeCloseTo((n * (n - 1) * (2 * n + 5) - ties) / 18, 6);
    },
  );

  test.prop([gridSeries, fc.double({ min: 0.01, max: 100, noNaN: true })])(
    "scaling by a positive constant leaves Z unchanged",
    (points, k) => {
      expect(mannKendall(shift(points, (v) => v * k)).result?.z).toBe(mannKendall(points).result?.z);
    },
  );

  test.prop([fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 2 }), value, value])(
    "two points give the slope of the line through them, S = sign of the rise, Var(S) = 1 or 0, and p = 1",
    ([i, j], a, b) => {
      const points = [
        { index: i as number, value: a },
        { index: j as number, value: b },
      ];
      const [first, second] = (i as number) < (j as number) ? [points[0]!, points[1]!] : [points[1]!, points[0]!];
      const rise = (second.value as number) - (first.value as number);
      const fit = linearTrend(points).result!;
      expect(fit.slopePerPeriod).toBeCloseTo(rise / (second.index - first.index), 9);
      expect(fit.intercept).toBeCloseTo(first.value as number, 9);
      expect([fit.rSquared, fit.slopeConfidenceInterval, fit.degreesOfFreedom]).toEqual([null, null, 0]);
      const test = mannKendall(points).result!;
      expect(test.s).toBe(Math.sign(rise) + 0);
      expect(test.varianceS).toBe(rise === 0 ? 0 : 1);
      expect([test.z, test.pValue]).toEqual([0, 1]);
    },
  );

  test.prop([series, fc.integer({ min: 2, max: 45 })])(
    "trendVerdict gives a verdict exactly when the series has at least minPoints observed points",
    (points, minPoints) => {
      const out = trendVerdict(points, "higher_is_better", { minPoints });
      const n = points.filter((p) => p.value !== null).length;
      expect(out.result === null).toBe(n < minPoints);
      if (out.result === null) expect(out.needed).toBe(minPoints);
    },
  );

  test.prop([series])("the order of the input does not change the result", (points) => {
    expect(mannKendall([...points].reverse())).toEqual(mannKendall(points));
    expect(linearTrend([...points].reverse())).toEqual(linearTrend(points));
  });
});
