import { describe, expect, it } from "vitest";
import { grainOfLabel } from "../../src/time/grainOfLabel.js";

describe("grainOfLabel", () => {
  it("matches the documented example", () => {
    expect(grainOfLabel("2026-W53")).toBe("week");
  });

  it("reads every shape and refuses others", () => {
    expect(["2026-03-29", "2026-03", "2026-Q1", "2026", "FY2025-26", "26-03", "fy2025-26"].map(grainOfLabel)).toEqual([
      "day", "month", "quarter", "year", "fiscal_year", null, null,
    ]);
  });
});
