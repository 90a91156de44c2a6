// Expected values worked by hand (sums and pair counts in comments), p-values from python3's math.erfc, and the
// gapped fit from scipy.stats.linregress (the same reference as linearTrend.test.ts).
import { describe, expect, it } from "vitest";
import { mannKendallStatisticInto } from "../../src/trend/_lib/mannKendallStatistic.js";
import { scanTrends } from "../../src/trend/scanTrends.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("scanTrends", () => {
  it("matches the documented example", () => {
    const scan = scanTrends([1, 3, 2, 5, 1, 3, 2, 4], 4);
    expect(scan.count).toBe(2);
    // Row 0: x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5 → slope 1.1.
    expect(scan.slopePerPeriod[0]).toBeCloseTo(1.1, 12);
    // Row 1 (1, 3, 2, 4): pairs + (1,3)(1,2)(1,4)(3,4)(2,4), − (3,2) → S = 4; Var = 4·3·13/18 = 26/3.
    expect(scan.s[1]).toBe(4);
    // Z = 3/√(26/3); p = math.erfc(Z/√2) = 0.308179547467054.
    expect(scan.pValue[1]).toBeCloseTo(0.308179547467054, 14);
  });

  it("returns every column of both rows when the series are complete", () => {
    const scan = scanTrends(Float64Array.of(1, 3, 2, 5, 4, 3, 2, 1), 4);
    expect(Array.from(scan.n)).toEqual([4, 4]);
    expect(Array.from(scan.hasResult)).toEqual([1, 1]);
    expect(Array.from(scan.firstIndex)).toEqual([0, 0]);
    // Row 0: intercept = 2.75 − 1.1·1.5 = 1.1; Syy = 8.75, r² = 5.5²/(5·8.75).
    expect(scan.intercept[0]).toBeCloseTo(1.1, 12);
    expect(scan.rSquared[0]).toBeCloseTo(30.25 / 43.75, 12);
    expect(scan.hasRSquared[0]).toBe(1);
    // Row 0 (1, 3, 2, 5): + (1,3)(1,2)(1,5)(3,5)(2,5), − (3,2) → S = 4.
    expect(scan.s[0]).toBe(4);
    expect(scan.varianceS[0]).toBeCloseTo(26 / 3, 12);
    expect(scan.z[0]).toBeCloseTo(3 / Math.sqrt(26 / 3), 14);
    // Row 1 (4, 3, 2, 1): a perfect line of slope −1, intercept 4, r² 1, all 6 pairs discordant.
    expect(scan.slopePerPeriod[1]).toBeCloseTo(-1, 12);
    expect(scan.intercept[1]).toBeCloseTo(4, 12);
    expect(scan.rSquared[1]).toBeCloseTo(1, 12);
    expect(scan.s[1]).toBe(-6);
    // Z = (−6 + 1)/√(26/3); p = math.erfc(|Z|/√2) = 0.08942935902899359.
    expect(scan.z[1]).toBeCloseTo(-5 / Math.sqrt(26 / 3), 14);
    expect(scan.pValue[1]).toBeCloseTo(0.08942935902899359, 14);
  });

  it("keeps the distance of gaps and puts the intercept at the first observed period when present marks gaps", () => {
    // Observed at positions 3, 5, 6, 10 with 2, 3, 5, 6: scipy linregress on x = [0, 2, 3, 7], y = [2, 3, 5, 6].
    const values = new Float64Array(11);
    const present = new Uint8Array(11);
    for (const [j, v] of [
      [3, 2],
      [5, 3],
      [6, 5],
      [10, 6],
    ] as const) {
      values[j] = v;
      present[j] = 1;
    }
    values[4] = 99; // under a 0: not used
    const scan = scanTrends(values, 11, { present });
    expect(scan.n[0]).toBe(4);
    expect(scan.firstIndex[0]).toBe(3);
    expect(scan.slopePerPeriod[0]).toBeCloseTo(0.5769230769230769, 12);
    expect(scan.intercept[0]).toBeCloseTo(2.269230769230769, 12);
    expect(scan.rSquared[0]).toBeCloseTo(0.8653846153846154, 12);
    // 2, 3, 5, 6 increase: S = 6, Z = 5/√(26/3), p = math.erfc(Z/√2) = 0.08942935902899359.
    expect(scan.s[0]).toBe(6);
    expect(scan.pValue[0]).toBeCloseTo(0.08942935902899359, 14);
  });

  it("gives slope 0, no r², S = 0, Z = 0 and p = 1 when a series is constant", () => {
    // All 5 values tied: Var = [5·4·15 − 5·4·15]/18 = 0, so Z = 0 and p = 1 (docs/conventions.md#trends-and-control-charts).
    const scan = scanTrends([7, 7, 7, 7, 7], 5);
    expect(scan.hasResult[0]).toBe(1);
    expect(scan.slopePerPeriod[0]).toBe(0);
    expect(scan.intercept[0]).toBe(7);
    expect(scan.hasRSquared[0]).toBe(0);
    expect(scan.rSquared[0]).toBe(0);
    expect(scan.s[0]).toBe(0);
    expect(scan.varianceS[0]).toBe(0);
    expect(scan.z[0]).toBe(0);
    expect(scan.pValue[0]).toBe(1);
  });

  it("gives slope, S and p but no r² when a series has 2 points, as linearTrend and mannKendall do", () => {
    // Row 1, 5: slope 4, intercept 1; S = 1, Var = 2·1·9/18 = 1, Z = (1 − 1)/1 = 0, p = 1.
    // Row 2, 2: slope 0, intercept 2; S = 0, Var = (18 − 18)/18 = 0, Z = 0, p = 1.
    const scan = scanTrends([1, 5, 2, 2], 2);
    expect(Array.from(scan.n)).toEqual([2, 2]);
    expect(Array.from(scan.hasResult)).toEqual([1, 1]);
    expect(Array.from(scan.slopePerPeriod)).toEqual([4, 0]);
    expect(Array.from(scan.intercept)).toEqual([1, 2]);
    expect(Array.from(scan.s)).toEqual([1, 0]);
    expect(Array.from(scan.varianceS)).toEqual([1, 0]);
    expect(Array.from(scan.z)).toEqual([0, 0]);
    expect(Array.from(scan.pValue)).toEqual([1, 1]);
    expect(Array.from(scan.hasRSquared)).toEqual([0, 0]);
  });

  it("has a result from 2 observed points across a gap, and none from 1", () => {
    // Positions 0 and 3 hold 1 and 4: slope (4 − 1)/3 = 1 per period.
    const scan = scanTrends([1, 2, 3, 4, 1, 2, 3, 4], 4, { present: Uint8Array.of(1, 0, 0, 1, 0, 0, 1, 0) });
    expect(Array.from(scan.n)).toEqual([2, 1]);
    expect(Array.from(scan.hasResult)).toEqual([1, 0]);
    expect(scan.slopePerPeriod[0]).toBe(1);
    expect(scan.firstIndex[0]).toBe(0);
  });

  it("tests a series of 3 points, the smallest with r²", () => {
    // 1, 2, 4: x̄ = 1, ȳ = 7/3, Sxy = (−1)(−4/3) + 1·(5/3) = 3, Sxx = 2 → slope 1.5, intercept 7/3 − 1.5 = 5/6.
    // S = 3 (all pairs increase), Var = 3·2·11/18 = 11/3, Z = 2/√(11/3), p = math.erfc(Z/√2) = 0.2962698714842864.
    const scan = scanTrends([1, 2, 4], 3);
    expect(scan.hasResult[0]).toBe(1);
    expect(scan.slopePerPeriod[0]).toBeCloseTo(1.5, 12);
    expect(scan.intercept[0]).toBeCloseTo(5 / 6, 12);
    expect(scan.s[0]).toBe(3);
    expect(scan.varianceS[0]).toBeCloseTo(11 / 3, 12);
    expect(scan.pValue[0]).toBeCloseTo(0.2962698714842864, 14);
  });

  it("counts a strictly decreasing long series as all discordant when the merge path runs", () => {
    // n = 60 > 48: S = −60·59/2 = −1770, Var = 60·59·125/18; slope −1 exactly.
    const values = Array.from({ length: 60 }, (_, i) => 100 - i);
    const scan = scanTrends(values, 60);
    expect(scan.s[0]).toBe(-1770);
    expect(scan.varianceS[0]).toBeCloseTo((60 * 59 * 125) / 18, 8);
    expect(scan.slopePerPeriod[0]).toBeCloseTo(-1, 12);
  });

  it("returns count 0 and empty columns when values is empty", () => {
    const scan = scanTrends([], 12);
    expect(scan.count).toBe(0);
    expect(scan.seriesLength).toBe(12);
    expect(scan.slopePerPeriod).toHaveLength(0);
    expect(scan.pValue).toHaveLength(0);
  });

  it("gives the same columns when values is an array or a Float64Array", () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
    expect(scanTrends(values, 6)).toEqual(scanTrends(Float64Array.from(values), 6));
  });

  it("does not modify its inputs when series take the merge path", () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => (i * 37) % 11);
    const present = new Uint8Array(100).fill(1);
    present[7] = 0;
    const before = Float64Array.from(values);
    scanTrends(values, 50, { present });
    expect(values).toEqual(before);
    expect(present[7]).toBe(0);
    expect(() => scanTrends(Object.freeze([1, 2, 3, 4]), 4)).not.toThrow();
  });

  it("throws invalid_argument when seriesLength is not a positive integer", () => {
    for (const bad of [0, -3, 2.5, Number.NaN]) {
      expect(() => scanTrends([1, 2, 3], bad)).toThrowError(
        expect.objectContaining({ code: "invalid_argument", path: ["seriesLength"] }),
      );
    }
  });

  it("throws invalid_argument when values.length is not a multiple of seriesLength", () => {
    expect(() => scanTrends([1, 2, 3, 4, 5], 2)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["length"] }),
    );
  });

  it("throws invalid_argument when values is not an array", () => {
    expect(() => scanTrends("1,2,3" as unknown as number[], 3)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [] }),
    );
  });

  it("throws non_finite with the flat index when a cell is not a finite number", () => {
    expect(() => scanTrends([1, 2, 3, 4, Number.NaN, 6], 3)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [4] }),
    );
    expect(() => scanTrends(Float64Array.of(1, 2, Number.POSITIVE_INFINITY), 3)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [2] }),
    );
  });

  it("throws non_finite when a cell under a gap is NaN", () => {
    expect(() => scanTrends([1, Number.NaN, 3, 4], 4, { present: Uint8Array.of(1, 0, 1, 1) })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1] }),
    );
  });

  it("throws invalid_argument when present has the wrong length or an entry other than 0 or 1", () => {
    expect(() => scanTrends([1, 2, 3, 4], 4, { present: new Uint8Array(3) })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["present"] }),
    );
    expect(() => scanTrends([1, 2, 3, 4], 4, { present: [1, 1, 1, 1] as unknown as Uint8Array })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["present"] }),
    );
    expect(() => scanTrends([1, 2, 3, 4, 5, 6], 3, { present: Uint8Array.of(1, 1, 1, 1, 2, 1) })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["present", 4] }),
    );
  });

  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => scanTrends([1, 2, 3, 4], 4, null as never), [], "scanTrends: options must be an object, not null"],
      [() => scanTrends([1, 2, 3, 4], 4, 1 as never), [], "scanTrends: options must be an object, not number"],
      [() => scanTrends(undefined as never, 4), [], "scanTrends: values must be a Float64Array or an array of numbers"],
      [() => scanTrends([1, 2], undefined as never), ["seriesLength"], "scanTrends: seriesLength must be an integer of at least 1"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});

