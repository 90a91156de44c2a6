import { describe, expect, it } from "vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { finalizePartial } from "../../src/aggregate/finalizePartial.js";
import { mergePartials } from "../../src/aggregate/mergePartials.js";
import { needsQuantileValues } from "../../src/aggregate/_lib/needsQuantileValues.js";
import { poolSurveyAnswers } from "../../src/aggregate/poolSurveyAnswers.js";
import { surveyValueOfTally } from "../../src/aggregate/_lib/surveyValueOfTally.js";
import { surveyCounts } from "../../src/aggregate/surveyCounts.js";
import { meanOfRatios } from "../../src/aggregate/meanOfRatios.js";
import { totalOfPeriods } from "../../src/aggregate/totalOfPeriods.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";

const mean = { measure: { kind: "value" }, aggregation: "mean" } as const;
const ratio = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
const p90 = { measure: { kind: "duration" }, aggregation: "quantile", quantile: 0.9 } as const;
const csat = { measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" } as const;
const nps = { kind: "survey", statistic: "nps", scaleMin: 0, scaleMax: 10 } as const;

describe("emptyPartial", () => {
  it("matches the documented example", () => {
    expect([emptyPartial().count, emptyPartial().min]).toEqual([0, null]);
  });
  it("finalizes to null for every aggregation", () => {
    for (const aggregation of ["sum", "mean", "min", "max", "first", "last", "median"] as const) {
      expect(finalizePartial(emptyPartial(), { measure: { kind: "value" }, aggregation })).toBeNull();
    }
    expect(finalizePartial(emptyPartial(), ratio)).toBeNull();
    expect(finalizePartial(emptyPartial(), csat)).toBeNull();
  });
});

describe("accumulate", () => {
  it("matches the documented example", () => {
    // mean (2 + 4)/2 = 3; m2 = (2 − 3)² + (4 − 3)² = 2
    const p = accumulate([{ at: 0, value: 2 }, { at: 1, value: 4 }], mean);
    expect([p.count, p.sum, p.min, p.max, p.mean, p.m2]).toEqual([2, 6, 2, 4, 3, 2]);
  });
  it("keeps sorted values only when the KPI needs quantiles", () => {
    expect(accumulate([{ at: 0, value: 3 }, { at: 0, value: 1 }], p90).values).toEqual([1, 3]);
    expect(accumulate([{ at: 0, value: 3 }], mean).values).toBeNull();
  });
  it("keeps a sketch instead when asked", () => {
    const p = accumulate([{ at: 0, value: 3 }], p90, { quantiles: "sketch" });
    expect(p.values).toBeNull();
    expect(p.sketch?.count).toBe(1);
  });
  it("counts a record with weight 0 as a record and in nothing else", () => {
    const p = accumulate([{ at: 0, value: 3, weight: 0 }, { at: 0, value: 5 }], mean);
    // 2 records; only the 5 has a value that counts: count 1, sum 5, weights 1.
    expect([p.records, p.count, p.sum, p.weightSum, p.weightedSum]).toEqual([2, 1, 5, 1, 5]);
  });
  it("keeps a group of only weight-0 records ('reported, no responses'), value null", () => {
    const weighted = { measure: { kind: "weighted" }, aggregation: "weighted_mean" } as const;
    const p = accumulate([{ at: 0, value: null, weight: 0, status: "provisional" }], weighted);
    expect([p.records, p.count, p.weightSum, p.statuses.provisional, finalizePartial(p, weighted)]).toEqual([1, 0, 0, 1, null]);
    expect(() => accumulate([{ at: 0, value: null, weight: 2 }], weighted)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "value"] }));
  });
  it("tallies ratio records one by one: zero denominators and the sum of own ratios", () => {
    // 3/4 and 1/2 have own ratios 0.75 and 0.5 (sum 1.25); 0/0 has none; a weight-0 record is not a ratio record.
    const p = accumulate(
      [{ at: 0, numerator: 3, denominator: 4 }, { at: 0, numerator: 1, denominator: 2 }, { at: 0, numerator: 0, denominator: 0 }, { at: 0, numerator: 9, denominator: 9, weight: 0 }],
      ratio,
    );
    expect([p.records, p.numeratorSum, p.denominatorSum, p.ratios]).toEqual([4, 4, 6, { records: 3, zeroDenominators: 1, ratioSum: 1.25 }]);
  });
  it("breaks ties of first and last by the larger value", () => {
    const last = { measure: { kind: "value" }, aggregation: "last" } as const;
    const p = accumulate([{ at: 5, value: 1 }, { at: 5, value: 9 }, { at: 7, value: 2 }, { at: 7, value: 4 }], last);
    expect([p.firstAt, p.firstValue, p.lastAt, p.lastValue]).toEqual([5, 9, 7, 4]);
  });
  it("counts statuses that are not normal", () => {
    const p = accumulate([{ at: 0, value: 1, status: "provisional" }, { at: 0, value: 1, status: "revised" }, { at: 0, value: 1 }], mean);
    expect(p.statuses).toEqual({ provisional: 1, estimated: 0, revised: 1 });
  });
  it("counts survey answers off the scale as invalid respondents and leaves them out of every other field", () => {
    const p = accumulate([{ at: 0, value: 5, weight: 3 }, { at: 0, value: 4.5 }, { at: 0, value: 6, weight: 2 }], csat);
    // Valid: the 5 given by 3 respondents. Invalid: 4.5 (1) and 6 (2) = 3 respondents. count is records with a valid answer.
    expect(p.survey).toEqual({ answers: { "5": 3 }, valid: 3, invalid: 3 });
    expect([p.records, p.count, p.sum, p.weightSum]).toEqual([3, 1, 5, 3]);
  });
  it("throws non_finite with the record's path when a value is NaN", () => {
    expect(() => accumulate([{ at: 0, value: 1 }, { at: 0, value: Number.NaN }], mean)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1, "value"] }),
    );
  });
  it("throws invalid_weight when a weight is negative", () => {
    expect(() => accumulate([{ at: 0, value: 1, weight: -1 }], mean)).toThrowError(
      expect.objectContaining({ code: "invalid_weight", path: [0, "weight"] }),
    );
  });
  it("throws invalid_denominator when a denominator is negative or missing", () => {
    expect(() => accumulate([{ at: 0, numerator: 1, denominator: -2 }], ratio)).toThrowError(
      expect.objectContaining({ code: "invalid_denominator", path: [0, "denominator"] }),
    );
    expect(() => accumulate([{ at: 0, value: 1 }], ratio)).toThrowError(
      expect.objectContaining({ code: "invalid_denominator", path: [0, "numerator"] }),
    );
  });
});

