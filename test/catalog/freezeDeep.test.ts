import { describe, expect, it } from "vitest";
import { freezeDeep } from "../../src/catalog/_lib/freezeDeep.js";

describe("freezeDeep", () => {
  it("matches the documented example", () => {
    const entry = freezeDeep({ name: { lv: "Pieejamība", en: "Availability" } });
    expect(Object.isFrozen(entry.name)).toBe(true);
  });

  it("freezes arrays and objects nested in arrays when given a tree", () => {
    const value = freezeDeep({ steps: [{ lv: "a", en: "b" }], tags: ["x"] });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.steps)).toBe(true);
    expect(Object.isFrozen(value.steps[0])).toBe(true);
    expect(Object.isFrozen(value.tags)).toBe(true);
  });

  it("returns the same value rather than a copy", () => {
    const value = { a: 1 };
    expect(freezeDeep(value)).toBe(value);
  });

  it("freezes children of an already frozen parent", () => {
    const child = { a: 1 };
    const parent = Object.freeze({ child });
    freezeDeep(parent);
    expect(Object.isFrozen(child)).toBe(true);
  });

  it("returns primitives and null unchanged", () => {
    expect(freezeDeep(3)).toBe(3);
    expect(freezeDeep("x")).toBe("x");
    expect(freezeDeep(null)).toBe(null);
    expect(freezeDeep(undefined)).toBe(undefined);
  });
});
