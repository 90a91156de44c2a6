// Conformance with pyMannKendall (an independent, widely used implementation) on a real series:
// test/data/conformance/mann-kendall-pymannkendall.json (MIT, see the README beside it), compared within
// max(1e-9·|expected|, 1e-12) as the file states. Where the file says our convention differs (Sen's slope on the
// calendar index, docs/conventions.md#trends-and-control-charts), both kpi-kit's default and the
// pyMannKendall-compatible option are checked. The file is part of the repository: if it is missing, this file fails.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mannKendall } from "../../src/trend/mannKendall.js";
import { seasonalMannKendall } from "../../src/trend/seasonalMannKendall.js";
import { sensSlope } from "../../src/trend/sensSlope.js";
import type { SeriesPoint } from "../../src/trend/seriesPoint.js";

interface Conformance {
  readonly series: readonly { readonly period: string; readonly value: number | null }[];
  readonly expected: {
    readonly original_test: {
      readonly n: number;
      readonly S: number;
      readonly var_S: number;
      readonly Z: number;
      readonly p_value_two_sided: number;
      readonly tau: number;
      readonly sen_slope_observation_index: number;
      readonly sen_slope_calendar_index: number;
    };
    readonly seasonal_test_period_12: {
      readonly S: number;
      readonly var_S: number;
      readonly Z: number;
      readonly p_value_two_sided: number;
      readonly tau: number;
    };
  };
}

const file = new URL("../data/conformance/mann-kendall-pymannkendall.json", import.meta.url);
const data = JSON.parse(readFileSync(file, "utf8")) as Conformance;

/** Month index since the first month of the file (1981-01 → 0), so gaps keep their distance. */
function monthIndex(period: string): number {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return (year - 1981) * 12 + (month - 1);
}

const series: SeriesPoint[] = data.series.map((p) => ({ index: monthIndex(p.period), value: p.value }));

function expectWithin(actual: number | undefined, expected: number): void {
  expect(actual).toBeDefined();
  const tolerance = Math.max(1e-9 * Math.abs(expected), 1e-12);
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance);
}

describe("mannKendall (pyMannKendall conformance)", () => {
  it("reads the whole series: 360 months, 1981-01 to 2010-12, 7 of them missing", () => {
    expect(data.series).toHaveLength(360);
    expect(data.series[0]?.period).toBe("1981-01");
    expect(data.series.at(-1)?.period).toBe("2010-12");
    expect(data.series.filter((p) => p.value === null)).toHaveLength(7);
  });

  const expected = data.expected.original_test;
  const out = mannKendall(series).result;

  it("matches n, S and the tie-corrected variance when gaps are skipped", () => {
    expect(out?.n).toBe(expected.n);
    expect(out?.s).toBe(expected.S);
    expectWithin(out?.varianceS, expected.var_S);
  });

  it("matches Z, the two-sided p-value and tau", () => {
    expectWithin(out?.z, expected.Z);
    expectWithin(out?.pValue, expected.p_value_two_sided);
    expectWithin(out?.tau, expected.tau);
  });

  it("gives the same result when the input is shuffled", () => {
    const reversed = [...series].reverse();
    expect(mannKendall(reversed).result).toEqual(out);
  });
});

describe("sensSlope (pyMannKendall conformance)", () => {
  const expected = data.expected.original_test;

  it("matches the calendar-index median slope (kpi-kit's default) when gaps keep their distance", () => {
    expectWithin(sensSlope(series).result?.slopePerPeriod, expected.sen_slope_calendar_index);
  });

  it("matches pyMannKendall's slope when timeIndex is observation", () => {
    expectWithin(
      sensSlope(series, { timeIndex: "observation" }).result?.slopePerPeriod,
      expected.sen_slope_observation_index,
    );
  });
});

describe("seasonalMannKendall (pyMannKendall conformance)", () => {
  const expected = data.expected.seasonal_test_period_12;
  const out = seasonalMannKendall(series).result;

  it("matches S and the summed variance with a period of 12", () => {
    expect(out?.s).toBe(expected.S);
    expectWithin(out?.varianceS, expected.var_S);
  });

  it("matches Z, the two-sided p-value and tau", () => {
    expectWithin(out?.z, expected.Z);
    expectWithin(out?.pValue, expected.p_value_two_sided);
    expectWithin(out?.tau, expected.tau);
  });
});
