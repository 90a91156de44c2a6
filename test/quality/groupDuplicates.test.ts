import { describe, expect, it } from "vitest";
import { groupDuplicates } from "../../src/quality/_lib/groupDuplicates.js";

describe("groupDuplicates", () => {
  it("matches the documented example", () => {
    expect(
      groupDuplicates([
        { id: "a", kpiId: "k", subjectId: "s", at: 5 },
        { id: "b", kpiId: "k", subjectId: "s", at: 5 },
      ] as never).map((g) => g.ids),
    ).toEqual([["a", "b"]]);
  });
});
