import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { intersectIntervals } from "../../src/sla/intersectIntervals.js";
import { subtractIntervals } from "../../src/sla/subtractIntervals.js";
import { unionIntervals } from "../../src/sla/unionIntervals.js";

const interval = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 }))
  .map(([start, length]) => ({ start, end: start + length }));
const intervals = fc.array(interval, { maxLength: 12 });

// A brute-force membership test on the integer grid [0, 250): the set algebra must agree point by point.
const member = (xs: readonly { start: number; end: number }[], t: number): boolean =>
  xs.some((x) => x.start <= t && t < x.end);

test.prop([intervals, intervals])("agrees with point-wise set algebra on every millisecond", (a, b) => {
  const u = unionIntervals(a);
  const i = intersectIntervals(a, b);
  const d = subtractIntervals(a, b);
  const wrong: number[] = [];
  for (let t = 0; t < 250; t++) {
    const inA = member(a, t);
    const inB = member(b, t);
    if (member(u, t) !== inA || member(i, t) !== (inA && inB) || member(d, t) !== (inA && !inB)) wrong.push(t);
  }
  expect(wrong).toEqual([]);
});

test.prop([intervals])("returns sorted intervals that neither overlap nor touch", (a) => {
  const u = unionIntervals(a);
  for (let k = 1; k < u.length; k++) expect(u[k]!.start).toBeGreaterThan(u[k - 1]!.end);
  for (const x of u) expect(x.end).toBeGreaterThan(x.start);
});
