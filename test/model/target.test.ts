import { describe, expect, it } from "vitest";
import { parseTarget } from "../../src/model/target.js";

const base = { id: "t1", kpiId: "csat", scopeId: "svc-permits", validFrom: "2026-01-01" };

describe("parseTarget", () => {
  it("matches the documented example", () => {
    expect(parseTarget({ id: "t1", kpiId: "csat", scopeId: "svc-permits", validFrom: "2026-01-01", kind: "at_least", value: 85 }).rag).toEqual({
      green: 1,
      amber: 0.9,
    });
  });

  it("accepts a band of zero width and a trajectory", () => {
    expect(parseTarget({ ...base, kind: "between", lo: 80, hi: 80, tolerance: 5 }).kind).toBe("between");
    const t = parseTarget({
      ...base,
      kind: "at_most",
      value: 10,
      trajectory: { milestones: [{ date: "2026-01-01", value: 20 }, { date: "2026-12-31", value: 10 }] },
    });
    expect(t.kind === "at_most" && t.trajectory?.interpolation).toBe("linear");
  });

  it("refuses a band with lo above hi and a tolerance of 0", () => {
    expect(() => parseTarget({ ...base, kind: "between", lo: 90, hi: 80, tolerance: 5 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["hi"] }),
    );
    expect(() => parseTarget({ ...base, kind: "between", lo: 80, hi: 90, tolerance: 0 })).toThrowError(
      expect.objectContaining({ path: ["tolerance"] }),
    );
  });

  it("refuses unordered milestones and amber above green", () => {
    expect(() =>
      parseTarget({ ...base, kind: "at_least", value: 1, trajectory: { milestones: [{ date: "2026-06-01", value: 1 }, { date: "2026-01-01", value: 2 }] } }),
    ).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["trajectory", "milestones", 1, "date"] }));
    expect(() => parseTarget({ ...base, kind: "at_least", value: 1, rag: { green: 0.8, amber: 0.9 } })).toThrowError(
      expect.objectContaining({ path: ["rag", "amber"] }),
    );
  });

  it("refuses a non-finite value and an unknown kind", () => {
    expect(() => parseTarget({ ...base, kind: "at_least", value: Number.NaN })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["value"] }),
    );
    expect(() => parseTarget({ ...base, kind: "exactly", value: 1 })).toThrowError(expect.objectContaining({ path: ["kind"] }));
  });
});
