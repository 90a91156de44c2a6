import { describe, expect, it } from "vitest";
import { reportKnownAt } from "../../src/sql/_lib/reportKnownAt.js";

describe("reportKnownAt", () => {
  it("matches the documented example", () => {
    expect([reportKnownAt({ table: "m" }, 5), reportKnownAt({ table: "m", columns: { recordedAt: null } }, 5)]).toEqual([5, undefined]);
  });

  it("keeps asOf for a recordedAt column of another name", () => {
    expect(reportKnownAt({ table: "m", columns: { recordedAt: "recorded_at" } }, 7)).toBe(7);
  });
});
