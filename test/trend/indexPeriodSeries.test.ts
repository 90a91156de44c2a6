// Expected indices counted by hand from the labels (comments), and cross-checked against date-fns in the property file.
import { describe, expect, it } from "vitest";
import { indexPeriodSeries } from "../../src/trend/indexPeriodSeries.js";
import { laggedCorrelation } from "../../src/trend/laggedCorrelation.js";
import { linearTrend } from "../../src/trend/linearTrend.js";
import { toPeriodLabel } from "../../src/trend/toPeriodLabel.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("indexPeriodSeries", () => {
  it("matches the documented example", () => {
    const out = indexPeriodSeries({
      calls: [
        { period: "2026-01", value: 120 },
        { period: "2026-02", value: null },
        { period: "2026-04", value: 150 },
      ],
      complaints: [
        { period: "2025-12", value: null },
        { period: "2026-02", value: 7 },
        { period: "2026-03", value: 9 },
      ],
    });
    expect(out.firstPeriod).toBe("2026-01");
    expect(out.series.calls).toEqual([
      { index: 0, value: 120 },
      { index: 1, value: null },
      { index: 3, value: 150 },
    ]);
    expect(out.series.complaints).toEqual([
      { index: 1, value: 7 },
      { index: 2, value: 9 },
    ]);
    expect(out.labels).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
  });

  it("counts months across a year end and keeps gaps at their distance, in any input order", () => {
    // 2025-11 is index 0; 2026-02 is 3 months later; 2026-05 is 6.
    const out = indexPeriodSeries({
      a: [
        { period: "2026-05", value: 3 },
        { period: "2025-11", value: 1 },
        { period: "2026-02", value: 2 },
      ],
    });
    expect(out.grain).toBe("month");
    expect(out.series.a).toEqual([
      { index: 0, value: 1 },
      { index: 3, value: 2 },
      { index: 6, value: 3 },
    ]);
    expect(out.labels).toHaveLength(7);
    expect(out.labels[3]).toBe("2026-02");
  });

  it("counts ISO weeks through a 53-week year", () => {
    // 2026 has 53 ISO weeks: W52 → W53 → 2027-W01 are consecutive.
    const out = indexPeriodSeries({ w: [{ period: "2026-W52", value: 1 }, { period: "2027-W01", value: 3 }] });
    expect(out.series.w).toEqual([
      { index: 0, value: 1 },
      { index: 2, value: 3 },
    ]);
    expect(out.labels).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
  });

  it("counts days over a leap day, quarters, years and fiscal years", () => {
    // 2028-02-28 → 2028-03-01 is 2 days (29 Feb between).
    expect(indexPeriodSeries({ d: [{ period: "2028-02-28", value: 1 }, { period: "2028-03-01", value: 2 }] }).series.d[1]?.index).toBe(2);
    // 2025-Q3 → 2026-Q2 is 3 quarters.
    expect(indexPeriodSeries({ q: [{ period: "2025-Q3", value: 1 }, { period: "2026-Q2", value: 2 }] }).series.q[1]?.index).toBe(3);
    expect(indexPeriodSeries({ y: [{ period: "2020", value: 1 }, { period: "2026", value: 2 }] }).series.y[1]?.index).toBe(6);
    expect(indexPeriodSeries({ f: [{ period: "FY2023-24", value: 1 }, { period: "FY2025-26", value: 2 }] }).labels).toEqual([
      "FY2023-24",
      "FY2024-25",
      "FY2025-26",
    ]);
  });

  it("starts the shared index at the earliest observed period of any series and drops earlier null points", () => {
    // b's first value (2026-03) is the earliest; a's null at 2026-01 and b's null at 2026-02 are before it.
    const out = indexPeriodSeries({
      a: [
        { period: "2026-01", value: null },
        { period: "2026-04", value: 5 },
      ],
      b: [
        { period: "2026-02", value: null },
        { period: "2026-03", value: 1 },
        { period: "2026-06", value: null },
      ],
    });
    expect(out.firstPeriod).toBe("2026-03");
    expect(out.series.a).toEqual([{ index: 1, value: 5 }]);
    expect(out.series.b).toEqual([
      { index: 0, value: 1 },
      { index: 3, value: null },
    ]);
    // The labels run to the latest labelled period, 2026-06, also when it holds only a null.
    expect(out.labels).toEqual(["2026-03", "2026-04", "2026-05", "2026-06"]);
  });

  it("gives series that the trend functions line up period by period", () => {
    // lagging[2026-02 + k] = 10·leading[2026-01 + k] with lag 1, though the two start in different months.
    const out = indexPeriodSeries({
      leading: ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map((period, i) => ({ period, value: [1, 3, 2, 5, 4][i]! })),
      lagging: ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"].map((period, i) => ({ period, value: [10, 30, 20, 50, 40][i]! })),
    });
    const correlation = laggedCorrelation(out.series.leading, out.series.lagging, { maxLag: 2 });
    expect(correlation.bestLagByR?.lag).toBe(1);
    expect(correlation.bestLagByR?.r).toBeCloseTo(1, 12);
    // Slope of 1, 3, 2, 5, 4 over indices 0–4: Sxy = (−2)(−2) + (−1)(0) + 0 + 1·2 + 2·1 = 8, Sxx = 10 → 0.8.
    expect(linearTrend(out.series.leading).result?.slopePerPeriod).toBeCloseTo(0.8, 12);
  });

  it("has no first period and no labels when no series has a value", () => {
    const out = indexPeriodSeries({ a: [{ period: "2026-01", value: null }], b: [] });
    expect(out).toEqual({ grain: "month", firstPeriod: null, labels: [], series: { a: [], b: [] } });
    expect(indexPeriodSeries({})).toEqual({ grain: null, firstPeriod: null, labels: [], series: {} });
  });

  it("throws invalid_period with the path when a label is not a period or not of the grain", () => {
    expect(() => indexPeriodSeries({ a: [{ period: "2026-01", value: 1 }, { period: "2026-13", value: 2 }] })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["a", 1, "period"] }),
    );
    expect(() => indexPeriodSeries({ a: [{ period: "2026-01", value: 1 }, { period: "2026-Q1", value: 2 }] })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["a", 1, "period"] }),
    );
    expect(() => indexPeriodSeries({ a: [{ period: "2026-01", value: 1 }] }, { grain: "quarter" })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["a", 0, "period"] }),
    );
    expect(() => indexPeriodSeries({ a: [{ period: "March", value: 1 }] })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["a", 0, "period"] }),
    );
  });

  it("throws invalid_argument for a period given twice in one series, non_finite for a NaN value", () => {
    expect(() => indexPeriodSeries({ a: [{ period: "2026-01", value: 1 }, { period: "2026-01", value: 2 }] })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["a", 1, "period"] }),
    );
    expect(() => indexPeriodSeries({ a: [{ period: "2026-01", value: Number.NaN }] })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["a", 0, "value"] }),
    );
  });

  it("does not mutate a frozen input", () => {
    const frozen = Object.freeze({ a: Object.freeze([Object.freeze({ period: "2026-02", value: 2 }), Object.freeze({ period: "2026-01", value: 1 })]) });
    expect(indexPeriodSeries(frozen).series.a).toEqual([
      { index: 0, value: 1 },
      { index: 1, value: 2 },
    ]);
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => indexPeriodSeries({ a: [] }, null as never), [], "indexPeriodSeries: options must be an object, not null"],
      [() => indexPeriodSeries({ a: [] }, "month" as never), [], "indexPeriodSeries: options must be an object, not string"],
      [() => indexPeriodSeries(undefined as never), [], "indexPeriodSeries: series must be an object of named series"],
      [() => indexPeriodSeries({ a: null } as never), ["a"], "indexPeriodSeries: series a must be an array of { period, value }"],
      [() => indexPeriodSeries({ a: [null] } as never), ["a", 0], "indexPeriodSeries: point 0 of a is not a { period, value } object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("toPeriodLabel", () => {
  it("matches the documented example", () => {
    expect(toPeriodLabel("2026-11", 3)).toBe("2027-02");
    expect(toPeriodLabel("2026-W52", 1)).toBe("2026-W53");
  });

  it("maps an index past the series and a negative index to their labels", () => {
    // 2026-Q4 + 5 quarters = 2028-Q1; 2026-03-01 − 1 day = 2026-02-28; FY2025-26 + 2 = FY2027-28.
    expect(toPeriodLabel("2026-Q4", 5)).toBe("2028-Q1");
    expect(toPeriodLabel("2026-03-01", -1)).toBe("2026-02-28");
    expect(toPeriodLabel("FY2025-26", 2)).toBe("FY2027-28");
    expect(toPeriodLabel("2026", 0)).toBe("2026");
  });

  it("throws for a label that is not a period and for a non-integer index", () => {
    expect(() => toPeriodLabel("2026-02-30", 1)).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["firstPeriod"] }),
    );
    expect(() => toPeriodLabel("2026-02", 1.5)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["index"] }));
  });
});
