import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { parseWorkspace, WorkspaceSchema } from "../../src/model/workspace.js";
import { workspaceArb } from "../arbitraries.js";

type Input = Record<string, unknown> & { scopes: Record<string, unknown>[]; kpis: Record<string, unknown>[]; targets: Record<string, unknown>[] };

/** One-field mutations: each names the path it breaks and the code it must produce. */
const mutations: { name: string; apply: (w: Input, pick: number) => { path: (string | number)[]; code: string } | null }[] = [
  {
    name: "mistyped KPI unit",
    apply: (w, pick) => {
      const i = pick % w.kpis.length;
      (w.kpis[i] as Record<string, unknown>)["unit"] = 42;
      return { path: ["kpis", i, "unit"], code: "invalid_input" };
    },
  },
  {
    name: "missing scope name",
    apply: (w, pick) => {
      const i = pick % w.scopes.length;
      delete (w.scopes[i] as Record<string, unknown>)["name"];
      return { path: ["scopes", i, "name"], code: "invalid_input" };
    },
  },
  {
    name: "unknown parent",
    apply: (w, pick) => {
      const i = 1 + (pick % (w.scopes.length - 1));
      (w.scopes[i] as Record<string, unknown>)["parentId"] = "no-such-node";
      return { path: ["scopes", i, "parentId"], code: "unknown_reference" };
    },
  },
  {
    name: "invalid time zone",
    apply: (w) => {
      (w["calendars"] as Record<string, unknown>[])[0] = { timeZone: "Nowhere/Land" };
      return { path: ["calendars", 0, "timeZone"], code: "invalid_time_zone" };
    },
  },
  {
    name: "non-finite target value",
    apply: (w, pick) => {
      if (w.targets.length === 0) return null;
      const i = pick % w.targets.length;
      (w.targets[i] as Record<string, unknown>)["value"] = Number.NaN;
      return { path: ["targets", i, "value"], code: "non_finite" };
    },
  },
  {
    name: "target for an unknown KPI",
    apply: (w, pick) => {
      if (w.targets.length === 0) return null;
      const i = pick % w.targets.length;
      (w.targets[i] as Record<string, unknown>)["kpiId"] = "ghost";
      return { path: ["targets", i, "kpiId"], code: "unknown_reference" };
    },
  },
  {
    name: "duplicate KPI id",
    apply: (w) => {
      w.kpis.push({ ...(w.kpis[0] as Record<string, unknown>) });
      return { path: ["kpis", w.kpis.length - 1, "id"], code: "duplicate_id" };
    },
  },
  {
    name: "driver link to an unknown KPI",
    apply: (w) => {
      if (w.kpis.length < 2) return null;
      (w.kpis[1] as Record<string, unknown>)["drivers"] = [{ laggingKpiId: "ghost", sign: "positive" }];
      return { path: ["kpis", 1, "drivers", 0, "laggingKpiId"], code: "unknown_reference" };
    },
  },
];

describe("parseWorkspace", () => {
  test.prop([workspaceArb], { numRuns: 60 })("parses every generated valid workspace", (input) => {
    expect(WorkspaceSchema.safeParse(input).success).toBe(true);
    expect(parseWorkspace(input).scopes.length).toBe(input.scopes.length);
  });

  test.prop([workspaceArb, fc.nat({ max: mutations.length - 1 }), fc.nat()], { numRuns: 150 })(
    "fails a workspace mutated at one field with that field's path",
    (input, which, pick) => {
      const w = structuredClone(input) as Input;
      const mutation = mutations[which];
      const expected = mutation?.apply(w, pick);
      fc.pre(expected !== null && expected !== undefined);
      expect(() => parseWorkspace(w)).toThrowError(expect.objectContaining({ code: expected?.code, path: expected?.path }));
    },
  );
});
