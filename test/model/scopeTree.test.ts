import { describe, expect, it } from "vitest";
import { parseScopeTree } from "../../src/model/scopeTree.js";
import { scopes } from "../fixtures.js";

describe("parseScopeTree", () => {
  it("matches the documented example", () => {
    expect(
      parseScopeTree([
        { id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null },
        { id: "riga", kind: "municipality", name: { lv: "Rīga", en: "Riga" }, parentId: "lv" },
      ]).length,
    ).toBe(2);
  });

  it("accepts skipped levels and service→resource links", () => {
    expect(parseScopeTree(scopes)[3]?.resourceIds).toEqual(["dms"]);
  });

  it("refuses a tree with no root", () => {
    const noRoot = scopes.map((s) => (s.parentId === null ? { ...s, parentId: "ezer" } : s));
    // lv's parent becomes ezer, whose parent is lv: with every parent present, no root means a loop, named as one.
    expect(() => parseScopeTree(noRoot)).toThrowError(expect.objectContaining({ code: "cycle", path: [0, "parentId"] }));
  });

  it("refuses a cycle below the root", () => {
    const tree = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "i", kind: "institution", name: { lv: "I", en: "I" }, parentId: "lv" },
      { id: "r1", kind: "resource", name: { lv: "A", en: "A" }, parentId: "r2" },
      { id: "r2", kind: "resource", name: { lv: "B", en: "B" }, parentId: "r1" },
    ];
    try {
      parseScopeTree(tree);
      expect.unreachable();
    } catch (error) {
      const issues = (error as { issues: { params?: { code?: string }; path: unknown[] }[] }).issues;
      expect(issues.find((i) => i.params?.code === "cycle")?.path).toEqual([2, "parentId"]);
    }
  });

  it("refuses a node that is its own ancestor with code cycle, naming every node of the loop, before kind order", () => {
    // i1 → i2 → i3 → i1 (each the parent of the one before); all institutions, so the kind order is broken too, and
    // would have been reported first ("an institution cannot sit below an institution") before issue 9.
    const tree = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "ok", kind: "institution", name: { lv: "O", en: "O" }, parentId: "lv" },
      { id: "i2", kind: "institution", name: { lv: "B", en: "B" }, parentId: "i3" },
      { id: "i1", kind: "institution", name: { lv: "A", en: "A" }, parentId: "i2" },
      { id: "i3", kind: "institution", name: { lv: "C", en: "C" }, parentId: "i1" },
    ];
    expect(() => parseScopeTree(tree)).toThrowError(expect.objectContaining({ code: "cycle", path: [2, "parentId"] }));
    // The loop is named from its first node in input order (i2), child before parent: i2's parent is i3, whose is i1.
    expect(() => parseScopeTree(tree)).toThrowError(/"i2" → "i3" → "i1" → "i2"/);
  });

  it("refuses a node that is its own parent with code cycle", () => {
    const tree = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "x", kind: "service", name: { lv: "X", en: "X" }, parentId: "x" },
    ];
    expect(() => parseScopeTree(tree)).toThrowError(expect.objectContaining({ code: "cycle", path: [1, "parentId"] }));
    expect(() => parseScopeTree(tree)).toThrowError(/"x" → "x"/);
  });

  it("refuses a tree that is all loop (no root) with code cycle", () => {
    const tree = [
      { id: "a", kind: "service", name: { lv: "A", en: "A" }, parentId: "b" },
      { id: "b", kind: "institution", name: { lv: "B", en: "B" }, parentId: "a" },
    ];
    expect(() => parseScopeTree(tree)).toThrowError(expect.objectContaining({ code: "cycle", path: [0, "parentId"] }));
  });

  it("refuses a link to a node that is not a resource, and life situations on a non-service", () => {
    const bad = scopes.map((s) => (s.id === "permits" ? { ...s, resourceIds: ["admin"] } : s));
    expect(() => parseScopeTree(bad)).toThrowError(expect.objectContaining({ path: [3, "resourceIds", 0] }));
    const bad2 = scopes.map((s) => (s.id === "dms" ? { ...s, lifeSituations: ["x"] } : s));
    expect(() => parseScopeTree(bad2)).toThrowError(expect.objectContaining({ path: [4, "lifeSituations"] }));
  });

  it("refuses a municipality under a sector (same depth)", () => {
    const tree = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "s", kind: "sector", name: { lv: "S", en: "S" }, parentId: "lv" },
      { id: "m", kind: "municipality", name: { lv: "M", en: "M" }, parentId: "s" },
    ];
    expect(() => parseScopeTree(tree)).toThrowError(expect.objectContaining({ path: [2, "parentId"] }));
  });
});
