import { expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { mergePartials } from "../../src/aggregate/mergePartials.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import { standardDeviation } from "../../src/aggregate/standardDeviation.js";
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

// Issue 10: the tallies behind ratio and survey figures merge in any order like the rest of the partial, and the
// standard deviation from a partial's second moment equals the one from the raw values.
const ratioKpi = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
const csatKpi = { measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" } as const;
const ratioRecords = fc.array(
  fc.record({ at: fc.nat(1000), den: fc.nat(5), num: fc.nat(5), weight: fc.nat(2) }).map(
    ({ at, den, num, weight }) => ({ at, numerator: Math.min(num, den), denominator: den, weight }) as AccumulateRecord,
  ),
  { maxLength: 30 },
);
const surveyRecords = fc.array(
  fc.record({ at: fc.nat(1000), answer: fc.integer({ min: 0, max: 6 }), weight: fc.nat(3) }).map(
    ({ at, answer, weight }) => (weight === 0 && answer === 0 ? { at, value: null, weight } : { at, value: answer, weight }) as AccumulateRecord,
  ),
  { maxLength: 30 },
);

test.prop([ratioRecords, fc.array(fc.nat(), { maxLength: 4 }), fc.integer()])(
  "ratio tallies merge in any order to the tally of all records",
  (rs, cuts, seed) => {
    const whole = accumulate(rs, ratioKpi);
    const parts = splitAt(rs, cuts).map((part) => accumulate(part, ratioKpi));
    const shuffled = parts.map((p, i) => ({ p, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map((x) => x.p);
    const merged = shuffled.reduce((a, b) => mergePartials(a, b));
    // Second method: count by hand from the records.
    const counted = rs.filter((r) => r.weight !== 0);
    const expected = counted.length === 0 ? null : {
      records: counted.length,
      zeroDenominators: counted.filter((r) => r.denominator === 0).length,
    };
    expect(merged.records).toBe(rs.length);
    expect(merged.ratios === null ? null : { records: merged.ratios.records, zeroDenominators: merged.ratios.zeroDenominators }).toEqual(expected);
    expect(merged.ratios?.ratioSum ?? 0).toBeCloseTo(whole.ratios?.ratioSum ?? 0, 9);
  },
);

test.prop([surveyRecords, surveyRecords, surveyRecords])("survey tallies merge associatively and commutatively", (a, b, c) => {
  const [pa, pb, pc] = [accumulate(a, csatKpi), accumulate(b, csatKpi), accumulate(c, csatKpi)];
  const left = mergePartials(mergePartials(pa, pb), pc);
  const right = mergePartials(pc, mergePartials(pb, pa));
  expect(left.survey).toEqual(right.survey);
  expect(left.records).toBe(a.length + b.length + c.length);
  // Second method: valid answers are 1–5 with weight > 0; 0 and 6 are off the 1–5 scale.
  const all = [...a, ...b, ...c].filter((r) => typeof r.value === "number" && (r.weight ?? 1) > 0);
  const valid = all.filter((r) => (r.value as number) >= 1 && (r.value as number) <= 5).reduce((s, r) => s + (r.weight ?? 1), 0);
  const invalid = all.filter((r) => (r.value as number) < 1 || (r.value as number) > 5).reduce((s, r) => s + (r.weight ?? 1), 0);
  expect([left.survey?.valid, left.survey?.invalid]).toEqual([valid, invalid]);
});

test.prop([records])("the standard deviation of a partial equals the one of its raw values", (rs) => {
  const values = rs.map((r) => r.value as number);
  const p = accumulate(rs, kpi);
  for (const kind of ["sample", "population"] as const) {
    const fromValues = standardDeviation(values, { kind });
    const fromPartial = standardDeviation(p, { kind });
    if (fromValues === null) expect(fromPartial).toBeNull();
    else expect(fromPartial).toBeCloseTo(fromValues, 6);
  }
});