describe("mergePartials", () => {
  it("matches the documented example", () => {
    const merged = mergePartials(accumulate([{ at: 0, value: 1 }], mean), accumulate([{ at: 1, value: 3 }], mean));
    // mean 2; m2 = (1 − 2)² + (3 − 2)² = 2
    expect([merged.count, merged.mean, merged.m2]).toEqual([2, 2, 2]);
  });
  it("equals the two-pass variance when shards are merged (Chan et al.)", () => {
    const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16, 1e9 + 10, 1e9 + 1];
    const a = accumulate(xs.slice(0, 2).map((value) => ({ at: 0, value })), mean);
    const b = accumulate(xs.slice(2).map((value) => ({ at: 0, value })), mean);
    const m = mergePartials(a, b);
    // Two-pass: mean = 1e9 + 8.5; deviations −4.5, −1.5, 4.5, 7.5, 1.5, −7.5 → squares sum = 20.25+2.25+20.25+56.25+2.25+56.25 = 157.5
    expect(m.m2).toBeCloseTo(157.5, 6);
    expect(m.m2 / (m.count - 1)).toBeCloseTo(31.5, 6);
  });
  it("returns the other side when one side is empty", () => {
    const a = accumulate([{ at: 0, value: 1 }], mean);
    expect(mergePartials(emptyPartial(), a)).toBe(a);
    expect(mergePartials(a, emptyPartial())).toBe(a);
  });
  it("merges sorted values", () => {
    const a = accumulate([{ at: 0, value: 5 }, { at: 0, value: 1 }], p90);
    const b = accumulate([{ at: 0, value: 3 }], p90);
    expect(mergePartials(a, b).values).toEqual([1, 3, 5]);
  });
  it("adds survey tallies", () => {
    const a = accumulate([{ at: 0, value: 5 }], csat);
    const b = accumulate([{ at: 0, value: 5 }, { at: 0, value: 2 }, { at: 0, value: 0 }], csat);
    expect(mergePartials(a, b).survey).toEqual({ answers: { "5": 2, "2": 1 }, valid: 3, invalid: 1 });
  });
});

