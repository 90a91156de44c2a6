import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { mergePartials } from "../../src/aggregate/mergePartials.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import type { AccumulateRecord } from "../../src/aggregate/accumulate.js";

const kpi = { measure: { kind: "value" }, aggregation: "median" } as const;
const lastKpi = { measure: { kind: "value" }, aggregation: "last" } as const;
const record = fc.record({
  at: fc.integer({ min: 0, max: 1000 }),
  value: fc.integer({ min: -1000, max: 1000 }),
  numerator: fc.constant(undefined),
});
const records = fc.array(record.map(({ at, value }) => ({ at, value }) as AccumulateRecord), { maxLength: 40 });

function splitAt<T>(xs: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => c % (xs.length + 1)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let from = 0;
  for (const p of points) {
    parts.push(xs.slice(from, p));
    from = p;
  }
  parts.push(xs.slice(from));
  return parts;
}

test.prop([records, fc.array(fc.nat(), { maxLength: 5 }), fc.integer()])(
  "merging shards in any order equals accumulating all records",
  (rs, cuts, seed) => {
    const whole = accumulate(rs, kpi);
    const parts = splitAt(rs, cuts).map((part) => accumulate(part, kpi));
    // shuffle the shards deterministically by the seed
    const shuffled = parts.map((p, i) => ({ p, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map((x) => x.p);
    const merged = shuffled.reduce((a, b) => mergePartials(a, b));
    expect(merged.count).toBe(whole.count);
    expect(merged.sum).toBe(whole.sum); // integers: exact
    expect(merged.min).toBe(whole.min);
    expect(merged.max).toBe(whole.max);
    expect(merged.values).toEqual(whole.values);
    const wholeLast = accumulate(rs, lastKpi);
    const mergedLast = splitAt(rs, cuts).map((part) => accumulate(part, lastKpi)).reverse().reduce((a, b) => mergePartials(a, b));
    expect([mergedLast.firstAt, mergedLast.firstValue, mergedLast.lastAt, mergedLast.lastValue]).toEqual([
      wholeLast.firstAt, wholeLast.firstValue, wholeLast.lastAt, wholeLast.lastValue,
    ]);
    expect(merged.mean).toBeCloseTo(whole.mean, 8);
    expect(merged.m2).toBeCloseTo(whole.m2, 5);
    expect(finalizePartial(merged, kpi)).toBe(finalizePartial(whole, kpi));
  },
);

test.prop([records, records, records])("merges associatively", (a, b, c) => {
  const [pa, pb, pc] = [accumulate(a, kpi), accumulate(b, kpi), accumulate(c, kpi)];
  const left = mergePartials(mergePartials(pa, pb), pc);
  const right = mergePartials(pa, mergePartials(pb, pc));
  expect(left.count).toBe(right.count);
  expect(left.sum).toBe(right.sum);
  expect(left.values).toEqual(right.values);
  expect(left.m2).toBeCloseTo(right.m2, 5);
});

test.prop([records.filter((rs) => rs.length > 0)])("keeps min ≤ mean ≤ max", (rs) => {
  const p = accumulate(rs, { measure: { kind: "value" }, aggregation: "mean" });
  const m = finalizePartial(p, { measure: { kind: "value" }, aggregation: "mean" }) ?? 0;
  expect(p.min ?? 0).toBeLessThanOrEqual(m + 1e-9);
  expect(m).toBeLessThanOrEqual((p.max ?? 0) + 1e-9);
});
