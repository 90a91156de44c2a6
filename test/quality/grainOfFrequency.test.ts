import { describe, expect, it } from "vitest";
import { grainOfFrequency } from "../../src/quality/_lib/grainOfFrequency.js";

describe("grainOfFrequency", () => {
  it("matches the documented example", () => {
    expect(grainOfFrequency("continuous", ["frequency"], "f")).toBe("day");
  });

  it("maps every frequency to its grain", () => {
    const frequencies = ["daily", "weekly", "monthly", "quarterly", "yearly"] as const;
    expect(frequencies.map((f) => grainOfFrequency(f, [], "f"))).toEqual(["day", "week", "month", "quarter", "year"]);
  });
});