describe("finalizePartial", () => {
  it("matches the documented example", () => {
    // (1 + 99) / (2 + 100) × 100 = 98.0392…, not the mean of ratios (50 + 99)/2 = 74.5
    const p = accumulate([{ at: 0, numerator: 1, denominator: 2 }, { at: 0, numerator: 99, denominator: 100 }], ratio);
    expect(finalizePartial(p, ratio)).toBeCloseTo(98.0392156862745, 10);
    expect(finalizePartial(p, ratio)).not.toBeCloseTo(74.5, 1);
  });
  it("returns null when the denominator sum is 0", () => {
    expect(finalizePartial(accumulate([{ at: 0, numerator: 0, denominator: 0 }], ratio), ratio)).toBeNull();
  });
  it("reads each time aggregation", () => {
    const records = [{ at: 3, value: 4 }, { at: 1, value: 10 }, { at: 2, value: 1 }];
    const value = (aggregation: "sum" | "mean" | "min" | "max" | "first" | "last" | "median") =>
      finalizePartial(accumulate(records, { measure: { kind: "value" }, aggregation }), { measure: { kind: "value" }, aggregation });
    expect(value("sum")).toBe(15);
    expect(value("mean")).toBe(5);
    expect(value("min")).toBe(1);
    expect(value("max")).toBe(10);
    expect(value("first")).toBe(10); // at 1
    expect(value("last")).toBe(4); // at 3
    expect(value("median")).toBe(4); // sorted 1, 4, 10
  });
  it("reads a type 7 quantile from the values", () => {
    // sorted 1..10, p = 0.9 → h = 8.1 → 9 + 0.1 = 9.1
    const p = accumulate(Array.from({ length: 10 }, (_, i) => ({ at: 0, value: i + 1 })), p90);
    expect(finalizePartial(p, p90)).toBeCloseTo(9.1, 12);
  });
  it("reads a weighted mean", () => {
    const kpi = { measure: { kind: "weighted" }, aggregation: "weighted_mean" } as const;
    // (2·10 + 8·20) / (2 + 8) = 180/10 = 18
    expect(finalizePartial(accumulate([{ at: 0, value: 10, weight: 2 }, { at: 0, value: 20, weight: 8 }], kpi), kpi)).toBe(18);
  });
  it("reads CSAT as the share of the top two boxes", () => {
    // answers 5×3, 4×1, 3×1, 1×1 → top two = 4 of 6 = 66.67 %
    const p = accumulate([{ at: 0, value: 5, weight: 3 }, { at: 0, value: 4 }, { at: 0, value: 3 }, { at: 0, value: 1 }], csat);
    expect(finalizePartial(p, csat)).toBeCloseTo(200 / 3, 10);
  });
  it("throws invalid_argument when a quantile KPI's partial has no values", () => {
    expect(() => finalizePartial(accumulate([{ at: 0, value: 1 }], mean), p90)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["values"] }),
    );
  });
});

describe("needsQuantileValues", () => {
  it("matches the documented example", () => {
    expect(needsQuantileValues({ aggregation: "median", measure: { kind: "duration" } })).toBe(true);
  });
  it("returns false when the aggregation is not a quantile", () => {
    expect(needsQuantileValues({ aggregation: "mean", measure: { kind: "duration" } })).toBe(false);
  });
});

