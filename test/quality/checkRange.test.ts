import { describe, expect, it } from "vitest";
import { checkRange, valueOf } from "../../src/quality/_lib/checkRange.js";

describe("checkRange", () => {
  it("matches the documented example", () => {
    const kpis = new Map([["k", { id: "k", measure: { kind: "value" }, validRange: { max: 10 } }]]);
    expect(checkRange({ id: "a", kpiId: "k", at: 0, value: 11 } as never, 0, kpis as never, "f")).toEqual(["above_max"]);
  });
});

describe("valueOf", () => {
  it("matches the documented example", () => {
    expect(valueOf({ numerator: 3, denominator: 4 } as never, { id: "k", measure: { kind: "ratio", scale: 100 } } as never)).toBe(75);
  });
});
