// The "k of m beyond" rules against a brute-force second method: every window of m consecutive points in the phase
// is checked directly, and the points beyond the zone limit on the last point's side are listed by filtering.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { nelsonRules } from "../../src/trend/nelsonRules.js";
import { westernElectricRules } from "../../src/trend/westernElectricRules.js";
import { xmrChart } from "../../src/trend/xmrChart.js";

const values = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 5, maxLength: 40 });

function bruteForce(xs: readonly number[], k: number, m: number, sigmas: number) {
  const chart = xmrChart(
    xs.map((value, index) => ({ index, value })),
    { ruleSet: "none" },
  ).result!;
  const limits = chart.phases[0]!.limits!;
  const high = limits.centerLine + sigmas * limits.sigma;
  const low = limits.centerLine - sigmas * limits.sigma;
  const expected: { index: number; members: number[]; beyond: number[] }[] = [];
  for (let end = m - 1; end < xs.length; end++) {
    const last = xs[end]!;
    const side = last > high ? 1 : last < low ? -1 : 0;
    if (side === 0) continue;
    const members = Array.from({ length: m }, (_, j) => end - m + 1 + j);
    const beyond = members.filter((i) => (side > 0 ? xs[i]! > high : xs[i]! < low));
    if (beyond.length >= k) expected.push({ index: end, members, beyond });
  }
  return { chart, expected };
}

describe("nelsonRules", () => {
  test.prop([values])("rule 5 reports every 2-of-3 window and exactly its points beyond 2σ", (xs) => {
    const { chart, expected } = bruteForce(xs, 2, 3, 2);
    const got = nelsonRules(chart, { rules: [5] }).map(({ index, members, beyond }) => ({ index, members, beyond }));
    expect(got).toEqual(expected);
  });

  test.prop([values])("rule 6 reports every 4-of-5 window and exactly its points beyond 1σ", (xs) => {
    const { chart, expected } = bruteForce(xs, 4, 5, 1);
    const got = nelsonRules(chart, { rules: [6] }).map(({ index, members, beyond }) => ({ index, members, beyond }));
    expect(got).toEqual(expected);
  });
});

describe("westernElectricRules", () => {
  test.prop([values])("rules 2 and 3 name the same points as Nelson 5 and 6", (xs) => {
    const chart = xmrChart(
      xs.map((value, index) => ({ index, value })),
      { ruleSet: "none" },
    ).result!;
    const strip = (s: { index: number; members: readonly number[]; beyond: readonly number[] }) => [s.index, s.members, s.beyond];
    expect(westernElectricRules(chart, { rules: [2] }).map(strip)).toEqual(nelsonRules(chart, { rules: [5] }).map(strip));
    expect(westernElectricRules(chart, { rules: [3] }).map(strip)).toEqual(nelsonRules(chart, { rules: [6] }).map(strip));
  });
});