describe("surveyValueOfTally", () => {
  it("matches the documented example", () => {
    // 3 of 4 in boxes 4–5 → 75 %
    expect(surveyValueOfTally({ answers: { "5": 3, "3": 1 }, valid: 4, invalid: 0 }, { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 })).toBe(75);
  });
});

describe("poolSurveyAnswers", () => {
  it("matches the documented example", () => {
    // promoters 5, passives 3, detractors 2 of 10 → 50 − 20 = 30 points; the 11 is excluded
    // Distribution over 0–10: 3 → 2, 8 → 3, 10 → 5, the rest 0; top two boxes (9–10): 5.
    expect(poolSurveyAnswers([{ value: 10, weight: 5 }, { value: 8, weight: 3 }, { value: 3, weight: 2 }, { value: 11 }], nps)).toEqual({
      value: 30,
      valid: 10,
      invalid: 1,
      distribution: { "0": 0, "1": 0, "2": 0, "3": 2, "4": 0, "5": 0, "6": 0, "7": 0, "8": 3, "9": 0, "10": 5 },
      topTwoBox: 5,
      nps: { promoters: 5, passives: 3, detractors: 2 },
    });
  });
  it("keeps NPS unrounded", () => {
    // 1 promoter, 2 detractors of 3 → (1 − 2)/3 × 100 = −33.33…
    expect(poolSurveyAnswers([{ value: 9 }, { value: 0 }, { value: 6 }], nps).value).toBeCloseTo(-100 / 3, 12);
  });
  it("returns the mean answer for CES", () => {
    // (2·1 + 5·3) / 4 = 17/4 = 4.25; 2.5 excluded
    const ces = { kind: "survey", statistic: "ces", scaleMin: 1, scaleMax: 7 } as const;
    // Distribution over 1–7: 2 → 1, 5 → 3; top two boxes (6–7): 0; no NPS categories for CES.
    expect(poolSurveyAnswers([{ value: 2 }, { value: 5, weight: 3 }, { value: 2.5 }], ces)).toEqual({
      value: 4.25,
      valid: 4,
      invalid: 1,
      distribution: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 3, "6": 0, "7": 0 },
      topTwoBox: 0,
      nps: null,
    });
  });
  it("returns null when no answer is valid", () => {
    expect(poolSurveyAnswers([{ value: 12 }], nps).value).toBeNull();
  });
  it("throws invalid_weight when a weight is negative", () => {
    expect(() => poolSurveyAnswers([{ value: 9, weight: -1 }], nps)).toThrowError(
      expect.objectContaining({ code: "invalid_weight", path: [0, "weight"] }),
    );
  });
});

describe("surveyCounts", () => {
  it("matches the documented example", () => {
    // 1–5 scale: 5 × 3, 4 × 1, 2 × 1 → valid 5; top two boxes (4–5): 4; 1 and 3 given by nobody.
    const c = surveyCounts({ answers: { "5": 3, "4": 1, "2": 1 }, valid: 5, invalid: 2 }, { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 });
    expect([c.valid, c.invalid, c.topTwoBox, c.distribution]).toEqual([5, 2, 4, { "1": 0, "2": 1, "3": 0, "4": 1, "5": 3 }]);
    expect(c.nps).toBeNull();
  });
  it("gives NPS categories from a survey partial", () => {
    const nps = { kind: "survey", statistic: "nps", scaleMin: 0, scaleMax: 10 } as const;
    // 10, 9 → promoters 2; 7 → passive; 6, 0, 3 → detractors 3 (weights 1); the 11 is invalid.
    const p = accumulate([10, 9, 7, 6, 0, 3, 11].map((value) => ({ at: 0, value })), { measure: nps, aggregation: "survey" });
    const c = surveyCounts(p.survey!, nps);
    expect([c.valid, c.invalid, c.nps, c.topTwoBox]).toEqual([6, 1, { promoters: 2, passives: 1, detractors: 3 }, 2]);
    // NPS = (2 − 3) / 6 × 100 = −16.67, from the same tally.
    expect(finalizePartial(p, { measure: nps, aggregation: "survey" })).toBeCloseTo(-100 / 6, 12);
  });
});

