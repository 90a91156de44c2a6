import { describe, expect, it } from "vitest";
import { withArticle } from "../../src/internal/withArticle.js";

describe("withArticle", () => {
  it("matches the documented example", () => {
    expect([withArticle("institution"), withArticle("service"), withArticle("array")]).toEqual(["an institution", "a service", "an array"]);
  });
});
