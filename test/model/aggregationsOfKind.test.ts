import { describe, expect, it } from "vitest";
import { AGGREGATIONS_OF_KIND } from "../../src/model/_lib/aggregationsOfKind.js";

describe("AGGREGATIONS_OF_KIND", () => {
  it("matches the documented example", () => {
    expect([AGGREGATIONS_OF_KIND.ratio, AGGREGATIONS_OF_KIND.duration.includes("first")]).toEqual([["ratio_of_sums"], false]);
  });
});
