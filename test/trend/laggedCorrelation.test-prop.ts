// laggedCorrelation against a second method: pairs counted by brute force over a period grid, r from
// simple-statistics' sampleCorrelation on those pairs.
import { fc, test } from "@fast-check/vitest";
import { sampleCorrelation } from "simple-statistics";
import { describe, expect } from "vitest";
import { laggedCorrelation } from "../../src/trend/laggedCorrelation.js";

// Values on a small grid (many ties, some constant pair sets); null is a gap.
const cell = fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 4 });
const series = fc.array(cell, { maxLength: 12 });

describe("laggedCorrelation", () => {
  test.prop([series, series, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 2, max: 6 })])(
    "counts every lag's pairs and gives r exactly when the pairs reach minPoints and vary",
    (leadValues, lagValues, maxLag, minPoints) => {
      const leading = leadValues.map((value, index) => ({ index, value }));
      const lagging = lagValues.map((value, index) => ({ index, value }));
      const out = laggedCorrelation(leading, lagging, { maxLag, minPoints });
      expect(out.lags).toHaveLength(maxLag + 1);
      for (let k = 0; k <= maxLag; k++) {
        const xs: number[] = [];
        const ys: number[] = [];
        for (let p = 0; p + k < lagValues.length && p < leadValues.length; p++) {
          const x = leadValues[p];
          const y = lagValues[p + k];
          if (x !== null && x !== undefined && y !== null && y !== undefined) {
            xs.push(x);
            ys.push(y);
          }
        }
        const entry = out.lags[k]!;
        expect(entry.n).toBe(xs.length);
        if (xs.length < minPoints) {
          expect([entry.r, entry.reason]).toEqual([null, "too_few_points"]);
        } else if (new Set(xs).size === 1 || new Set(ys).size === 1) {
          expect([entry.r, entry.reason]).toEqual([null, "zero_variance"]);
        } else {
          expect(entry.r).toBeCloseTo(sampleCorrelation(xs, ys), 12);
        }
      }
    },
  );
});
