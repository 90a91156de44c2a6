// Expected values come from independent implementations run once by hand: python3's math.erfc (C library
// erfc) and scipy 1.17 (stats.norm.ppf, stats.t.ppf), e.g. `python3 -c "import math; print(repr(math.erfc(3)))"`
// and `python3 -c "from scipy import stats; print(repr(stats.t.ppf(0.975, 23)))"`.
import { describe, expect, it } from "vitest";
import { erfc } from "../../src/trend/_lib/erfc.js";
import { normalQuantile } from "../../src/trend/_lib/normalQuantile.js";
import { studentTQuantile } from "../../src/trend/_lib/studentTQuantile.js";

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe("erfc", () => {
  it("matches the documented example", () => {
    expectRelative(erfc(1), 0.15729920705028513, 1e-15);
  });

  it.each([
    [0, 1],
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [3, 2.2090496998585438e-5],
    [6, 2.1519736712498913e-17],
    [10, 2.088487583762545e-45],
    [-1, 1.842700792949715],
    [-3, 1.9999779095030015],
  ])("agrees with python3 math.erfc to 1e-15 relative when x = %d", (x, expected) => {
    expectRelative(erfc(x), expected, 1e-15);
  });

  it("underflows to 0 when x is large", () => {
    expect(erfc(30)).toBe(0);
  });
});

describe("normalQuantile", () => {
  it("matches the documented example", () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
  });

  it("agrees with scipy norm.ppf in both tails", () => {
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-14);
    expectRelative(normalQuantile(0.999), 3.090232306167813, 1e-14);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
  });
});

describe("studentTQuantile", () => {
  it("matches the documented example", () => {
    expectRelative(studentTQuantile(0.95, 10), 2.228138851986274, 1e-14);
  });

  it.each([
    [1, 12.706204736174694, 63.656741162871526],
    [2, 4.302652729749462, 9.924843200918287],
    [3, 3.1824463052837078, 5.840909309733355],
    [23, 2.0686576104190486, 2.807335683769999],
    [100, 1.9839715185235518, 2.6258905214380173],
    [728, 1.9632279311272274, 2.582599504382056],
    [2000, 1.9611508260994377, 2.5782897875575186],
    [100000, 1.9599877075346095, 2.575878469908375],
  ])("agrees with scipy t.ppf to 1e-13 relative when ν = %d", (nu, at95, at99) => {
    expectRelative(studentTQuantile(0.95, nu), at95, 1e-13);
    expectRelative(studentTQuantile(0.99, nu), at99, 1e-13);
  });
});
