import { describe, expect, it } from "vitest";
import { KpiError, isKpiError } from "../src/errors.js";

describe("KpiError", () => {
  it("matches the documented example", () => {
    const error = new KpiError("non_finite", "scoreAttainment: actual is NaN", { path: ["actual"] });
    expect(error.code).toBe("non_finite");
  });

  it("carries name, path, issues and cause", () => {
    const cause = new Error("inner");
    const error = new KpiError("cycle", "f: loop", { path: ["a", 1], cause });
    expect(error.name).toBe("KpiError");
    expect(error.path).toEqual(["a", 1]);
    expect(error.issues).toEqual([]);
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });
});

describe("isKpiError", () => {
  it("matches the documented example", () => {
    expect(isKpiError(new KpiError("cycle", "parseScopeTree: a cycle"), "cycle")).toBe(true);
  });

  it("recognises a structural copy from another build and checks the code", () => {
    const foreign = { name: "KpiError", code: "cycle", path: [], message: "x" };
    expect(isKpiError(foreign)).toBe(true);
    expect(isKpiError(foreign, "duplicate_id")).toBe(false);
    expect(isKpiError(new Error("x"))).toBe(false);
    expect(isKpiError(null)).toBe(false);
  });
});
