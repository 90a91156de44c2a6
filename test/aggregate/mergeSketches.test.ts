import { describe, expect, it } from "vitest";
import { createQuantileSketch } from "../../src/aggregate/createQuantileSketch.js";
import { mergeSketches } from "../../src/aggregate/mergeSketches.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("mergeSketches", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const sketch = createQuantileSketch([1, 2]);
    const cases: [() => unknown, unknown[], string][] = [
      [() => mergeSketches(undefined as never, sketch), [], "mergeSketches: a must be an object, not undefined"],
      [() => mergeSketches(sketch, null as never), [], "mergeSketches: b must be an object, not null"],
      [() => mergeSketches(sketch, "x" as never), [], "mergeSketches: b must be an object, not string"],
      [() => mergeSketches({} as never, sketch), ["positive"], "mergeSketches: a.positive must be an object, not undefined"],
      [() => mergeSketches(sketch, { relativeAccuracy: 0.01, count: 0, zeroCount: 0, positive: {} } as never), ["negative"], "mergeSketches: b.negative must be an object, not undefined"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
