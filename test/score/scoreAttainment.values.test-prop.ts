// Attainment values, not only their order (docs/conventions.md#scoring): `at_least` scores actual / target (defined
// when target > 0), `at_most` scores target / actual (defined when actual > 0), neither capped nor floored.
// The second method: build the inputs from a known ratio r = m / 2^k and a whole number t, so that r · t is an exact
// double. Then actual / target (or target / actual) is exactly r — no rounding anywhere — and the score must be r to
// the last bit, also above 1 and below 0.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { scoreAttainment } from "../../src/score/scoreAttainment.js";

/** A dyadic ratio m / 2^k with |m| ≤ 2^20, k ≤ 12, and its numerator and exponent. */
const ratio = fc
  .tuple(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), fc.integer({ min: 0, max: 12 }))
  .map(([m, k]) => ({ m, k, r: m / 2 ** k }));
const whole = fc.integer({ min: 1, max: 2 ** 20 });

describe("scoreAttainment values", () => {
  test.prop([ratio, whole])("at_least: actual r·t against target t scores exactly r", ({ m, k, r }, t) => {
    const actual = (m * t) / 2 ** k; // |m·t| < 2^41: exact, and so is the division by a power of 2
    expect(scoreAttainment(actual, { kind: "at_least", value: t })).toBe(r);
    // The same through plannedValue, which replaces the target's value.
    expect(scoreAttainment(actual, { kind: "at_least", value: 1 }, { plannedValue: t })).toBe(r);
  });

  test.prop([ratio, whole])("at_most: target r·t against actual t scores exactly r", ({ m, k, r }, t) => {
    const target = (m * t) / 2 ** k;
    expect(scoreAttainment(t, { kind: "at_most", value: target })).toBe(r);
    expect(scoreAttainment(t, { kind: "at_most", value: 1 }, { plannedValue: target })).toBe(r);
  });

  test.prop([fc.integer({ min: -(2 ** 20), max: 0 }), fc.integer({ min: -1000, max: 1000 })])(
    "at_least with a target of 0 or less, and at_most with an actual of 0 or less, have no score",
    (nonPositive, other) => {
      expect(scoreAttainment(other, { kind: "at_least", value: nonPositive })).toBeNull();
      expect(scoreAttainment(nonPositive, { kind: "at_most", value: other })).toBeNull();
    },
  );

  test.prop([whole, fc.integer({ min: 2, max: 1000 })])(
    "is not capped: n times the at_least target scores n, and an at_most actual of target / n scores n",
    (t, n) => {
      expect(scoreAttainment(n * t, { kind: "at_least", value: t })).toBe(n);
      expect(scoreAttainment(t, { kind: "at_most", value: n * t })).toBe(n);
    },
  );
});
