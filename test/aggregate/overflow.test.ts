import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { mergePartials } from "../../src/aggregate/mergePartials.js";
import { poolSurveyAnswers } from "../../src/aggregate/poolSurveyAnswers.js";
import { quantile } from "../../src/aggregate/quantile.js";
import { standardDeviation } from "../../src/aggregate/standardDeviation.js";
import type { PartialAggregate } from "../../src/aggregate/partialAggregate.js";
import type { Measurement } from "../../src/model/measurement.js";

// The overflow rule (docs/conventions.md#overflow, issue 9): numbers larger in magnitude than 1e100 are refused with
// `overflow` naming the record and field; within the limit no sum the engine keeps can leave the range of a double,
// so no public aggregation function returns NaN or Infinity.
const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const fcr = { id: "fcr", measure: { kind: "ratio", scale: 1 }, aggregation: "ratio_of_sums" } as const;
const mean = { id: "m", measure: { kind: "value" }, aggregation: "mean" } as const;
const at = Date.UTC(2026, 0, 5);
const ratio = (id: string, n: number, d: number) => ({ id, kpiId: "fcr", subjectId: "s", at, numerator: n, denominator: d, status: "normal" }) as unknown as Measurement;

describe("overflow in aggregation", () => {
  it("refuses two ratio records with numerator = denominator = 1e308, naming the first record and field", () => {
    // Before: the sums were Infinity and the ratio Infinity / Infinity = NaN.
    expect(() => aggregateRows([ratio("a", 1e308, 1e308), ratio("b", 1e308, 1e308)], [fcr], { grain: "month", calendar: utc }))
      .toThrowError(expect.objectContaining({ code: "overflow", path: [0, "numerator"] }));
  });

  it("accepts numbers exactly at the limit and gives the right ratio", () => {
    // (1e100 + 1e100) / (1e100 + 1e100) = 1 exactly.
    const r = aggregateRows([ratio("a", 1e100, 1e100), ratio("b", 1e100, 1e100)], [fcr], { grain: "month", calendar: utc });
    expect(r.groups[0]?.value).toBe(1);
  });

  it("names the field of raw rows and of columns", () => {
    expect(() => aggregateRows([{ kpiId: "m", subjectId: "s", at, value: -2e100 }], [mean], { grain: "month", calendar: utc }))
      .toThrowError(expect.objectContaining({ code: "overflow", path: [0, "value"] }));
    expect(() => aggregateColumns({ kpi: [0, 0], subject: [0, 0], at: [at, at], value: [1, 1e101] }, [mean], { grain: "month", calendar: utc, subjectIds: ["s"] }))
      .toThrowError(expect.objectContaining({ code: "overflow", path: ["value", 1] }));
    expect(() => aggregateColumns({ kpi: [0], subject: [0], at: [at], value: [1], weight: [1e101] }, [mean], { grain: "month", calendar: utc, subjectIds: ["s"] }))
      .toThrowError(expect.objectContaining({ code: "overflow", path: ["weight", 0] }));
  });

  it("refuses in accumulate, the statistics functions and survey pooling", () => {
    expect(() => accumulate([{ at, numerator: 1, denominator: 1e101 }], fcr)).toThrowError(expect.objectContaining({ code: "overflow", path: [0, "denominator"] }));
    expect(() => quantile([1, 1e101], 0.5)).toThrowError(expect.objectContaining({ code: "overflow", path: [1] }));
    // Without the limit: deviations of ±1e200 square to Infinity.
    expect(() => standardDeviation([1e200, -1e200])).toThrowError(expect.objectContaining({ code: "overflow", path: [0] }));
    expect(() => poolSurveyAnswers([{ value: 5, weight: 1e101 }], { kind: "survey", scaleMin: 1, scaleMax: 5, statistic: "csat" }))
      .toThrowError(expect.objectContaining({ code: "overflow", path: [0, "weight"] }));
  });

  it("refuses partials from elsewhere whose merged sums leave the range of a double", () => {
    const huge: PartialAggregate = { ...emptyPartial(), records: 1, numeratorSum: 1e308, denominatorSum: 1e308 };
    expect(() => mergePartials(huge, huge)).toThrowError(expect.objectContaining({ code: "overflow", path: ["numeratorSum"] }));
  });

  test.prop([fc.array(fc.double({ min: -1e100, max: 1e100, noNaN: true }), { minLength: 1, maxLength: 60 })])(
    "never returns NaN or Infinity for values within the limit",
    (values) => {
      const ms = values.map((value, i) => ({ id: `r${i}`, kpiId: "m", subjectId: "s", at: at + i, value, status: "normal" })) as unknown as Measurement[];
      const g = aggregateRows(ms, [mean], { grain: "month", calendar: utc }).groups[0]!;
      for (const x of [g.value, g.partial.sum, g.partial.mean, g.partial.m2]) expect(Number.isFinite(x)).toBe(true);
      const sd = standardDeviation(values); // the sample standard deviation: null from fewer than 2 values
      expect(sd === null ? values.length < 2 : Number.isFinite(sd)).toBe(true);
    },
  );
});