describe("meanOfRatios", () => {
  it("matches the documented example", () => {
    // Ratio of sums (90 + 1 + 0) / (100 + 2 + 0) × 100 = 89.2156…; own ratios 0.9 and 0.5 → mean 0.7 → 70; 0/0 has none.
    const p = accumulate([{ at: 0, numerator: 90, denominator: 100 }, { at: 0, numerator: 1, denominator: 2 }, { at: 0, numerator: 0, denominator: 0 }], ratio);
    expect([finalizePartial(p, ratio), meanOfRatios(p, ratio), p.ratios?.zeroDenominators]).toEqual([89.2156862745098, 70, 1]); // 91 / 102 × 100 = 89.2156862745098 (double)
  });
  it("is null without a record of denominator above 0, and merges like the sums", () => {
    expect(meanOfRatios(accumulate([{ at: 0, numerator: 0, denominator: 0 }], ratio), ratio)).toBeNull();
    expect(meanOfRatios(emptyPartial(), ratio)).toBeNull();
    const a = accumulate([{ at: 0, numerator: 1, denominator: 4 }], ratio);
    const b = accumulate([{ at: 0, numerator: 3, denominator: 4 }], ratio);
    // (0.25 + 0.75) / 2 × 100 = 50.
    expect(meanOfRatios(mergePartials(a, b), ratio)).toBe(50);
  });
});

describe("totalOfPeriods", () => {
  const fcr = { id: "fcr", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
  const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
  it("matches the documented example", () => {
    const result = aggregateRows(
      [
        { kpiId: "fcr", subjectId: "riga", at: "2026-01-10T10:00:00Z", numerator: 1, denominator: 4 },
        { kpiId: "fcr", subjectId: "riga", at: "2026-02-10T10:00:00Z", numerator: 9, denominator: 16 },
      ],
      [fcr],
      { grain: "month", calendar: utc },
    );
    // (1 + 9) / (4 + 16) × 100 = 50, not the mean of 25 and 56.25.
    expect(totalOfPeriods(result, [fcr]).map((t) => [t.subjectId, t.from, t.to, t.periods, t.value])).toEqual([["riga", "2026-01", "2026-02", 2, 50]]);
  });
  it("gives one total per KPI and subject, equal to aggregating every record at once", () => {
    const sum = { id: "calls", measure: { kind: "count" }, aggregation: "sum" } as const;
    const rows = [
      { kpiId: "calls", subjectId: "b", at: "2026-01-03T00:00:00Z", value: 2 },
      { kpiId: "calls", subjectId: "a", at: "2026-03-03T00:00:00Z", value: 5 },
      { kpiId: "calls", subjectId: "a", at: "2026-01-03T00:00:00Z", value: 1 },
      { kpiId: "fcr", subjectId: "a", at: "2026-02-03T00:00:00Z", numerator: 1, denominator: 2 },
    ];
    const totals = totalOfPeriods(aggregateRows(rows, [sum, fcr], { grain: "month", calendar: utc }), [sum, fcr]);
    // calls/a: 1 + 5 = 6 over Jan–Mar (2 periods with data); calls/b: 2; fcr/a: 1/2 = 50 %.
    expect(totals.map((t) => [t.kpiId, t.subjectId, t.from, t.to, t.periods, t.value])).toEqual([
      ["calls", "a", "2026-01", "2026-03", 2, 6],
      ["calls", "b", "2026-01", "2026-01", 1, 2],
      ["fcr", "a", "2026-02", "2026-02", 1, 50],
    ]);
    expect(() => totalOfPeriods(aggregateRows(rows, [sum, fcr], { grain: "month", calendar: utc }), [sum])).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["kpis"] }),
    );
  });
});
