import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { workspaceInput } from "../fixtures.js";

const fails = (input: unknown, code: string, path: readonly PropertyKey[]): void => {
  expect(() => parseWorkspace(input)).toThrowError(expect.objectContaining({ code, path }));
};

describe("parseWorkspace", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "Europe/Riga" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    expect(workspace.responsibilityMatrix.duties.length).toBe(4);
  });

  it("parses a valid workspace and freezes it", () => {
    const w = parseWorkspace(workspaceInput());
    expect(w.kpis.map((k) => k.id)).toEqual(["permits-in-time", "backlog"]);
    expect(w.roles.length).toBe(10);
    expect(Object.isFrozen(w)).toBe(true);
    expect(Object.isFrozen(w.kpis[0])).toBe(true);
    // Instants become epoch ms: 2025-06-01T00:00:00+03:00 = 2025-05-31T21:00:00Z.
    expect(w.annotations[0]?.at).toBe(Date.UTC(2025, 4, 31, 21));
  });

  it("accepts JSON text", () => {
    expect(parseWorkspace(JSON.stringify(workspaceInput())).scopes.length).toBe(5);
  });

  it("rejects a missing field with its path", () => {
    const input = workspaceInput();
    delete (input.kpis[0] as Record<string, unknown>)["unit"];
    fails(input, "invalid_input", ["kpis", 0, "unit"]);
  });

  it("rejects a mistyped field with its path", () => {
    const input = workspaceInput();
    (input.kpis[1] as Record<string, unknown>)["precision"] = "two";
    fails(input, "invalid_input", ["kpis", 1, "precision"]);
  });

  it("rejects a non-finite number", () => {
    const input = workspaceInput();
    (input.targets[0] as Record<string, unknown>)["value"] = Number.POSITIVE_INFINITY;
    fails(input, "non_finite", ["targets", 0, "value"]);
  });

  it("rejects an unknown time zone", () => {
    const input = workspaceInput();
    input["calendars"] = [{ timeZone: "Europe/Atlantis" }];
    fails(input, "invalid_time_zone", ["calendars", 0, "timeZone"]);
  });

  it("rejects a duplicate scope id", () => {
    const input = workspaceInput();
    input.scopes.push({ id: "dms", kind: "resource", name: { lv: "Cits", en: "Other" }, parentId: "admin" });
    fails(input, "duplicate_id", ["scopes", 5, "id"]);
  });

  it("rejects a duplicate KPI id", () => {
    const input = workspaceInput();
    input.kpis.push({ ...input.kpis[0] });
    fails(input, "duplicate_id", ["kpis", 2, "id"]);
  });

  it("rejects a cycle in the scope tree", () => {
    const input = workspaceInput();
    // admin → ezer → admin: ezer's parent becomes admin, so no node but lv reaches... lv is the root; the cycle is
    // ezer ↔ admin. Kinds would also be out of order, so make both institutions' parents each other via a resource pair.
    input.scopes = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "r1", kind: "resource", name: { lv: "A", en: "A" }, parentId: "r2" },
      { id: "r2", kind: "resource", name: { lv: "B", en: "B" }, parentId: "r1" },
    ];
    input.kpis = [];
    input.targets = [];
    input["goals"] = [];
    input["annotations"] = [];
    input["roleAssignments"] = [];
    // Cycles are checked before kind order (issue 9): the loop is reported, not "a resource cannot sit below a resource".
    expect(() => parseWorkspace(input)).toThrowError(expect.objectContaining({ code: "cycle", path: ["scopes", 1, "parentId"] }));
    expect(() => parseWorkspace(input)).toThrowError(/"r1" → "r2" → "r1"/);
  });

  it("rejects a cycle with nothing else wrong, with code cycle", () => {
    const input = workspaceInput();
    input.scopes = [
      { id: "lv", kind: "national", name: { lv: "L", en: "L" }, parentId: null },
      { id: "a", kind: "institution", name: { lv: "A", en: "A" }, parentId: "b" },
      { id: "b", kind: "institution", name: { lv: "B", en: "B" }, parentId: "a" },
    ];
    // Kinds equal, so the order check would fire too; the cycle is found first and is the error's code (issue 9).
    const bare = { ...input, kpis: [], targets: [], goals: [], annotations: [], roleAssignments: [] };
    expect(() => parseWorkspace(bare)).toThrowError(expect.objectContaining({ code: "cycle", path: ["scopes", 1, "parentId"] }));
    expect(() => parseWorkspace(bare)).toThrowError(/"a" → "b" → "a"/);
  });

  it("rejects an SLA objective whose KPI does not apply to services, and accepts one whose KPI does (issue 9)", () => {
    const objective = (kpiId: string) => ({
      id: "o1", name: { lv: "T", en: "T" }, indicator: "threshold", kpiId, slo: "95", window: { kind: "calendar", grain: "month" },
      threshold: { value: 10, comparison: "at_most" },
    });
    const sla = (kpiId: string) => [{ id: "sla", serviceId: "permits", name: { lv: "S", en: "S" }, objectives: [objective(kpiId)] }];
    const input = workspaceInput();
    // backlog applies to services only: fine. A KPI only for institutions and municipalities has no service records.
    expect(() => parseWorkspace({ ...input, slaTerms: sla("backlog") })).not.toThrow();
    const kpis = [...input.kpis, { ...input.kpis[1], id: "inst-only", drivers: [], scopeKinds: ["institution", "municipality"] }];
    fails({ ...input, kpis, slaTerms: sla("inst-only") }, "inapplicable_kpi", ["slaTerms", 0, "objectives", 0, "kpiId"]);
  });

  it("rejects more than one root", () => {
    const input = workspaceInput();
    input.scopes.push({ id: "lt", kind: "national", name: { lv: "Lietuva", en: "Lithuania" }, parentId: null });
    fails(input, "invalid_input", ["scopes", 5, "parentId"]);
  });

  it("rejects a kind above its parent's kind", () => {
    const input = workspaceInput();
    input.scopes.push({ id: "x", kind: "institution", name: { lv: "X", en: "X" }, parentId: "permits" });
    fails(input, "invalid_input", ["scopes", 5, "parentId"]);
  });

  it("rejects an unknown parent", () => {
    const input = workspaceInput();
    input.scopes.push({ id: "x", kind: "resource", name: { lv: "X", en: "X" }, parentId: "nowhere" });
    fails(input, "unknown_reference", ["scopes", 5, "parentId"]);
  });

  it("rejects a link to an unknown resource", () => {
    const input = workspaceInput();
    (input.scopes[3] as { resourceIds: string[] }).resourceIds = ["dms", "crm"];
    fails(input, "unknown_reference", ["scopes", 3, "resourceIds", 1]);
  });

  it("rejects a driver link to an unknown KPI", () => {
    const input = workspaceInput();
    (input.kpis[1] as { drivers: unknown[] }).drivers = [{ laggingKpiId: "nope", sign: "positive", lagPeriods: 0 }];
    fails(input, "unknown_reference", ["kpis", 1, "drivers", 0, "laggingKpiId"]);
  });

  it("rejects a driver link from a leading KPI to a leading KPI", () => {
    const input = workspaceInput();
    input.kpis.push({ ...input.kpis[1], id: "backlog-2", drivers: [{ laggingKpiId: "backlog", sign: "positive" }] });
    fails(input, "invalid_input", ["kpis", 2, "drivers", 0, "laggingKpiId"]);
  });

  it("rejects a driver link on a lagging KPI (lagging → leading)", () => {
    const input = workspaceInput();
    (input.kpis[0] as { drivers: unknown[] }).drivers = [{ laggingKpiId: "backlog", sign: "negative" }];
    fails(input, "invalid_input", ["kpis", 0, "drivers"]);
  });

  it("rejects a KPI that drives itself as a cycle", () => {
    const input = workspaceInput();
    (input.kpis[1] as { drivers: unknown[] }).drivers = [{ laggingKpiId: "backlog", sign: "negative" }];
    fails(input, "cycle", ["kpis", 1, "drivers", 0, "laggingKpiId"]);
  });

  it("rejects sum as the roll-up of a percentage", () => {
    const input = workspaceInput();
    (input.kpis[0] as Record<string, unknown>)["rollUp"] = "sum";
    fails(input, "invalid_rollup", ["kpis", 0, "rollUp"]);
  });

  it("rejects overlapping targets for one KPI and node", () => {
    const input = workspaceInput();
    (input.targets[0] as Record<string, unknown>)["validTo"] = "2026-02-01";
    fails(input, "overlapping_targets", ["targets", 1, "validFrom"]);
  });

  it("accepts targets that only touch (half-open validity)", () => {
    expect(parseWorkspace(workspaceInput()).targets.length).toBe(2);
  });

  it("rejects a target whose validity is out of order", () => {
    const input = workspaceInput();
    (input.targets[0] as Record<string, unknown>)["validTo"] = "2024-12-31";
    fails(input, "invalid_interval", ["targets", 0, "validTo"]);
  });

  it("rejects a target for a KPI that does not apply to the node's kind", () => {
    const input = workspaceInput();
    input.targets.push({ id: "t3", kpiId: "backlog", scopeId: "admin", validFrom: "2025-01-01", kind: "at_most", value: 10 });
    fails(input, "inapplicable_kpi", ["targets", 2, "scopeId"]);
  });

  it("rejects a target whose kind contradicts the KPI's direction", () => {
    const input = workspaceInput();
    input.targets.push({ id: "t3", kpiId: "backlog", scopeId: "permits", validFrom: "2025-01-01", kind: "at_least", value: 10 });
    fails(input, "invalid_input", ["targets", 2, "kind"]);
  });

  it("rejects a role assignment to an unknown role", () => {
    const input = workspaceInput();
    (input["roleAssignments"] as Record<string, unknown>[])[0] = { roleId: "owner", scopeId: "permits", holder: { name: "X" }, from: "2025-01-01" };
    fails(input, "unknown_reference", ["roleAssignments", 0, "roleId"]);
  });

  it("rejects a goal that lists a lagging KPI as leading", () => {
    const input = workspaceInput();
    (input["goals"] as Record<string, unknown>[])[0] = { id: "g", scopeId: "ezer", name: { lv: "G", en: "G" }, leadingKpiIds: ["permits-in-time"] };
    fails(input, "invalid_input", ["goals", 0, "leadingKpiIds", 0]);
  });

  it("rejects an annotation on an unknown KPI", () => {
    const input = workspaceInput();
    (input["annotations"] as Record<string, unknown>[])[0] = { id: "a", at: 0, kpiId: "nope", text: { lv: "x", en: "x" } };
    fails(input, "unknown_reference", ["annotations", 0, "kpiId"]);
  });

  it("refuses __proto__ and constructor keys without polluting prototypes", () => {
    const text = JSON.stringify(workspaceInput()).replace('"name":{"lv":"Piemērs"', '"__proto__":{"polluted":true},"name":{"lv":"Piemērs"');
    expect(() => parseWorkspace(text)).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["__proto__"] }));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const withConstructor = JSON.stringify(workspaceInput()).replace('"kpis":[{', '"kpis":[{"constructor":{"prototype":{"x":1}},');
    expect(() => parseWorkspace(withConstructor)).toThrowError(expect.objectContaining({ path: ["kpis", 0, "constructor"] }));
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  it("parses a 10 MB workspace without hanging", () => {
    const input = workspaceInput();
    // 20 000 resources under the administration, each ~500 bytes → about 10 MB of JSON.
    for (let i = 0; i < 20_000; i++) {
      input.scopes.push({
        id: `res-${i}`,
        kind: "resource",
        name: { lv: `Resurss ${i} ${"ā".repeat(200)}`, en: `Resource ${i} ${"a".repeat(200)}` },
        parentId: "admin",
      });
    }
    const text = JSON.stringify(input);
    expect(text.length).toBeGreaterThan(9_000_000);
    expect(parseWorkspace(text).scopes.length).toBe(20_005);
  });

  it("says where a text stops being JSON, on one line", () => {
    // Counted by hand: on line 2, `  "name": ,` has its comma (column 11) where a value belongs.
    expect(() => parseWorkspace('{\n  "name": ,\n  "scopes": []\n}')).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [], message: expect.stringMatching(/^parseWorkspace: not valid JSON at line 2, column 11 \([^\n]+\)$/) }),
    );
  });

  it("fails a text above the size limit with input_too_large", () => {
    expect(() => parseWorkspace(JSON.stringify(workspaceInput()), { maxBytes: 100 })).toThrowError(
      expect.objectContaining({ code: "input_too_large", path: [] }),
    );
  });

  it("refuses a size limit that is not a number of 0 or more (a string limit had turned the limit off)", () => {
    for (const maxBytes of ["100", -1, Number.NaN, {}]) {
      expect(kpiErrorOf(() => parseWorkspace(JSON.stringify(workspaceInput()), { maxBytes: maxBytes as never }))).toEqual({
        code: "invalid_argument",
        path: ["options", "maxBytes"],
        message: "parseWorkspace: options.maxBytes must be a number of characters, 0 or more",
      });
    }
    expect(kpiErrorOf(() => parseWorkspace(JSON.stringify(workspaceInput()), { maxBytes: 0 }))?.code).toBe("input_too_large");
  });
});

describe("parseWorkspace: wrong-shaped arguments", () => {
  it("refuses an input that is not a workspace object as invalid_input, and options that are not an object as invalid_argument", () => {
    // The input is untrusted data: what is neither an object nor JSON text of one fails the schema at its root.
    for (const input of [undefined, null, 5, [], "null", "5"]) {
      expect(kpiErrorOf(() => parseWorkspace(input))).toEqual({ code: "invalid_input", path: [], message: expect.stringMatching(/^parseWorkspace: input: /) });
    }
    const error = (options: unknown) => kpiErrorOf(() => parseWorkspace(workspaceInput(), options as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["options"], message: "parseWorkspace: options must be an object, not null" });
    expect(error(5)).toEqual({ code: "invalid_argument", path: ["options"], message: "parseWorkspace: options must be an object, not number" });
    expect(kpiErrorOf(() => parseWorkspace("{}", "big" as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "parseWorkspace: options must be an object, not string",
    });
  });
});
