import { describe, expect, it } from "vitest";
import { isRecord } from "../../src/internal/isRecord.js";

describe("isRecord", () => {
  it("matches the documented example", () => {
    expect([isRecord({ scopes: [] }), isRecord([]), isRecord(null), isRecord("x")]).toEqual([true, false, false, false]);
  });

  it("takes objects of any class but arrays, and no primitive", () => {
    expect([isRecord(new Map()), isRecord(Object.create(null)), isRecord(undefined), isRecord(0)]).toEqual([true, true, false, false]);
  });
});
