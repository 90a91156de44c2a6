import { describe, expect, it } from "vitest";
import { withoutSuperseded } from "../../src/quality/_lib/withoutSuperseded.js";

describe("withoutSuperseded", () => {
  it("matches the documented example", () => {
    expect(withoutSuperseded([{ id: "a" }, { id: "b", supersedes: "a" }, { id: "c", supersedes: "gone" }]).map((r) => r.id)).toEqual(["b", "c"]);
  });

  it("returns the input itself when nothing is superseded", () => {
    const records = [{ id: "a" }, { id: "b" }];
    expect(withoutSuperseded(records)).toBe(records);
  });
});
