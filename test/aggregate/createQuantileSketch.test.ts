import { describe, expect, it } from "vitest";
import { createQuantileSketch } from "../../src/aggregate/createQuantileSketch.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("createQuantileSketch", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => createQuantileSketch(undefined as never), [], "createQuantileSketch: values must be an array, not undefined"],
      [() => createQuantileSketch(null as never), [], "createQuantileSketch: values must be an array, not null"],
      [() => createQuantileSketch({} as never), [], "createQuantileSketch: values must be an array, not an object"],
      [() => createQuantileSketch(1 as never), [], "createQuantileSketch: values must be an array, not number"],
      [() => createQuantileSketch([1], null as never), [], "createQuantileSketch: options must be an object, not null"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
