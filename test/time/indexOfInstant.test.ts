import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { indexOfInstant } from "../../src/time/indexOfInstant.js";

describe("indexOfInstant", () => {
  it("matches the documented example", () => {
    expect(indexOfInstant({ starts: Float64Array.of(0, 10, 25) }, 12)).toBe(1);
  });

  it("includes a start and excludes the final end", () => {
    const index = { starts: Float64Array.of(0, 10, 25, 40) };
    expect([0, 9, 10, 24, 25, 39, 40, -1, Number.NaN].map((ms) => indexOfInstant(index, ms))).toEqual([0, 0, 1, 1, 2, 2, -1, -1, -1]);
  });

  it("returns -1 when there are no periods", () => {
    expect(indexOfInstant({ starts: Float64Array.of(5) }, 5)).toBe(-1);
  });
});

describe("indexOfInstant: wrong-shaped arguments", () => {
  it("throws invalid_argument for an index that is not an object or has no starts", () => {
    const error = (index: unknown) => kpiErrorOf(() => indexOfInstant(index as never, 12));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: [], message: "indexOfInstant: index must be an object, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "indexOfInstant: index must be an object, not null" });
    expect(error(5)).toEqual({ code: "invalid_argument", path: [], message: "indexOfInstant: index must be an object, not number" });
    expect(error({})).toEqual({
      code: "invalid_argument",
      path: ["starts"],
      message: "indexOfInstant: index.starts must be a Float64Array of period boundaries, not undefined",
    });
    expect(error({ starts: null })).toEqual({
      code: "invalid_argument",
      path: ["starts"],
      message: "indexOfInstant: index.starts must be a Float64Array of period boundaries, not null",
    });
  });
});
