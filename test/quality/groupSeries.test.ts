import { describe, expect, it } from "vitest";
import { groupSeries } from "../../src/quality/_lib/groupSeries.js";

describe("groupSeries", () => {
  it("matches the documented example", () => {
    expect(
      groupSeries([{ kpiId: "k", subjectId: "a" }, { kpiId: "k", subjectId: "b" }, { kpiId: "k", subjectId: "a" }] as never).map((g) => [
        g.subjectId,
        g.records.length,
      ]),
    ).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });
});
