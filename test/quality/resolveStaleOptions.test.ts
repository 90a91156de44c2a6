import { describe, expect, it } from "vitest";
import { resolveStaleOptions } from "../../src/quality/_lib/resolveStaleOptions.js";

describe("resolveStaleOptions", () => {
  it("matches the documented example", () => {
    expect(resolveStaleOptions({ asOf: 5 }, "f").graceMs).toBe(0);
  });

  it("throws invalid_argument without options", () => {
    expect(() => resolveStaleOptions(undefined, "f")).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["options"] }));
  });
});