describe("mannKendallStatisticInto", () => {
  it("matches the documented example", () => {
    const out = new Float64Array(2);
    mannKendallStatisticInto(Float64Array.of(1, 3, 2, 4), new Float64Array(4), 4, out);
    // S = 4 (pairs written out above); Var = 4·3·13/18 = 156/18.
    expect(out[0]).toBe(4);
    expect(out[1]).toBeCloseTo(156 / 18, 12);
  });
});

describe("scanTrends: series without a result", () => {
  it("writes 0 in the statistics of a series without a result, which a filter by hasResult leaves out", () => {
    // Series 0: 1, 2, 4 (S = 3, p ≈ 0.296); series 1: one observed point, no result; series 2: none observed.
    const scan = scanTrends([1, 2, 4, 7, 0, 0, 0, 0, 0], 3, { present: Uint8Array.of(1, 1, 1, 1, 0, 0, 0, 0, 0) });
    expect(Array.from(scan.hasResult)).toEqual([1, 0, 0]);
    for (const k of [1, 2]) {
      const columns = [scan.pValue, scan.z, scan.s, scan.varianceS, scan.slopePerPeriod, scan.intercept, scan.rSquared];
      expect(columns.map((c) => c[k])).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(scan.firstIndex[k]).toBe(0);
    }
    const naive = [0, 1, 2].filter((k) => scan.pValue[k]! < 0.05);
    const filtered = [0, 1, 2].filter((k) => scan.hasResult[k] === 1 && scan.pValue[k]! < 0.05);
    expect(naive).toEqual([1, 2]); // the trap the documentation warns of: the empty series look significant
    expect(filtered).toEqual([]);
  });
});
