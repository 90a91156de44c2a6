import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { reviewWorkspace } from "../../src/quality/reviewWorkspace.js";
import { record } from "./records.js";

const text = (en: string) => ({ lv: en, en });
const kpi = (id: string, indicator: "leading" | "lagging", extra: Record<string, unknown> = {}) => ({
  id,
  name: text(id),
  indicator,
  ownerRoleId: "service_owner",
  scopeKinds: ["service", "institution"],
  drivers: [],
  ...extra,
});

const base = {
  roles: [{ id: "service_owner" }, { id: "service_provider" }],
  scopes: [
    { id: "inst", kind: "institution", name: text("Institution") },
    { id: "svc-a", kind: "service", name: text("A") },
    { id: "svc-b", kind: "service", name: text("B") },
  ],
  kpis: [
    kpi("fcr", "leading", { drivers: [{ laggingKpiId: "csat", sign: "positive", lagPeriods: 0 }] }),
    kpi("csat", "lagging"),
  ],
  goals: [{ id: "g", scopeId: "inst", leadingKpiIds: [], laggingKpiIds: ["csat"] }],
  targets: [
    { kpiId: "fcr", scopeId: "svc-a" },
    { kpiId: "csat", scopeId: "svc-a" },
    { kpiId: "csat", scopeId: "svc-b" },
  ],
  responsibilityMatrix: {
    duties: [
      { id: "d1", name: text("Measure"), assignments: { service_owner: "A", service_provider: "L" } },
      { id: "d2", name: text("Report"), assignments: { Service_Owner: "A", service_provider: "L" } },
    ],
  },
};

const codes = (findings: readonly { code: string; path: readonly unknown[] }[]) => findings.map((f) => [f.code, f.path]);

describe("reviewWorkspace", () => {
  it("matches the documented example", () => {
    const workspace = {
      roles: [{ id: "service_owner" }],
      scopes: [{ id: "svc", kind: "service", name: { lv: "Atļaujas", en: "Permits" } }],
      kpis: [
        { id: "csat", name: { lv: "Apmierinātība", en: "Satisfaction" }, indicator: "lagging", ownerRoleId: "service_owner", scopeKinds: ["service"], drivers: [] },
      ],
      goals: [{ id: "g", scopeId: "svc", leadingKpiIds: [], laggingKpiIds: ["csat"] }],
      targets: [{ kpiId: "csat", scopeId: "svc" }],
      responsibilityMatrix: { duties: [] },
    };
    expect(reviewWorkspace(workspace as never).map((f) => [f.code, f.path])).toEqual([["service_without_leading_kpi", ["scopes", 0]]]);
    // The finding carries the scope's id as data, not only in its message.
    expect(reviewWorkspace(workspace as never)[0]).toMatchObject({ scopeId: "svc", roleIds: [] });
  });

  it("finds a service without a leading KPI and a duty whose only A is an unknown role", () => {
    // svc-a has fcr (leading) and csat (lagging) targets; svc-b only csat. d2's A is on "Service_Owner" (case differs).
    const findings = reviewWorkspace(base as never);
    expect(codes(findings)).toEqual([
      ["service_without_leading_kpi", ["scopes", 2]],
      ["duty_without_accountable", ["responsibilityMatrix", "duties", 1]],
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(findings[0]?.message.en).toContain("B");
  });

  it("ties a KPI to a service through a measurement", () => {
    const findings = reviewWorkspace(base as never, { measurements: [record({ id: "m", kpiId: "fcr", subjectId: "svc-b" }), record({ id: "n", kpiId: "csat", subjectId: "svc-a" })] });
    expect(codes(findings)).toEqual([["duty_without_accountable", ["responsibilityMatrix", "duties", 1]]]);
  });

  it("reports KPIs without target, owner, measurements or links", () => {
    const workspace = {
      ...base,
      kpis: [...base.kpis, kpi("orphan", "lagging", { ownerRoleId: "nobody" })],
      responsibilityMatrix: { duties: [] },
    };
    const findings = reviewWorkspace(workspace as never, { measurements: [record({ id: "m", kpiId: "fcr", subjectId: "svc-b" }), record({ id: "n", kpiId: "csat", subjectId: "svc-a" })] });
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["kpi_unknown_owner_role", "warning", ["kpis", 2, "ownerRoleId"]],
      ["kpi_without_target", "warning", ["kpis", 2]],
      ["kpi_without_measurements", "warning", ["kpis", 2]],
      ["kpi_not_linked", "info", ["kpis", 2]],
    ]);
  });

  it("does not tie a KPI to a service when the KPI does not apply to services", () => {
    const workspace = {
      ...base,
      kpis: [kpi("fcr", "leading", { scopeKinds: ["institution"], drivers: [{ laggingKpiId: "csat", sign: "positive", lagPeriods: 0 }] }), kpi("csat", "lagging")],
      responsibilityMatrix: { duties: [] },
    };
    expect(codes(reviewWorkspace(workspace as never))).toEqual([
      ["service_without_leading_kpi", ["scopes", 1]],
      ["service_without_leading_kpi", ["scopes", 2]],
    ]);
  });

  it("gives bilingual messages", () => {
    const [finding] = reviewWorkspace({ ...base, scopes: [], responsibilityMatrix: { duties: [{ id: "d", name: { lv: "Mērīt", en: "Measure" }, assignments: {} }] } } as never);
    expect(finding?.message).toEqual({ lv: 'Pienākumam "Mērīt" nav atbildīgās (A) lomas.', en: 'Duty "Measure" has no accountable (A) role.' });
  });

  it("throws invalid_argument when the workspace is not an object", () => {
    expect(() => reviewWorkspace(null as never)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["workspace"] }));
  });
});

