import { describe, expect, it } from "vitest";
import { quantileOfSketch } from "../../src/aggregate/quantileOfSketch.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("quantileOfSketch: a malformed sketch", () => {
  it("throws invalid_argument for what is not a sketch, and for buckets that hold fewer values than the count", () => {
    expect(kpiErrorOf(() => quantileOfSketch({ count: 3 } as never, 0.5))).toEqual({
      code: "invalid_argument",
      path: ["sketch"],
      message: "quantileOfSketch: sketch must be a quantile sketch ({ count, zeroCount, positive, negative, relativeAccuracy })",
    });
    expect(kpiErrorOf(() => quantileOfSketch(null as never, 0.5))?.path).toEqual(["sketch"]);
    // Three values claimed, none in a bucket: it gave 0.
    const hollow = { relativeAccuracy: 0.01, count: 3, zeroCount: 0, positive: {}, negative: {} };
    expect(kpiErrorOf(() => quantileOfSketch(hollow, 0.5))).toEqual({
      code: "invalid_argument",
      path: ["sketch", "count"],
      message: "quantileOfSketch: the sketch's buckets hold fewer values than its count (3)",
    });
    // Consistent: two zeros and one value in positive bucket 0 (an estimate of 2·γ⁰/(γ+1) = 2/(γ+1), γ = 1.01/0.99);
    // the median (h = 1) is the second value, a zero.
    expect(quantileOfSketch({ ...hollow, zeroCount: 2, positive: { "0": 1 } }, 0.5)).toBe(0);
  });
});
