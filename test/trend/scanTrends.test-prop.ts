import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { linearTrend } from "../../src/trend/linearTrend.js";
import { mannKendall } from "../../src/trend/mannKendall.js";
import { scanTrends } from "../../src/trend/scanTrends.js";
import type { SeriesPoint } from "../../src/trend/seriesPoint.js";

interface Case {
  readonly seriesLength: number;
  readonly values: number[];
  readonly present: Uint8Array | undefined;
}

/** One row: bounded doubles, values on a coarse grid (many ties), or a constant row. */
const row = (length: number): fc.Arbitrary<number[]> =>
  fc.oneof(
    fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: length, maxLength: length }),
    fc.array(fc.integer({ min: -3, max: 3 }), { minLength: length, maxLength: length }).map((xs) => xs.map((x) => x / 4)),
    fc.double({ min: -1000, max: 1000, noNaN: true }).map((c) => Array.from({ length }, () => c)),
  );

/** A matrix of 1–6 rows of length 1–70 (both sides of the 48-point switch to the merge sort), with or without gaps. */
const scanCase: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 6 }), fc.boolean())
  .chain(([seriesLength, count, gapped]) =>
    fc.tuple(
      fc.constant(seriesLength),
      fc.array(row(seriesLength), { minLength: count, maxLength: count }),
      gapped
        ? fc
            .array(fc.integer({ min: 0, max: 4 }), { minLength: count * seriesLength, maxLength: count * seriesLength })
            .map((xs) => Uint8Array.from(xs, (x) => (x === 0 ? 0 : 1)))
        : fc.constant(undefined),
    ),
  )
  .map(([seriesLength, rows, present]) => ({ seriesLength, values: rows.flat(), present }));

/** |a − b| ≤ 1e-12·|b| (so exact when b is 0). */
function expectRelativelyClose(a: number | undefined, b: number): void {
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-12 * Math.abs(b));
}

describe("scanTrends", () => {
  test.prop([scanCase])("gives, row by row, the numbers of linearTrend and mannKendall", (c) => {
    const scan = scanTrends(c.values, c.seriesLength, { present: c.present });
    expect(scan.count).toBe(c.values.length / c.seriesLength);
    for (let k = 0; k < scan.count; k++) {
      const series: SeriesPoint[] = [];
      for (let j = 0; j < c.seriesLength; j++) {
        const cell = k * c.seriesLength + j;
        series.push({ index: j, value: c.present === undefined || c.present[cell] === 1 ? (c.values[cell] as number) : null });
      }
      const fit = linearTrend(series).result;
      const test = mannKendall(series).result;
      expect(scan.n[k]).toBe(series.filter((p) => p.value !== null).length);
      if (fit === null || test === null) {
        expect(fit).toBeNull();
        expect(test).toBeNull();
        expect(scan.hasResult[k]).toBe(0);
        continue;
      }
      expect(scan.hasResult[k]).toBe(1);
      expect(scan.firstIndex[k]).toBe(fit.firstIndex);
      expectRelativelyClose(scan.slopePerPeriod[k], fit.slopePerPeriod);
      expectRelativelyClose(scan.intercept[k], fit.intercept);
      if (fit.rSquared === null) {
        expect(scan.hasRSquared[k]).toBe(0);
      } else {
        expect(scan.hasRSquared[k]).toBe(1);
        expectRelativelyClose(scan.rSquared[k], fit.rSquared);
      }
      expect(scan.s[k]).toBe(test.s);
      expectRelativelyClose(scan.varianceS[k], test.varianceS);
      expectRelativelyClose(scan.z[k], test.z);
      expectRelativelyClose(scan.pValue[k], test.pValue);
    }
  });

  test.prop([scanCase])("never returns NaN or an infinite number", (c) => {
    const scan = scanTrends(c.values, c.seriesLength, { present: c.present });
    for (const column of [scan.slopePerPeriod, scan.intercept, scan.rSquared, scan.s, scan.varianceS, scan.z, scan.pValue]) {
      for (const x of column) expect(Number.isFinite(x)).toBe(true);
    }
  });
});