describe("reviewWorkspace: wrong-shaped arguments", () => {
  it("throws invalid_argument for a workspace whose lists, elements or fields read have the wrong shape, or options that are not an object", () => {
    const error = (workspace: unknown, options?: unknown) => kpiErrorOf(() => reviewWorkspace(workspace as never, options as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `reviewWorkspace: ${what}` });
    expect(error(undefined)).toEqual(bad(["workspace"], "the workspace must be an object"));
    expect(error({})).toEqual(bad(["workspace", "roles"], "workspace.roles must be an array, not undefined"));
    expect(error([])).toEqual(bad(["workspace", "roles"], "workspace.roles must be an array, not undefined"));
    expect(error({ ...base, targets: {} })).toEqual(bad(["workspace", "targets"], "workspace.targets must be an array, not an object"));
    expect(error({ ...base, kpis: [null] })).toEqual(bad(["workspace", "kpis", 0], "workspace.kpis[0] must be an object, not null"));
    expect(error({ ...base, kpis: [kpi("fcr", "leading", { drivers: undefined })] })).toEqual(
      bad(["workspace", "kpis", 0, "drivers"], "workspace.kpis[0].drivers must be an array, not undefined"),
    );
    expect(error({ ...base, kpis: [kpi("fcr", "leading", { drivers: [null] })] })).toEqual(
      bad(["workspace", "kpis", 0, "drivers", 0], "workspace.kpis[0].drivers[0] must be an object, not null"),
    );
    expect(error({ ...base, scopes: [{ id: "svc", kind: "service" }] })).toEqual(
      bad(["workspace", "scopes", 0, "name"], "workspace.scopes[0].name must be an object, not undefined"),
    );
    expect(error({ ...base, goals: [{ id: "g", scopeId: "inst", laggingKpiIds: ["csat"] }] })).toEqual(
      bad(["workspace", "goals", 0, "leadingKpiIds"], "workspace.goals[0].leadingKpiIds must be an array, not undefined"),
    );
    expect(error({ ...base, responsibilityMatrix: undefined })).toEqual(
      bad(["workspace", "responsibilityMatrix"], "workspace.responsibilityMatrix must be an object, not undefined"),
    );
    expect(error({ ...base, responsibilityMatrix: {} })).toEqual(
      bad(["workspace", "responsibilityMatrix", "duties"], "workspace.responsibilityMatrix.duties must be an array, not undefined"),
    );
    expect(error({ ...base, responsibilityMatrix: { duties: [{ id: "d", name: text("Measure"), assignments: null }] } })).toEqual(
      bad(["workspace", "responsibilityMatrix", "duties", 0, "assignments"], "workspace.responsibilityMatrix.duties[0].assignments must be an object, not null"),
    );
    expect(error(base, null)).toEqual(bad(["options"], "options must be an object, not null"));
    expect(error(base, {})).toBeNull();
  });
});
