import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { createQuantileSketch } from "../../src/aggregate/createQuantileSketch.js";
import { mergeSketches } from "../../src/aggregate/mergeSketches.js";
import { quantileOfSketch } from "../../src/aggregate/quantileOfSketch.js";
import { quantile } from "../../src/aggregate/quantile.js";

const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true });
const alphas = fc.constantFrom(0.005, 0.01, 0.05);

test.prop([fc.array(positive, { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), alphas])(
  "stays within relative accuracy α of the exact type 7 quantile on positive data",
  (xs, p, alpha) => {
    const exact = quantile(xs, p) ?? 0;
    const estimate = quantileOfSketch(createQuantileSketch(xs, { relativeAccuracy: alpha }), p) ?? 0;
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(alpha * Math.abs(exact) * (1 + 1e-9));
  },
);

test.prop([fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 100 }), fc.double({ min: 0, max: 1, noNaN: true })])(
  "stays within α of the bracketing order statistics when data has both signs",
  (xs, p) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const h = (sorted.length - 1) * p;
    const k = Math.floor(h);
    const f = h - k;
    const lo = sorted[k] ?? 0;
    const hi = sorted[Math.min(k + 1, sorted.length - 1)] ?? 0;
    const exact = lo + f * (hi - lo);
    const estimate = quantileOfSketch(createQuantileSketch(xs), p) ?? 0;
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(0.01 * ((1 - f) * Math.abs(lo) + f * Math.abs(hi)) * (1 + 1e-9) + 1e-12);
  },
);

test.prop([fc.array(positive, { maxLength: 50 }), fc.array(positive, { maxLength: 50 }), fc.array(positive, { maxLength: 50 })])(
  "merges associatively and commutatively",
  (a, b, c) => {
    const [sa, sb, sc] = [createQuantileSketch(a), createQuantileSketch(b), createQuantileSketch(c)];
    expect(mergeSketches(mergeSketches(sa, sb), sc)).toEqual(mergeSketches(sa, mergeSketches(sc, sb)));
  },
);
